#!/usr/bin/env bash
# The agencies' exchange: 社保 contribution files streamed into the registry on PostgreSQL (profiles cached in Redis), a
# tenth of the size and then the whole, each sent twice (adding every row, then the same rows as another batch, which
# changes nothing). Prints rows per second, the registry's peak managed heap and working set, and how time and memory
# grow with the file. Starts Redis and PostgreSQL as the tests do (tests/test-services.sh). Never fails on time.
#
#   tests/benchmarks/agency-import.sh [rows, default 1000000] [people, default 100000]
#   BENCH_SMOKE=1 tests/benchmarks/agency-import.sh   # smoke: its smallest size (2000 200), to show it still runs (tests/benchmarks/benchmark.sh)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/employment-bench.XXXXXX")
# shellcheck source=tests/benchmarks/benchmark.sh
source "$root/tests/benchmarks/benchmark.sh"
trap 'stop_test_services; rm -rf "$work"' EXIT INT TERM

install_missing
start_redis
start_postgres
run_benchmark AgencyImport "2000 200" "$@"
