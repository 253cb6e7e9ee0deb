#!/usr/bin/env bash
# Bank eligibility queries per second and p50/p99 latency against the running startup-loans service
# (PostgreSQL, profiles in Redis), beside Health/Check on the same service in the same run, with the
# ratio. Starts Redis and PostgreSQL as the tests do (tests/test-services.sh). Never fails on time.
#
#   tests/benchmarks/eligibility-queries.sh [calls per leg and round, default 10000] [concurrency, default 64] [rounds, default 5] [warm-up s per leg, default 10]
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/employment-bench.XXXXXX")
# shellcheck source=tests/test-services.sh
source "$root/tests/test-services.sh"
trap 'stop_test_services; rm -rf "$work"' EXIT INT TERM

install_missing
start_redis
start_postgres
dotnet build -c Release "$root/tests/benchmarks/EligibilityQueries" -v quiet -nologo >/dev/null
dotnet "$root/tests/benchmarks/EligibilityQueries/bin/Release/net10.0/EligibilityQueries.dll" "$@"
