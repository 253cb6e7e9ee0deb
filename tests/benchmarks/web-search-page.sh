#!/usr/bin/env bash
# The 找工作 page at 100,000 postings: PostgreSQL behind the job-matching service, the public site and the
# gateway, Debian's Chromium loading the page (warm-up first): p50 and min–max over rounds of time to
# first byte and full load, and the page weight, beside the home page as a baseline measured in the
# same run. Starts PostgreSQL as the tests do (tests/test-services.sh). Never fails on time.
#
#   tests/benchmarks/web-search-page.sh [postings, default 100000] [loads, default 100] [rounds, default 5] [warm-up loads, default 10]
#   BENCH_SMOKE=1 tests/benchmarks/web-search-page.sh   # smoke: its smallest size (500 2 1 1), to show it still runs (tests/benchmarks/benchmark.sh)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/employment-bench.XXXXXX")
# shellcheck source=tests/benchmarks/benchmark.sh
source "$root/tests/benchmarks/benchmark.sh"
trap 'stop_test_services; rm -rf "$work"' EXIT INT TERM

install_missing
start_postgres
run_benchmark WebSearchPage "500 2 1 1" "$@"
