#!/usr/bin/env bash
# The data tier as production runs it, on one machine as separate nodes would run it: etcd, two
# PostgreSQL 15 members under Patroni (a primary and a synchronous standby, fsync on, each with its own
# data folder and loopback ports), and pgBackRest archiving every WAL segment and taking backups into
# a repository folder. Everything from Debian's packages (patroni, etcd-server, pgbackrest).
# Sourced by deploy/run-production.sh, which calls these functions; the caller sets $run (the run
# folder), $offset (added to every port), $pid_dir and log().
#
#   start_data_tier          etcd, then member 1 (it bootstraps the cluster), then member 2 (a replica,
#                            made the synchronous standby); the employment role; the pgBackRest stanza and a
#                            first full backup. Exports DATA_TIER_CONNECTION, the multi-host connection string.
#   stop_data_tier           the members (Patroni stops its PostgreSQL), then etcd
#   data_tier_status         `patronictl list`: who leads, who follows, lag, timeline
#   primary_member           the member name (pg-1 or pg-2) that is primary now
#   kill_member <pg-N>       SIGKILL the member's Patroni and its PostgreSQL with every backend: a node lost
#   respawn_member <pg-N>    start the member's Patroni again; it rejoins as a replica (pg_rewind when needed)
#   backup_now [full|diff|incr]
#   restore_to <time> <folder> <port>   point-in-time restore into a fresh cluster, started on <port>
#   archive_now              close the current WAL segment and wait until it is archived
#   drop_restore <folder>    stop a restored copy and remove its folder

members=(pg-1 pg-2)
pgbackrest_conf() { echo "$run/pgbackrest/pgbackrest.conf"; }
stanza=employment

etcd_client_port() { echo $((2379 + offset)); }
member_index() { echo "${1#pg-}"; }
member_pg_port() { echo $((5432 + $(member_index "$1") + offset)); }
member_rest_port() { echo $((8008 + $(member_index "$1") + offset)); }
member_dir() { echo "$run/pg/$1"; }

# Patroni and PostgreSQL run as the postgres user: commands waited for through as_postgres
# (tests/test-services.sh); Patroni, started in the background, through env and setpriv, which each
# replace themselves with the next program, so that $! is Patroni's own pid (runuser stays in between).
if [[ $(id -u) -eq 0 ]]; then
    postgres_exec=(env HOME=/var/lib/postgresql setpriv --reuid=postgres --regid=postgres --init-groups)
else
    postgres_exec=(env)
fi

install_data_tier() {
    local missing=()
    command -v patroni >/dev/null 2>&1 || missing+=(patroni)
    command -v etcd >/dev/null 2>&1 || missing+=(etcd-server)
    command -v pgbackrest >/dev/null 2>&1 || missing+=(pgbackrest)
    if ((${#missing[@]} > 0)); then
        log "installing ${missing[*]}"
        [[ $(id -u) -eq 0 ]] || { log "need root to install ${missing[*]}"; return 1; }
        DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 update -qq
        DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    fi
}

start_etcd() {
    local client peer
    client=$(etcd_client_port)
    peer=$((2380 + offset))
    mkdir -p "$run/etcd"
    etcd --name etcd-1 --data-dir "$run/etcd" \
        --listen-client-urls "http://127.0.0.1:$client" --advertise-client-urls "http://127.0.0.1:$client" \
        --listen-peer-urls "http://127.0.0.1:$peer" --initial-advertise-peer-urls "http://127.0.0.1:$peer" \
        --initial-cluster "etcd-1=http://127.0.0.1:$peer" --initial-cluster-state new \
        >>"$run/logs/etcd.log" 2>&1 &
    echo $! >"$pid_dir/etcd.pid"
    for _ in $(seq 1 100); do
        curl -sf "http://127.0.0.1:$client/health" 2>/dev/null | grep -q '"health":"true"' && { log "etcd on 127.0.0.1:$client"; enable_etcd_auth; return $?; }
        sleep 0.2
    done
    log "etcd did not start:"; tail -5 "$run/logs/etcd.log" >&2
    return 1
}

# etcd asks for a password from the first write on (Patroni signs in as root): nobody else on the machine
# can take or drop the leader lock. Through etcd's JSON gateway, the password on standard input; on a
# respawn with the data kept, it is on already.
enable_etcd_auth() {
    local api="http://127.0.0.1:$(etcd_client_port)/v3/auth"
    curl -sf -X POST "$api/status" -d '{}' 2>/dev/null | grep -q '"enabled":true' && return 0
    printf '{"name":"root","password":"%s"}' "$(cat "$run/keys/etcd-root")" | curl -sf -X POST "$api/user/add" -d @- >/dev/null &&
        curl -sf -X POST "$api/role/add" -d '{"name":"root"}' >/dev/null &&
        curl -sf -X POST "$api/user/grant" -d '{"user":"root","role":"root"}' >/dev/null &&
        curl -sf -X POST "$api/enable" -d '{}' >/dev/null || { log "etcd authentication could not be turned on"; return 1; }
    log "etcd asks for a password"
}

# pgBackRest's configuration: the repository, and both members (a backup is taken from whichever is primary).
write_pgbackrest_conf() {
    local member k=1
    mkdir -p "$run/pgbackrest" "$run/backups" "$run/logs/pgbackrest"
    {
        echo "[global]"
        echo "repo1-path=$run/backups"
        # Two full backups kept, with the WAL that makes each restorable to any moment after it.
        echo "repo1-retention-full=2"
        echo "log-path=$run/logs/pgbackrest"
        echo "lock-path=$run/pgbackrest/lock"
        echo "spool-path=$run/pgbackrest/spool"
        echo "start-fast=y"
        echo "log-level-console=warn"
        echo "log-level-file=info"
        echo
        echo "[$stanza]"
        for member in "${members[@]}"; do
            echo "pg$k-path=$(member_dir "$member")/data"
            echo "pg$k-port=$(member_pg_port "$member")"
            echo "pg$k-socket-path=$(member_dir "$member")/socket"
            k=$((k + 1))
        done
    } >"$(pgbackrest_conf)"
}

# psql as the superuser on a member's socket.
member_psql() {
    local member=$1
    shift
    as_postgres "$pg_bin/psql" -h "$(member_dir "$member")/socket" -p "$(member_pg_port "$member")" -U postgres -d postgres -X "$@"
}

pgbackrest_run() { as_postgres pgbackrest --config="$(pgbackrest_conf)" --stanza="$stanza" "$@"; }

write_patroni_conf() {
    local member=$1 dir port rest
    dir=$(member_dir "$member")
    port=$(member_pg_port "$member")
    rest=$(member_rest_port "$member")
    # The member's folder, its socket and its patroni.yml (which holds passwords) are its owner's alone.
    mkdir -p "$dir/socket"
    chmod 700 "$dir" "$dir/socket"
    cat >"$dir/patroni.yml" <<EOF
scope: employment
name: $member
log:
  level: INFO
restapi:
  listen: 127.0.0.1:$rest
  connect_address: 127.0.0.1:$rest
  # Changing endpoints (restart, switchover, reinitialize, config) need this; reads stay open to probes.
  authentication:
    username: patroni
    password: "$(cat "$run/keys/pg-patroni-rest")"
etcd3:
  hosts: 127.0.0.1:$(etcd_client_port)
  username: root
  password: "$(cat "$run/keys/etcd-root")"
bootstrap:
  dcs:
    # The leader's lock lives ttl seconds unless renewed every loop_wait: a lost primary is replaced
    # within about ttl + loop_wait (the fault run measures it). 20 is Patroni's smallest ttl.
    ttl: 20
    loop_wait: 2
    retry_timeout: 5
    maximum_lag_on_failover: 1048576
    # An acknowledged commit is on both members: the standby is synchronous, and only it may be promoted.
    synchronous_mode: true
    synchronous_mode_strict: false
    postgresql:
      use_pg_rewind: true
      use_slots: true
      parameters:
        max_connections: 300
        fsync: "on"
        synchronous_commit: "on"
        full_page_writes: "on"
        wal_level: replica
        wal_log_hints: "on"
        hot_standby: "on"
        max_wal_senders: 10
        max_replication_slots: 10
        archive_mode: "on"
        archive_timeout: 60
  initdb:
    - encoding: UTF8
    - locale: C.UTF-8
    - data-checksums
  pg_hba:
    - local all all trust
    - local replication all trust
    - host replication replicator 127.0.0.1/32 scram-sha-256
    - host all all 127.0.0.1/32 scram-sha-256
postgresql:
  listen: 127.0.0.1:$port
  connect_address: 127.0.0.1:$port
  use_unix_socket: true
  data_dir: $dir/data
  bin_dir: $pg_bin
  pgpass: $dir/pgpass
  authentication:
    superuser:
      username: postgres
      password: "$(cat "$run/keys/pg-superuser")"
    replication:
      username: replicator
      password: "$(cat "$run/keys/pg-replicator")"
    rewind:
      username: postgres
      password: "$(cat "$run/keys/pg-superuser")"
  parameters:
    unix_socket_directories: $dir/socket
    # Every WAL segment into the repository, from whichever member is primary (its own data folder named,
    # since PostgreSQL passes the segment's path relative to it).
    archive_command: pgbackrest --config=$(pgbackrest_conf) --stanza=$stanza --pg1-path=$dir/data archive-push %p
  create_replica_methods:
    - basebackup
  basebackup:
    - checkpoint: fast
EOF
}

start_member() {
    local member=$1
    "${postgres_exec[@]}" patroni "$(member_dir "$member")/patroni.yml" >>"$run/logs/patroni-$member.log" 2>&1 &
    echo $! >"$pid_dir/patroni-$member.pid"
}

# Patroni's REST API: 200 on /primary from the primary, on /replica from a running replica.
member_is() { curl -sf -o /dev/null "http://127.0.0.1:$(member_rest_port "$1")/$2"; }

wait_member() {
    local member=$1 role=$2
    for _ in $(seq 1 600); do
        member_is "$member" "$role" && return 0
        sleep 0.2
    done
    log "$member is not $role after 120 s; its log:"; tail -20 "$run/logs/patroni-$member.log" >&2
    return 1
}

primary_member() {
    local member
    for member in "${members[@]}"; do
        member_is "$member" primary && { echo "$member"; return 0; }
    done
    return 1
}

# The standby is synchronous once the primary names it in synchronous_standby_names.
wait_synchronous() {
    local primary=$1 names
    for _ in $(seq 1 300); do
        names=$(member_psql "$primary" -At -c "SELECT string_agg(application_name, ',') FROM pg_stat_replication WHERE sync_state = 'sync'" 2>/dev/null || true)
        [[ -n $names ]] && { log "synchronous standby: $names"; return 0; }
        sleep 0.2
    done
    log "no synchronous standby after 60 s"
    return 1
}

# Every member's host, in one Npgsql connection string: it connects to whichever is primary now
# (Target Session Attributes=primary) and looks again a second after a member stops answering as one.
# With a role and its password file: that role's (default: employment, the operator's role).
data_tier_connection() {
    local role=${1:-employment} password=${2:-$run/keys/pg-employment} member hosts=""
    for member in "${members[@]}"; do
        hosts+="${hosts:+,}127.0.0.1:$(member_pg_port "$member")"
    done
    echo "Host=$hosts;Username=$role;Password=$(cat "$password");Target Session Attributes=primary;Host Recheck Seconds=1"
}

# A service's own role (least privilege): it logs in, creates its own database and so owns it, and
# reaches no other service's tables; the operator's role (employment) is never given to a service.
# Made once per run (a respawned copy reuses it); prints the service's connection string.
service_connection() {
    local role="svc_${1//-/_}" password
    password="$run/keys/pg-$role"
    if [[ ! -f $password ]]; then
        (umask 077; openssl rand -hex 16 | tr -d '\n' >"$password")
        member_psql "$(primary_member)" -q -v ON_ERROR_STOP=1 >/dev/null <<SQL
CREATE ROLE $role LOGIN PASSWORD '$(cat "$password")' CREATEDB;
SQL
    fi
    data_tier_connection "$role" "$password"
}

start_data_tier() {
    local started=$EPOCHREALTIME member primary
    install_data_tier
    ensure_postgres_user
    mkdir -p "$run/keys" "$run/pg"
    for secret in pg-superuser pg-replicator pg-employment pg-patroni-rest etcd-root; do
        # Owner-only from the first byte (umask in a subshell): a password is never readable by others.
        [[ -f $run/keys/$secret ]] || (umask 077; openssl rand -hex 16 | tr -d '\n' >"$run/keys/$secret")
    done
    write_pgbackrest_conf
    for member in "${members[@]}"; do
        write_patroni_conf "$member"
    done
    if [[ $(id -u) -eq 0 ]]; then
        chmod 711 "$run"
        chown -R postgres:postgres "$run/pg" "$run/pgbackrest" "$run/backups" "$run/logs/pgbackrest"
        chmod 700 "$run/pg"/*
    fi
    start_etcd
    start_member pg-1
    wait_member pg-1 primary
    # The password goes on standard input, never on a command line that ps shows to every user.
    member_psql pg-1 -q -v ON_ERROR_STOP=1 <<SQL
CREATE ROLE employment LOGIN PASSWORD '$(cat "$run/keys/pg-employment")' CREATEDB;
GRANT pg_signal_backend TO employment;
SQL
    # pg-2 does not run yet: only the primary is checked now.
    pgbackrest_run --log-level-console=error --log-level-stderr=error stanza-create
    start_member pg-2
    wait_member pg-2 replica
    primary=$(primary_member)
    wait_synchronous "$primary"
    pgbackrest_run check
    backup_now full
    export DATA_TIER_CONNECTION
    DATA_TIER_CONNECTION=$(data_tier_connection)
    log "PostgreSQL primary $primary, synchronous standby beside it, backed up (started in $(seconds_since "$started") s)"
}

backup_now() {
    local type=${1:-full}
    pgbackrest_run --type="$type" backup
    log "pgBackRest $type backup taken: $(pgbackrest_run --output=json info | /usr/bin/python3 -c 'import json,sys; b=json.load(sys.stdin)[0]["backup"][-1]; import datetime; t=lambda s: datetime.datetime.fromtimestamp(s).astimezone().isoformat(timespec="seconds"); print(b["label"], "from", t(b["timestamp"]["start"]), "to", t(b["timestamp"]["stop"]))')"
}

data_tier_status() {
    as_postgres patronictl -c "$(member_dir pg-1)/patroni.yml" list 2>/dev/null || echo "data tier not running"
}

# A node lost at once: its Patroni, its postmaster and every backend, all SIGKILLed together.
kill_member() {
    local member=$1 patroni_pid postmaster children at
    patroni_pid=$(cat "$pid_dir/patroni-$member.pid" 2>/dev/null) || { log "$member is not running"; return 1; }
    postmaster=$(head -1 "$(member_dir "$member")/data/postmaster.pid" 2>/dev/null || true)
    children=$( [[ -n $postmaster ]] && pgrep -P "$postmaster" | tr '\n' ' ' || true)
    at=$EPOCHREALTIME
    # shellcheck disable=SC2086
    kill -KILL "$patroni_pid" ${postmaster:+$postmaster} $children 2>/dev/null || true
    while kill -0 "$patroni_pid" 2>/dev/null || { [[ -n $postmaster ]] && kill -0 "$postmaster" 2>/dev/null; }; do sleep 0.05; done
    log "killed $member (Patroni $patroni_pid, postmaster ${postmaster:-none} and its backends; SIGKILL) at ${at/,/.}"
}

respawn_member() {
    local member=$1
    start_member "$member"
    wait_member "$member" replica
    log "$member back as a replica"
}

# A point-in-time restore into a fresh cluster: the backup before <time>, then WAL from the repository
# up to <time>, then promoted. The copy archives nothing (it must not write into the repository of the
# cluster it came from) and names no synchronous standby.
restore_to() {
    local target=$1 folder=$2 port=$3
    # The copy's data and its socket are PostgreSQL's alone: its restored pg_hba trusts the local socket, so no
    # other local user may reach the socket folder.
    (umask 077 && mkdir -p "$folder/data" "$folder/socket")
    chmod 700 "$folder" "$folder/data" "$folder/socket"
    if [[ $(id -u) -eq 0 ]]; then chown -R postgres:postgres "$folder"; fi
    pgbackrest_run --pg1-path="$folder/data" --type=time --target="$target" --target-action=promote --archive-mode=off restore
    as_postgres "$pg_bin/pg_ctl" -D "$folder/data" -l "$folder/postgres.log" -w -t 600 start \
        -o "-c port=$port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$folder/socket -c synchronous_standby_names= -c hba_file=$folder/data/pg_hba.conf -c ident_file=$folder/data/pg_ident.conf -c archive_command=" >/dev/null
    for _ in $(seq 1 600); do
        if [[ $(as_postgres "$pg_bin/psql" -h "$folder/socket" -p "$port" -U postgres -d postgres -X -At -c "SELECT pg_is_in_recovery()" 2>/dev/null) == f ]]; then
            log "restored to $target into $folder, answering on 127.0.0.1:$port"
            return 0
        fi
        sleep 0.2
    done
    log "the copy in $folder did not finish recovery to $target within 120 s; its log:"; tail -20 "$folder/postgres.log" >&2
    return 1
}

# The current WAL segment closed and archived (pgBackRest's check switches it and waits for the archive).
archive_now() {
    pgbackrest_run check
    log "WAL archived up to now"
}

# A restored copy stopped and its folder removed.
drop_restore() {
    local folder=$1
    [[ -f $folder/data/postmaster.pid ]] && as_postgres "$pg_bin/pg_ctl" -D "$folder/data" stop -m fast -w -t 60 >/dev/null
    rm -rf "$folder"
    log "restored copy in $folder stopped and removed"
}

stop_data_tier() {
    local member pid
    for member in "${members[@]}"; do
        pid=$(cat "$pid_dir/patroni-$member.pid" 2>/dev/null) || continue
        kill -TERM "$pid" 2>/dev/null || continue
        for _ in $(seq 1 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        kill -0 "$pid" 2>/dev/null && kill -KILL "$pid"
        log "stopped $member"
    done
    pid=$(cat "$pid_dir/etcd.pid" 2>/dev/null) && kill -TERM "$pid" 2>/dev/null && log "stopped etcd"
    rm -f "$pid_dir"/patroni-*.pid "$pid_dir/etcd.pid"
}
