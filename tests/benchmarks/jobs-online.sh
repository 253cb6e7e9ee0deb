#!/usr/bin/env bash
# Jobs online in production's shape (PostgreSQL for the registry and job matching, profiles cached in Redis): a burst of
# signed-in seekers applying to one posting at once (every tenth pressing 投递 twice) beside a burst of as many
# Health/Check calls, each acknowledged application checked once in the employer's inbox; then the inbox of a posting
# with many applicants read page by page and applicant by applicant, beside Health/Check. Starts Redis and PostgreSQL as
# the tests do (tests/test-services.sh); then a city's saved searches told of a day's postings, the next morning's run
# timed. Never fails on time; fails when an acknowledged application is missing or doubled, or a second morning run
# writes a message.
#
#   tests/benchmarks/jobs-online.sh [seekers per round, default 400] [rounds, default 3] [inbox size, default 10000]
#   BENCH_SMOKE=1 tests/benchmarks/jobs-online.sh   # smoke: its smallest size (10 1 50 50 10), to show it still runs (tests/benchmarks/benchmark.sh)
#                                   [saved searches, default 20000] [postings of the day, default 400]
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/employment-bench.XXXXXX")
# shellcheck source=tests/benchmarks/benchmark.sh
source "$root/tests/benchmarks/benchmark.sh"
trap 'stop_test_services; rm -rf "$work"' EXIT INT TERM

install_missing
start_redis
start_postgres
run_benchmark JobsOnline "10 1 50 50 10" "$@"
