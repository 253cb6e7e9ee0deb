#!/usr/bin/env bash
# The bureau's figures at a city's size: a generated Jiaozuo of a million people and their records served as the
# services' audit exports; the figures service on PostgreSQL (started as the tests do, tests/test-services.sh). Prints
# the refresh's time, items per second and memory, and the dashboard's reads (median and min–max) beside Health/Check;
# never fails on time.
#
#   tests/benchmarks/figures.sh [people, default 1000000] [calls per read, default 200]
#   BENCH_SMOKE=1 tests/benchmarks/figures.sh   # smoke: its smallest size (2000 5), to show it still runs (tests/benchmarks/benchmark.sh)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/employment-bench.XXXXXX")
# shellcheck source=tests/benchmarks/benchmark.sh
source "$root/tests/benchmarks/benchmark.sh"
trap 'stop_test_services; rm -rf "$work"' EXIT INT TERM

install_missing
start_redis
start_postgres
run_benchmark BureauFigures "2000 5" "$@"
