#!/usr/bin/env bash
# Match-for-seeker and candidates-for-posting p50/p99 over generated postings in PostgreSQL
# (services/Jobs' matching use cases), at 1 caller by default. Starts PostgreSQL as the tests do
# (tests/test-services.sh). Never fails on time.
#
#   tests/benchmarks/job-matching.sh [postings, default 100000] [callers, default 1] [rounds, default 5] [seconds per round, default 4] [seekers, default 2000]
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/employment-bench.XXXXXX")
# shellcheck source=tests/test-services.sh
source "$root/tests/test-services.sh"
trap 'stop_test_services; rm -rf "$work"' EXIT INT TERM

install_missing
start_postgres
dotnet build -c Release "$root/tests/benchmarks/JobMatching" -v quiet -nologo >/dev/null
dotnet "$root/tests/benchmarks/JobMatching/bin/Release/net10.0/JobMatching.dll" "$@"
