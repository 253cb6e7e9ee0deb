#!/usr/bin/env bash
# Gateway overhead: one unary RPC (PolicyCatalog/GetParameter on policy-catalog) called directly and
# through the gateway, throughput and p50/p99 with their ratios. Prints figures; never fails on time.
#
#   tests/benchmarks/gateway.sh [calls per leg and round, default 20000] [concurrency, default 16] [rounds, default 5] [warm-up s per leg, default 5]
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
dotnet build -c Release "$root/tests/benchmarks/GatewayBench" -v quiet -nologo >/dev/null
dotnet "$root/tests/benchmarks/GatewayBench/bin/Release/net10.0/GatewayBench.dll" "$@"
