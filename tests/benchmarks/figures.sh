#!/usr/bin/env bash
# The bureau's figures at a city's size: a generated Jiaozuo of a million people and their records served as the
# services' audit exports; the figures service on PostgreSQL (started as the tests do, tests/test-services.sh). Prints
# the refresh's time, items per second and memory, and the dashboard's reads (median and min–max) beside Health/Check;
# never fails on time.
#
#   tests/benchmarks/figures.sh [people, default 1000000] [calls per read, default 200]
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/employment-bench.XXXXXX")
# shellcheck source=tests/test-services.sh
source "$root/tests/test-services.sh"
trap 'stop_test_services; rm -rf "$work"' EXIT INT TERM

install_missing
start_redis
start_postgres
dotnet build -c Release "$root/tests/benchmarks/BureauFigures" -v quiet -nologo >/dev/null
dotnet "$root/tests/benchmarks/BureauFigures/bin/Release/net10.0/BureauFigures.dll" "$@"
