#!/usr/bin/env bash
# the fault run: starts the production shape (deploy/run-production.sh, detached, on ports shifted by
# PORT_OFFSET so it never meets a launcher or another run; two copies of every service, so that a
# rolling restart always leaves one), sends steady mixed traffic through its gateway (bank eligibility
# queries, counter submissions with idempotency keys and deliberate retries of a key, public job
# searches), and while it flows causes, one at a time: kill -9 of the PostgreSQL primary (its Patroni,
# postmaster and backends: a lost node; the standby is promoted, and the lost member rejoins after),
# kill -9 of startup-loans-1 with its twin alive (then starts it again), a rolling restart of every
# service copy, the gateway restarted, Redis killed and started again. Prints sent/ok/failed by
# status and p50/p99 before, during and after each fault, when each leg and each copy answered again
# after the primary was lost, then the restore drill (a backup, writes, a point-in-time restore into
# a fresh cluster, every write before the point read back and none after), and reads every
# acknowledged submission back from PostgreSQL afterwards. Never fails on time; the figures also go to
# $RUN_DIR/fault-run.txt. Stops everything it started, on errors and Ctrl-C too.
#
#   tests/benchmarks/fault-run.sh [calls/s 30] [s before each fault 20] [s a killed process stays down 10] [s after 25] [minimum warm-up s 60]
#
#   BENCH_SMOKE=1 tests/benchmarks/fault-run.sh   # smoke: start the shape (two startup-loans copies, one of the
#                                                 # rest), 10 calls/s, the copy kill alone, no restore drill, stop
#
# Settings (environment): PORT_OFFSET (default 23000; smoke 23500), RUN_DIR (default .data/fault-run; smoke
# .data/fault-run-smoke), NO_BUILD=1, REPLICAS (default two copies of every service).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
if [[ ${BENCH_SMOKE:-0} == 1 ]]; then
    # FaultRun reads BENCH_SMOKE too: the copy kill alone, no restore drill.
    export BENCH_SMOKE
    export PORT_OFFSET=${PORT_OFFSET:-23500}
    export RUN_DIR=${RUN_DIR:-$root/.data/fault-run-smoke}
    export REPLICAS=${REPLICAS:-"startup-loans=2"}
    (( $# > 0 )) || set -- 10 2 2 2 3
fi
export PORT_OFFSET=${PORT_OFFSET:-23000}
export RUN_DIR=${RUN_DIR:-$root/.data/fault-run}
export REPLICAS=${REPLICAS:-"applicants=2 startup-loans=2 policy-catalog=2 training-subsidies=2 hiring-subsidies=2 job-matching=2"}
script="$root/deploy/run-production.sh"

if [[ ${NO_BUILD:-0} != 1 ]]; then
    dotnet build -c Release "$root/tests/benchmarks/FaultRun" -v quiet -nologo >/dev/null
fi
trap '"$script" stop' EXIT
trap 'exit 130' INT TERM
"$script" start --detach
mkdir -p "$RUN_DIR"
dotnet "$root/tests/benchmarks/FaultRun/bin/Release/net10.0/FaultRun.dll" "$RUN_DIR" "$script" "$@" | tee "$RUN_DIR/fault-run.txt"
