#!/usr/bin/env bash
# The README's test command. Installs what the tests need when it is missing, starts it on private
# loopback ports, runs `dotnet test Employment.sln`, and stops what it started, also when tests fail.
#
#   tests/run.sh [extra dotnet test arguments, e.g. --filter FullyQualifiedName~Interop]
#
# Started for the tests (exported for them to find):
#   Redis        TEST_REDIS=127.0.0.1:<port>      (redis-server from Debian)
# Peers the tests start themselves:
#   python3-grpcio interop client and server      (/usr/bin/python3 tests/Interop/python/...)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/employment-tests.XXXXXX")
pids=()

log() { printf '[tests] %s\n' "$*" >&2; }

cleanup() {
    local status=$?
    for pid in "${pids[@]:-}"; do
        [[ -n "$pid" ]] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
    done
    rm -rf "$work"
    exit "$status"
}
trap cleanup EXIT INT TERM

install_missing() {
    local missing=()
    command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
    /usr/bin/python3 -c 'import grpc, grpc_tools' >/dev/null 2>&1 || missing+=(python3-grpcio python3-grpc-tools)
    if ((${#missing[@]} > 0)); then
        log "installing ${missing[*]}"
        if [[ $(id -u) -ne 0 ]]; then
            log "need root to install ${missing[*]}: install them, then run again"
            return 1
        fi
        DEBIAN_FRONTEND=noninteractive apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    fi
}

free_port() {
    /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

start_redis() {
    local port
    port=$(free_port)
    redis-server --bind 127.0.0.1 --port "$port" --save '' --appendonly no --dir "$work" \
        --logfile "$work/redis.log" --daemonize no &
    pids+=($!)
    for _ in $(seq 1 50); do
        if redis-cli -h 127.0.0.1 -p "$port" ping 2>/dev/null | grep -q PONG; then
            export TEST_REDIS="127.0.0.1:$port"
            log "redis on $TEST_REDIS"
            return 0
        fi
        sleep 0.1
    done
    log "redis did not start:"; cat "$work/redis.log" >&2
    return 1
}

install_missing
start_redis

cd "$root"
log "dotnet test Employment.sln"
set +e
dotnet test Employment.sln -c Release --logger "console;verbosity=normal" "$@" 2>&1 | tee "$work/test.log"
status=${PIPESTATUS[0]}
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
