#!/usr/bin/env bash
# The clerks' screens with 20 clerks at once: the workbench's platform as its browser tests start it (the identity
# provider and the services on PostgreSQL, the workbench, the gateway), an office's applications in it, 20 clerks
# signed in through the provider requesting 一窗受理, 查找, 个人窗口, 审核, 待办 and 发放 (warm-up first): per screen
# p50 and p95 as the median and min–max of the rounds, and each p50 as a multiple of 一窗受理's in the same rounds.
# Starts PostgreSQL as the tests do (tests/test-services.sh). Never fails on time.
#
#   tests/benchmarks/workbench-screens.sh [requests per screen and round, default 200] [clerks at once, default 20] [rounds, default 5] [warm-up seconds, default 5] [applications, default 300]
#   BENCH_SMOKE=1 tests/benchmarks/workbench-screens.sh   # smoke: its smallest size (5 2 1 0.2 10), to show it still runs (tests/benchmarks/benchmark.sh)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/employment-bench.XXXXXX")
# shellcheck source=tests/benchmarks/benchmark.sh
source "$root/tests/benchmarks/benchmark.sh"
trap 'stop_test_services; rm -rf "$work"' EXIT INT TERM

install_missing
start_postgres
run_benchmark WorkbenchScreens "5 2 1 0.2 10" "$@"
