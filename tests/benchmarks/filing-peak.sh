#!/usr/bin/env bash
# 申报高峰: the training-subsidies service in production's shape (PostgreSQL for it and the registry, profiles cached,
# Redis behind) while hundreds of signed-in people submit their 技能提升补贴 online, certificate photo attached, in the
# same moment (a tenth of them pressing 提交 twice). Per round: the burst's p50/p95/max and wall time beside a burst of
# as many Health/Check calls on the same service, then every acknowledged application looked up in the applicant's own
# 我的办事 and its 受理 message counted in the outbox: each must be there exactly once. Starts Redis and PostgreSQL as the
# tests do (tests/test-services.sh). Never fails on time; fails when an acknowledged submission is missing or doubled.
#
#   tests/benchmarks/filing-peak.sh [applicants per round, default 400] [rounds, default 3]
#   BENCH_SMOKE=1 tests/benchmarks/filing-peak.sh   # smoke: its smallest size (10 1), to show it still runs (tests/benchmarks/benchmark.sh)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/employment-bench.XXXXXX")
# shellcheck source=tests/benchmarks/benchmark.sh
source "$root/tests/benchmarks/benchmark.sh"
trap 'stop_test_services; rm -rf "$work"' EXIT INT TERM

install_missing
start_redis
start_postgres
run_benchmark FilingPeak "10 1" "$@"
