#!/usr/bin/env bash
# The training-subsidies service in production's shape (PostgreSQL, profiles cached, Redis behind):
# PreviewApplication per second and p50/p99 beside Health/Check on the same running service, legs
# alternated over several rounds (median and min–max, ratio; target at least 0.3); then a payment
# batch of 10,000 approved applications created and its public notice list produced (target under
# 5 s on 2 cores). Starts Redis and PostgreSQL as the tests do (tests/test-services.sh). Never fails on time.
#
#   tests/benchmarks/training-preview.sh [calls per leg and round, default 4000] [concurrency, default 32] [rounds, default 5] [warm-up seconds per leg, default 10]
#   BENCH_SMOKE=1 tests/benchmarks/training-preview.sh   # smoke: its smallest size (50 4 1 0.2), to show it still runs (tests/benchmarks/benchmark.sh)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/employment-bench.XXXXXX")
# shellcheck source=tests/benchmarks/benchmark.sh
source "$root/tests/benchmarks/benchmark.sh"
trap 'stop_test_services; rm -rf "$work"' EXIT INT TERM

install_missing
start_redis
start_postgres
run_benchmark TrainingPreview "50 4 1 0.2" "$@"
