#!/usr/bin/env bash
# Match-for-seeker and candidates-for-posting p50/p99 over generated postings in PostgreSQL
# (services/Jobs' matching use cases), at 1 caller by default. Starts PostgreSQL as the tests do
# (tests/test-services.sh). Never fails on time.
#
#   tests/benchmarks/job-matching.sh [postings, default 100000] [callers, default 1] [rounds, default 5] [seconds per round, default 4] [seekers, default 2000]
#   BENCH_SMOKE=1 tests/benchmarks/job-matching.sh   # smoke: its smallest size (500 1 1 0.2 50), to show it still runs (tests/benchmarks/benchmark.sh)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/employment-bench.XXXXXX")
# shellcheck source=tests/benchmarks/benchmark.sh
source "$root/tests/benchmarks/benchmark.sh"
trap 'stop_test_services; rm -rf "$work"' EXIT INT TERM

install_missing
start_postgres
run_benchmark JobMatching "500 1 1 0.2 50" "$@"
