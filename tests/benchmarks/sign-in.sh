#!/usr/bin/env bash
# The identity provider on PostgreSQL in production's shape: a clerk's whole sign-in (authorization code with
# PKCE, password, TOTP, code for tokens) beside a bank's client-credentials token, legs alternated over
# rounds (median and min–max); then a token's full check with the key configured and with the key read from
# the provider's published set. Starts PostgreSQL as the tests do (tests/test-services.sh). Never fails on time.
#
#   tests/benchmarks/sign-in.sh [sign-ins per leg and round, default 40] [concurrency, default 4] [rounds, default 5] [warm-up seconds per leg, default 5]
#   BENCH_SMOKE=1 tests/benchmarks/sign-in.sh   # smoke: its smallest size (4 2 1 0.2), to show it still runs (tests/benchmarks/benchmark.sh)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/employment-bench.XXXXXX")
# shellcheck source=tests/benchmarks/benchmark.sh
source "$root/tests/benchmarks/benchmark.sh"
trap 'stop_test_services; rm -rf "$work"' EXIT INT TERM

install_missing
start_postgres
run_benchmark SignIn "4 2 1 0.2" "$@"
