#!/usr/bin/env bash
# What the tests and benchmarks need running, started on private loopback ports. Sourced by
# tests/run.sh and by benchmarks; the caller sets $work (a temporary folder) and calls
# stop_test_services when it ends (a trap), which stops whatever was started here.
#
#   install_missing      apt-get install redis-server, python3-grpcio, python3-grpc-tools, postgresql-15,
#                        chromium and a Chinese font for it (fonts-wqy-microhei, so screenshots show 汉字, not
#                        boxes) when absent; exports TEST_CHROMIUM=/usr/bin/chromium (Debian's browser, which
#                        the web page's Playwright tests drive: Playwright never downloads one); for the
#                        benchmarks' smoke runs nghttp2-client, golang-go, golang-google-grpc-dev, patroni,
#                        etcd-server and pgbackrest
#   install_axe_core     npm install axe-core (pinned) into ~/.cache/employment-tests when absent; exports
#                        TEST_AXE_CORE (its axe.min.js, injected by tests/Web.Tests through Playwright)
#   start_redis          exports TEST_REDIS=127.0.0.1:<port>
#   start_postgres       exports TEST_POSTGRES=Host=127.0.0.1;Port=<port>;Username=employment;Password=employment;Database=postgres
#                        (PostgreSQL 15 as the postgres user on a throwaway cluster; the employment role may
#                         CREATEDB, so each test creates and drops a database of its own)

pids=()
pg_bin=/usr/lib/postgresql/15/bin
chromium_bin=/usr/bin/chromium
pg_data=""

log() { printf '[tests] %s\n' "$*" >&2; }

# PostgreSQL refuses to run as root: as root, run its tools as the postgres user.
as_postgres() {
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}


install_missing() {
    local missing=()
    command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
    /usr/bin/python3 -c 'import grpc, grpc_tools' >/dev/null 2>&1 || missing+=(python3-grpcio python3-grpc-tools)
    # A stock protoc and gRPC's Python plugin with the well-known types, for the bank guide's stubs (docs/banks.md).
    [[ -x /usr/bin/protoc && -x /usr/bin/grpc_python_plugin && -f /usr/include/google/protobuf/timestamp.proto ]] \
        || missing+=(protobuf-compiler protobuf-compiler-grpc libprotobuf-dev)
    [[ -x "$pg_bin/initdb" && -x "$pg_bin/pg_ctl" && -x "$pg_bin/psql" ]] || missing+=(postgresql-15)
    [[ -x "$chromium_bin" ]] || missing+=(chromium)
    [[ -f /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ]] || missing+=(fonts-wqy-microhei)
    # The benchmarks' smoke runs (tests/Benchmarks.Tests): h2load and Go for the Health/Check comparison
    # (tests/benchmarks/health-check.sh), and the production shape's data tier for the fault run (deploy/data-tier.sh).
    command -v h2load >/dev/null 2>&1 || missing+=(nghttp2-client)
    command -v go >/dev/null 2>&1 || missing+=(golang-go)
    [[ -d /usr/share/gocode/src/google.golang.org/grpc/health ]] || missing+=(golang-google-grpc-dev)
    command -v patroni >/dev/null 2>&1 || missing+=(patroni)
    command -v etcd >/dev/null 2>&1 || missing+=(etcd-server)
    command -v pgbackrest >/dev/null 2>&1 || missing+=(pgbackrest)
    if ((${#missing[@]} > 0)); then
        log "installing ${missing[*]}"
        if [[ $(id -u) -ne 0 ]]; then
            log "need root to install ${missing[*]}: install them, then run again"
            return 1
        fi
        DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 update -qq
        DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    fi
    export TEST_CHROMIUM="$chromium_bin"
}

# axe-core for the web page's accessibility test (tests/Web.Tests), from npm into a cache outside the
# repository (never vendored in git), once per version; exports TEST_AXE_CORE (its axe.min.js). Not
# fatal when npm is missing or unreachable: the test then fails saying where it looked.
axe_core_version=4.14.1
install_axe_core() {
    local dir="${XDG_CACHE_HOME:-$HOME/.cache}/employment-tests/axe-core-$axe_core_version"
    local script="$dir/node_modules/axe-core/axe.min.js"
    if [[ ! -f "$script" ]]; then
        if command -v npm >/dev/null 2>&1; then
            log "installing axe-core@$axe_core_version into $dir"
            mkdir -p "$dir"
            npm install --prefix "$dir" --no-save --no-audit --no-fund --no-package-lock --loglevel=error \
                "axe-core@$axe_core_version" >/dev/null || log "npm could not install axe-core: the web accessibility test will fail"
        else
            log "no npm: axe-core not installed, the web accessibility test will fail"
        fi
    fi
    export TEST_AXE_CORE="$script"
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

seconds_since() {
    awk -v a="$1" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }'
}

ensure_postgres_user() {
    [[ $(id -u) -eq 0 ]] || return 0
    id -u postgres >/dev/null 2>&1 && return 0
    log "creating the postgres user"
    useradd --system --user-group --home-dir /var/lib/postgresql --shell /usr/sbin/nologin postgres
}

# A throwaway cluster in $work/postgres, on 127.0.0.1 only, with its socket beside it; durability
# is switched off since the data dies with the run.
start_postgres() {
    local port started=$EPOCHREALTIME
    local dir="$work/postgres"
    pg_data="$dir/data"
    port=$(free_port)
    ensure_postgres_user
    mkdir -p "$dir/socket"
    if [[ $(id -u) -eq 0 ]]; then
        chmod 711 "$work"                     # the postgres user must reach its folder
        chown -R postgres:postgres "$dir"
    fi
    if ! as_postgres "$pg_bin/initdb" -D "$pg_data" -U postgres -E UTF8 --locale=C.UTF-8 \
            --auth-local=trust --auth-host=scram-sha-256 --no-sync --no-instructions \
            >"$dir/initdb.log" 2>&1; then
        log "initdb failed:"; cat "$dir/initdb.log" >&2
        return 1
    fi
    cat >>"$pg_data/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir/socket'
max_connections = 200
fsync = off
synchronous_commit = off
full_page_writes = off
EOF
    if ! as_postgres "$pg_bin/pg_ctl" -D "$pg_data" -l "$dir/postgres.log" -w -t 30 start >/dev/null; then
        log "postgres did not start:"; cat "$dir/postgres.log" >&2
        return 1
    fi
    # pg_signal_backend: a test's DROP DATABASE … WITH (FORCE) must end an autovacuum worker busy in
    # its database, which a plain CREATEDB role may not (42501).
    as_postgres "$pg_bin/psql" -h "$dir/socket" -p "$port" -U postgres -d postgres -X -q -v ON_ERROR_STOP=1 \
        -c "CREATE ROLE employment LOGIN PASSWORD 'employment' CREATEDB" -c "GRANT pg_signal_backend TO employment"
    export TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=employment;Password=employment;Database=postgres"
    log "postgres on 127.0.0.1:$port (started in $(seconds_since "$started") s)"
}

stop_test_services() {
    if [[ -n "$pg_data" && -f "$pg_data/postmaster.pid" ]]; then
        as_postgres "$pg_bin/pg_ctl" -D "$pg_data" stop -m fast -w -t 30 >/dev/null 2>&1 || true
    fi
    for pid in "${pids[@]:-}"; do
        [[ -n "$pid" ]] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
    done
    return 0
}
