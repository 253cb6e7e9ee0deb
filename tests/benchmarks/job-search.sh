#!/usr/bin/env bash
# Job searches per second and p50/p99 over generated postings in PostgreSQL (services/Jobs'
# engine), at 16 concurrent callers by default. Starts PostgreSQL as the tests do
# (tests/test-services.sh). Never fails on time.
#
#   tests/benchmarks/job-search.sh [postings, default 100000] [callers, default 16] [rounds, default 5] [seconds per round, default 5]
#   BENCH_SMOKE=1 tests/benchmarks/job-search.sh   # smoke: its smallest size (500 2 1 0.2), to show it still runs (tests/benchmarks/benchmark.sh)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/employment-bench.XXXXXX")
# shellcheck source=tests/benchmarks/benchmark.sh
source "$root/tests/benchmarks/benchmark.sh"
trap 'stop_test_services; rm -rf "$work"' EXIT INT TERM

install_missing
start_postgres
run_benchmark JobSearch "500 2 1 0.2" "$@"
