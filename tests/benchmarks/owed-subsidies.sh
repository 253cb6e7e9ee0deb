#!/usr/bin/env bash
# the owed-subsidies job (直补快办, ListOwedSubsidies) over a generated region of 100,000
# people and 10,000 employers in PostgreSQL (COPY), beside the registry stream read alone, in one run:
# time, rows per second, peak memory; a warm-up, then median and min–max of several rounds. Starts
# Redis and PostgreSQL as the tests do (tests/test-services.sh). Prints figures; never fails on time.
#
#   tests/benchmarks/owed-subsidies.sh [people, default 100000] [employers, default 10000] [rounds, default 3] [growth, default 10: also measured at a region this many times smaller, for the "cost growth" line]
#   BENCH_SMOKE=1 tests/benchmarks/owed-subsidies.sh   # smoke: its smallest size (1000 100 1 10), to show it still runs (tests/benchmarks/benchmark.sh)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/employment-bench.XXXXXX")
# shellcheck source=tests/benchmarks/benchmark.sh
source "$root/tests/benchmarks/benchmark.sh"
trap 'stop_test_services; rm -rf "$work"' EXIT INT TERM

install_missing
start_redis
start_postgres
run_benchmark OwedSubsidies "1000 100 1 10" "$@"
