#!/usr/bin/env bash
# Policy resolution on one thread (services/Policy): resolutions per second over a synthetic catalog shaped like the
# real one (keys with several periods in several regions, asked for a district on dates across the periods), beside
# a plain dictionary lookup of a precomputed value measured in the same run. Needs no server. Never fails on time.
#
#   tests/benchmarks/policy-resolution.sh [iterations, default 5000000]
#   BENCH_SMOKE=1 tests/benchmarks/policy-resolution.sh   # smoke: its smallest size (10000), to show it still runs (tests/benchmarks/benchmark.sh)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/employment-bench.XXXXXX")
# shellcheck source=tests/benchmarks/benchmark.sh
source "$root/tests/benchmarks/benchmark.sh"
trap 'rm -rf "$work"' EXIT INT TERM

run_benchmark PolicyResolution "10000" "$@"
