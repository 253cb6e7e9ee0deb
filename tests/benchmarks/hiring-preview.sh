#!/usr/bin/env bash
# the measure: PreviewClaim of a 100-item 吸纳 claim (p50/p99, items per second) beside
# Health/Check on the same host, in one run: both legs warmed, then alternating rounds, each figure the
# median (min–max) of the rounds. Starts Redis and PostgreSQL as the tests do (tests/test-services.sh).
# Prints figures; never fails on time.
#
#   tests/benchmarks/hiring-preview.sh [calls per leg and round, default 40] [concurrency, default 4] [rounds, default 5] [warm-up seconds, default 10]
#   BENCH_SMOKE=1 tests/benchmarks/hiring-preview.sh   # smoke: its smallest size (5 2 1 0.2), to show it still runs (tests/benchmarks/benchmark.sh)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/employment-bench.XXXXXX")
# shellcheck source=tests/benchmarks/benchmark.sh
source "$root/tests/benchmarks/benchmark.sh"
trap 'stop_test_services; rm -rf "$work"' EXIT INT TERM

install_missing
start_redis
start_postgres
run_benchmark HiringPreview "5 2 1 0.2" "$@"
