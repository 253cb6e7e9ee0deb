#!/usr/bin/env bash
# A year of 免申即享 on a simulated Jiaozuo: agency batches through the exchange, the monthly run's offers, employers
# accepting or not, clerks deciding, payment after 公示. Prints the share of owed 吸纳/扩岗 subsidies paid through
# accepted offers and the days from the fact that made each owed to its payment. Starts PostgreSQL as the tests do.
#
#   tests/benchmarks/owed-simulation.sh [people, default 1000] [employers, default 100] [accept %, default 80] [notice days, default 7] [run: daily (every night, the default schedule) | monthly (the 1st)] [decision: clerk | exempt (免审即享 in force)] [公示: weekly (Mondays) | daily (working days)]
#   BENCH_SMOKE=1 tests/benchmarks/owed-simulation.sh   # smoke: its smallest size (50 10 80 7 monthly), to show it still runs (tests/benchmarks/benchmark.sh)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/employment-bench.XXXXXX")
# shellcheck source=tests/benchmarks/benchmark.sh
source "$root/tests/benchmarks/benchmark.sh"
trap 'stop_test_services; rm -rf "$work"' EXIT INT TERM

install_missing
start_postgres
run_benchmark OwedSimulation "50 10 80 7 monthly" "$@"
