#!/usr/bin/env bash
# What every benchmark script shares, sourced after it sets $root (the repository) and $work (a temporary
# folder): tests/test-services.sh (install_missing, start_redis, start_postgres, stop_test_services) and
# run_benchmark.
#
# Smoke mode: BENCH_SMOKE=1 with no arguments runs a benchmark at its smallest size, only to show that it
# still builds, starts and answers (tests/Launcher.Tests runs every script so, within the suite). Its figures
# mean nothing. With REUSE_TEST_SERVICES=1 and TEST_REDIS or TEST_POSTGRES already exported (the suite's
# own servers), start_redis and start_postgres use those instead of starting their own.
#
# Settings (environment):
#   BENCH_SMOKE=1          the smallest size when no arguments are given
#   NO_BUILD=1             run what the last build left (tests/Launcher.Tests builds every benchmark beforehand)
#   REUSE_TEST_SERVICES=1  use the Redis and PostgreSQL TEST_REDIS and TEST_POSTGRES name

# shellcheck source=tests/test-services.sh
source "$root/tests/test-services.sh"

if [[ ${REUSE_TEST_SERVICES:-0} == 1 ]]; then
    if [[ -n ${TEST_REDIS:-} ]]; then
        start_redis() { log "redis: the running $TEST_REDIS"; }
    fi
    if [[ -n ${TEST_POSTGRES:-} ]]; then
        start_postgres() { log "postgres: the running one ($TEST_POSTGRES)"; }
    fi
fi

# run_benchmark PROJECT SMOKE_ARGUMENTS [ARGUMENTS...]: builds tests/benchmarks/PROJECT in Release (unless
# NO_BUILD=1) and runs it with ARGUMENTS; in smoke mode without ARGUMENTS, with SMOKE_ARGUMENTS (split on spaces).
run_benchmark() {
    local project=$1 smoke=$2
    shift 2
    if [[ ${BENCH_SMOKE:-0} == 1 && $# == 0 ]]; then
        # shellcheck disable=SC2086
        set -- $smoke
        log "smoke: $project at its smallest size ($*)"
    fi
    if [[ ${NO_BUILD:-0} != 1 ]]; then
        dotnet build -c Release "$root/tests/benchmarks/$project" -v quiet -nologo >/dev/null
    fi
    dotnet "$root/tests/benchmarks/$project/bin/Release/net10.0/$project.dll" "$@"
}
