#!/usr/bin/env bash
# Bank eligibility queries per second and p50/p99 latency against the running startup-loans service
# (PostgreSQL, profiles in Redis), beside Health/Check on the same service in the same run, with the
# ratio. Starts Redis and PostgreSQL as the tests do (tests/test-services.sh). Never fails on time.
#
#   tests/benchmarks/eligibility-queries.sh [calls per leg and round, default 10000] [concurrency, default 64] [rounds, default 5] [warm-up s per leg, default 10]
#   BENCH_SMOKE=1 tests/benchmarks/eligibility-queries.sh   # smoke: its smallest size (50 4 1 0.2), to show it still runs (tests/benchmarks/benchmark.sh)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/employment-bench.XXXXXX")
# shellcheck source=tests/benchmarks/benchmark.sh
source "$root/tests/benchmarks/benchmark.sh"
trap 'stop_test_services; rm -rf "$work"' EXIT INT TERM

install_missing
start_redis
start_postgres
run_benchmark EligibilityQueries "50 4 1 0.2" "$@"
