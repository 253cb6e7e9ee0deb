#!/usr/bin/env bash
# The README's test command. Installs what the tests need when it is missing, starts it on private
# loopback ports, restores the repository's dotnet tools, builds Employment.sln and runs its test assemblies
# (longest first, one lane per core), and stops what it started, also when tests fail.
#
#   tests/run.sh [extra dotnet test arguments, e.g. --filter FullyQualifiedName~Interop]
#   TEST_TARGET=tests/Hiring.Tests tests/run.sh --filter ...   (one test project: builds only what it needs)
#
# Started for the tests (exported for them to find):
#   Redis        TEST_REDIS=127.0.0.1:<port>      (redis-server from Debian)
#   PostgreSQL   TEST_POSTGRES=Host=127.0.0.1;Port=<port>;Username=employment;Password=employment;Database=postgres
#                (PostgreSQL 15 from Debian, run as the postgres user on a throwaway cluster; the
#                 employment role may CREATEDB, so each test creates and drops a database of its own)
# Peers the tests start themselves:
#   python3-grpcio interop client and server      (/usr/bin/python3 tests/Interop/python/...)
#   protoc 3.21 and grpc_python_plugin (Debian)  stubs from protos/ for the bank guide's Python example
#   Chromium     TEST_CHROMIUM=/usr/bin/chromium  (Debian's, driven by tests/Web.Tests through Playwright)
#   axe-core     TEST_AXE_CORE=~/.cache/employment-tests/axe-core-<version>/node_modules/axe-core/axe.min.js
#                (npm, cached outside the repository; injected into each page by tests/Web.Tests)
#   every benchmark in tests/benchmarks at its smallest size (tests/Benchmarks.Tests), the fault run's production
#   shape among them (etcd, Patroni and pgBackRest from Debian; h2load and Go for the Health/Check comparison)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/employment-tests.XXXXXX")
# shellcheck source=tests/test-services.sh
source "$root/tests/test-services.sh"

cleanup() {
    local status=$?
    stop_test_services
    rm -rf "$work"
    exit "$status"
}
trap cleanup EXIT INT TERM

install_missing
install_axe_core
start_redis
start_postgres

cd "$root"
# The repository's tools (.config/dotnet-tools.json: dotnet-ef, for adding migrations), from NuGet.
log "dotnet tool restore"
dotnet tool restore
set +e
if [[ -n ${TEST_TARGET:-} ]]; then
    log "dotnet test $TEST_TARGET"
    dotnet test "$TEST_TARGET" -c Release --logger "console;verbosity=normal" "$@" 2>&1 | tee "$work/test.log"
    status=${PIPESTATUS[0]}
else
    # The whole solution: build once, then run the test assemblies in one lane per core (TEST_LANES to
    # choose; 3 lanes on 2 cores gained about a minute and lost a test to load beside a CPU hog), longest
    # first, so that the lanes end together (in the solution's order the longest came last and ran alone
    # for minutes). The head of the list is the last measured order of the long ones.
    log "dotnet build Employment.sln"
    dotnet build Employment.sln -c Release 2>&1 | tee "$work/build.log"
    status=${PIPESTATUS[0]}
    if [[ $status == 0 ]]; then
        longest=(Benchmarks.Tests Web.Tests IdentityProvider.Tests Workbench.Tests Gateway.Tests Jobs.Tests Launcher.Tests)
        mapfile -t projects < <(dotnet sln Employment.sln list | grep -E 'Tests\.csproj$' |
            awk -v head="${longest[*]}" 'BEGIN { n = split(head, h, " "); for (i = 1; i <= n; i++) rank[h[i] ".csproj"] = i }
                 { k = $0; sub(/.*\//, "", k); print ((k in rank) ? rank[k] : 100) "\t" NR "\t" $0 }' |
            sort -n -k1,1 -k2,2 | cut -f3)
        lanes=${TEST_LANES:-$(nproc)}
        log "dotnet test, $lanes lanes: ${projects[*]}"
        printf '%s\n' "${projects[@]}" |
            xargs -P "$lanes" -I '{}' dotnet test '{}' -c Release --no-build --logger "console;verbosity=normal" "$@" 2>&1 |
            tee "$work/test.log"
        status=${PIPESTATUS[1]}
    fi
fi
set -e

# One closing line for the whole run, summed over the test assemblies. dotnet test prints either
# "Passed!  - Failed: 0, Passed: 52, ..." (minimal) or a "Total tests:" block (normal verbosity).
awk '/^(Passed|Failed)!/ {
        for (i = 1; i <= NF; i++) {
            if ($i == "Failed:") f += $(i + 1) + 0
            if ($i == "Passed:") p += $(i + 1) + 0
            if ($i == "Skipped:") s += $(i + 1) + 0
        }
        next
     }
     /^[[:space:]]+Passed: [0-9]+$/  { p += $2 }
     /^[[:space:]]+Failed: [0-9]+$/  { f += $2 }
     /^[[:space:]]+Skipped: [0-9]+$/ { s += $2 }
     END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$work/test.log"
exit "$status"
