#!/usr/bin/env bash
# Gateway overhead: one unary RPC (PolicyCatalog/GetParameter on policy-catalog) called directly and
# through the gateway, throughput and p50/p99 with their ratios. Prints figures; never fails on time.
#
#   tests/benchmarks/gateway.sh [calls per leg and round, default 20000] [concurrency, default 16] [rounds, default 5] [warm-up s per leg, default 5]
#   BENCH_SMOKE=1 tests/benchmarks/gateway.sh   # smoke: its smallest size (50 4 1 0.2), to show it still runs (tests/benchmarks/benchmark.sh)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/employment-bench.XXXXXX")
# shellcheck source=tests/benchmarks/benchmark.sh
source "$root/tests/benchmarks/benchmark.sh"
trap 'rm -rf "$work"' EXIT INT TERM

run_benchmark GatewayBench "50 4 1 0.2" "$@"
