#!/usr/bin/env bash
# the risk-signals scan (RunScan) over a generated Jiaozuo region of 100,000 people and 10,000 employers with
# at least 50 planted cases of every kind: recall per kind, false signals per 10,000 items, time beside the
# baseline (the exports read alone), peak memory; a warm-up, then median and min–max of several rounds. The
# risk service runs on PostgreSQL (started as the tests do, tests/test-services.sh) and reads stand-ins for the
# services it reads over real gRPC. Prints figures; never fails on time.
#
#   tests/benchmarks/risk-scan.sh [people, default 100000] [employers, default 10000] [rounds, default 3] [planted per kind, default 60] [ground-truth file]
#   BENCH_SMOKE=1 tests/benchmarks/risk-scan.sh   # smoke: its smallest size (2000 200 1 2), to show it still runs (tests/benchmarks/benchmark.sh)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/employment-bench.XXXXXX")
# shellcheck source=tests/benchmarks/benchmark.sh
source "$root/tests/benchmarks/benchmark.sh"
trap 'stop_test_services; rm -rf "$work"' EXIT INT TERM

install_missing
start_redis
start_postgres
run_benchmark RiskScan "2000 200 1 2" "$@"
