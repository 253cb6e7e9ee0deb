#!/usr/bin/env bash
# Profile reads per second and p50/p99 latency, in one run: read-through to the applicants registry
# on PostgreSQL, Redis hit, in-process hit, with the ratios. Starts Redis and PostgreSQL as the
# tests do (tests/test-services.sh). Prints figures; never fails on time.
#
#   tests/benchmarks/profile-reads.sh [reads per leg and round, default 10000] [concurrency, default 16] [rounds, default 5] [warm-up s per leg, default 5]
#   BENCH_SMOKE=1 tests/benchmarks/profile-reads.sh   # smoke: its smallest size (50 4 1 0.2), to show it still runs (tests/benchmarks/benchmark.sh)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/employment-bench.XXXXXX")
# shellcheck source=tests/benchmarks/benchmark.sh
source "$root/tests/benchmarks/benchmark.sh"
trap 'stop_test_services; rm -rf "$work"' EXIT INT TERM

install_missing
start_redis
start_postgres
run_benchmark ProfileReads "50 4 1 0.2" "$@"
