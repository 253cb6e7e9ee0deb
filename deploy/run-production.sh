#!/usr/bin/env bash
# The production shape on one machine: the data tier (deploy/data-tier.sh: etcd, a PostgreSQL primary
# and synchronous standby under Patroni with fsync on, pgBackRest archiving and backing up), Redis,
# every service the launcher registers as its own process (Production, each copy on its own port), and
# the gateway as its own process balancing over the copies, all on 127.0.0.1.
#
#   deploy/run-production.sh start [--detach]   start everything; in the foreground Ctrl-C (or SIGTERM) stops it all
#   deploy/run-production.sh stop               stop what a detached start left running (its pid files)
#   deploy/run-production.sh status             what is running
#   deploy/run-production.sh kill <process>     SIGKILL one process of a detached start (startup-loans-1, redis, gateway, …);
#                                               `kill postgres-primary` (or pg-1, pg-2) SIGKILLs a PostgreSQL member whole:
#                                               its Patroni, postmaster and backends, as a lost node
#   deploy/run-production.sh respawn <process>  start it again as start did (same port, settings, keys); waits until it answers;
#                                               `respawn postgres` starts every lost member again, to rejoin as a replica
#   deploy/run-production.sh restart <process>  SIGTERM, then respawn
#   deploy/run-production.sh rolling-restart    restart every service copy, one after another (a rolling deploy)
#   deploy/run-production.sh wait-primary       wait until a PostgreSQL member is primary (after a failover)
#   deploy/run-production.sh backup [full|diff|incr]           a pgBackRest backup now (start takes a full one)
#   deploy/run-production.sh restore <time> <folder> <port>    point-in-time restore into a fresh cluster
# (kill, respawn, restart and the rest are the fault run's hands: tests/benchmarks/fault-run.sh)
#
# Settings (environment):
#   REPLICAS      copies per service, "name=count ..." (default "startup-loans=2 job-matching=2"; others 1)
#   PORT_OFFSET   added to every port (default 0): copy k of a service listens on its default port
#                 + 100*(k-1) + offset (startup-loans: 5102, 5202); the gateway on 8080 (REST) and 8081 (gRPC) + offset
#   RUN_DIR       pid files, logs, keys, tokens and the databases (default .data/production; wiped at start)
#   NO_BUILD=1    skip `dotnet build deploy/Launcher -c Release`
#   LOAN_BANKS    the 经办银行 a borrower may consent to, "code=名称 ..." (default two samples, 示例值:
#                 "DEMO-BANK-001=示例经办银行（一） DEMO-BANK-002=示例经办银行（二）"; the fault run's bank is the first)
#
# Production means what the container image means: no demo data, no development key. The identity
# provider runs first, as its own process with its own database, its signing key and the clients'
# secrets from its secrets folder; every service obtains its token from it by client credentials (a
# secret of its own) and trusts the keys it publishes. The script stands in for the operator: it
# generates the provider's ECDSA key pair and the secrets (one file per setting, as /run/secrets holds
# them), and writes counter, bank and admin tokens signed with the provider's key to $RUN_DIR/tokens.env
# for the launcher's `call` client. Each service creates its own database at start, on whichever member
# is primary (the connection string names both members).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
run=$(mkdir -p "${RUN_DIR:-$root/.data/production}" && cd "${RUN_DIR:-$root/.data/production}" && pwd)
replicas=${REPLICAS:-"startup-loans=2 job-matching=2"}
offset=${PORT_OFFSET:-0}
launcher="$root/deploy/Launcher/bin/Release/net10.0/Employment.Launcher.dll"
pid_dir="$run/pids"

# tests/test-services.sh works in $work and logs with [tests]; here $work is the run folder.
work="$run"
# shellcheck source=tests/test-services.sh
source "$root/tests/test-services.sh"
# shellcheck source=deploy/data-tier.sh
source "$root/deploy/data-tier.sh"
log() { printf '[production] %s\n' "$*" >&2; }

started=0
detach=""

launcher() { dotnet "$launcher" "$@"; }

copies_of() {
    local entry
    for entry in $replicas; do
        [[ ${entry%%=*} == "$1" ]] && { echo "${entry#*=}"; return; }
    done
    echo 1
}

# Only a pid whose command line is still ours is signalled: a pid file outlives its process, and
# the system may have given the number to another.
ours() {
    local pid=$1
    [[ -r /proc/$pid/cmdline ]] && tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qE 'Employment\.Launcher\.dll|redis-server|patroni|etcd'
}

wait_healthy() {
    local name=$1 address=$2 pid=$3
    for _ in $(seq 1 120); do
        if ! kill -0 "$pid" 2>/dev/null; then
            log "$name exited while starting; its log:"; tail -20 "$run/logs/$name.log" >&2
            return 1
        fi
        launcher health "$address" >/dev/null 2>&1 && return 0
        sleep 0.5
    done
    log "$name is not SERVING at $address after 60 s; its log:"; tail -20 "$run/logs/$name.log" >&2
    return 1
}

# One process, its output in logs/<name>.log, its pid in pids/<name>.pid.
spawn() {
    local name=$1
    shift
    # Appended: a respawned or restarted process's log follows the one before it, so a fault's traces stay.
    "$@" >>"$run/logs/$name.log" 2>&1 &
    echo $! >"$pid_dir/$name.pid"
    echo $!
}

make_secrets() {
    local keys="$run/keys" secrets="$run/secrets"
    mkdir -p "$keys" "$secrets"
    chmod 700 "$keys" "$secrets"
    key_id="local-$(date -u +%Y%m%d%H%M%S)"
    openssl ecparam -name prime256v1 -genkey -noout 2>/dev/null | openssl pkcs8 -topk8 -nocrypt -out "$keys/signing-private.pem"
    openssl ec -in "$keys/signing-private.pem" -pubout -out "$secrets/Authentication__SigningKeys__0__PublicKey" 2>/dev/null
    printf '%s' "$key_id" >"$secrets/Authentication__SigningKeys__0__KeyId"
    openssl rand -base64 32 | tr -d '\n' >"$secrets/Loans__BorrowerKey"
    # The operator's view of the server (the fault run's probes read it); each service gets its own role's
    # instead (service_secrets). Without a database: each service's own is named after it (PostgresServerModule).
    # Each copy's pool is bounded (PG_POOL, default 16) so that all copies together stay under the
    # server's max_connections (200 here): after a restart every copy reconnects at once, and with
    # Npgsql's default of 100 per copy the server refused connections (53300) and one loans copy
    # stayed NOT_SERVING for a minute (fault run, 2026-11-23 18:30).
    printf '%s' "$DATA_TIER_CONNECTION;Maximum Pool Size=${PG_POOL:-16}" >"$secrets/PostgresServer"
    echo "$key_id" >"$keys/key-id"
}

# Every registered service ("name port" lines) and the --Services:name=address arguments each process gets.
load_services() {
    local line name port
    mapfile -t services < <(launcher services)
    service_addresses=()
    for line in "${services[@]}"; do
        read -r name port <<<"$line"
        service_addresses+=("--Services:$name=http://127.0.0.1:$((port + offset))")
    done
}

# The secrets one service reads, in a folder of its own: the token keys every host needs, its own
# database role's connection string (service_connection) and nothing of another service's (the borrower
# key only for startup-loans). Made once per run, reused by every copy and respawn.
service_secrets() {
    local name=$1 folder="$run/secrets/services/$1"
    if [[ ! -d $folder ]]; then
        (umask 077; mkdir -p "$folder")
        cp "$run/secrets/Authentication__SigningKeys__0__PublicKey" "$run/secrets/Authentication__SigningKeys__0__KeyId" "$folder/"
        [[ $name == startup-loans ]] && cp "$run/secrets/Loans__BorrowerKey" "$folder/"
        # Its own client's secret at the identity provider (the gateway obtains no token).
        [[ $name != gateway ]] && (umask 077; client_secret "$name" >"$folder/Authentication__Client__Secret")
        if [[ $name != gateway ]]; then
            (umask 077; printf '%s' "$(service_connection "$name");Maximum Pool Size=${PG_POOL:-16}" >"$folder/PostgresServer")
        fi
    fi
    echo "$folder"
}

# What one service is configured with beyond the shared settings, one argument a line: startup-loans its 经办银行 (LOAN_BANKS).
service_settings() {
    local i=0 entry banks=${LOAN_BANKS:-"DEMO-BANK-001=示例经办银行（一） DEMO-BANK-002=示例经办银行（二）"}
    [[ $1 == startup-loans ]] || return 0
    for entry in $banks; do
        printf -- '--Loans:Consents:Banks:%d:Code=%s\n--Loans:Consents:Banks:%d:NameZh=%s\n' "$i" "${entry%%=*}" "$i" "${entry#*=}"
        i=$((i + 1))
    done
}

# Copy k of a service, on its port, with a service token of its own; waits until it is SERVING.
start_copy() {
    local name=$1 port=$2 k=$3 pid
    local listen=$((port + 100 * (k - 1) + offset)) settings=()
    mapfile -t settings < <(service_settings "$name")
    pid=$(Employment__ConnectionStrings__Redis=$(cat "$run/redis.address") \
        spawn "$name-$k" dotnet "$launcher" serve "$name" --environment=Production --SecretsDirectory="$(service_secrets "$name")" \
            --Listen:Port="$listen" "${service_addresses[@]}" "${provider_trust[@]}" "${settings[@]}" \
            --Authentication:Client:TokenAddress="$provider_address/connect/token" --Authentication:Client:ClientId="$name")
    wait_healthy "$name-$k" "http://127.0.0.1:$listen" "$pid"
    log "$name-$k SERVING on 127.0.0.1:$listen (pid $pid)"
    copy_address="http://127.0.0.1:$listen"
}

# Where the identity provider listens, its issuer (the gateway's HTTP address: callers reach it there) and
# what every host that checks tokens is told: the issuer and where the provider publishes its keys.
provider_settings() {
    provider_address="http://127.0.0.1:$((5112 + offset))"
    issuer="http://127.0.0.1:$((8080 + offset))/"
    provider_trust=(--Authentication:Issuer="$issuer" --Authentication:KeysAddress="$provider_address/.well-known/jwks" --Authentication:KeysRequireHttps=false)
}

# A client's secret at the identity provider, made once per run (the provider stores it hashed).
client_secret() {
    local file="$run/keys/client-$1"
    [[ -f $file ]] || (umask 077; openssl rand -hex 24 | tr -d '\n' >"$file")
    cat "$file"
}

# The identity provider: its database (a role of its own), its signing key, a client per service and one for
# the demo bank (DEMO-BANK-001), their secrets as files; waits until /healthz answers.
start_identity_provider() {
    local folder="$run/secrets/services/identity-provider" pid index=0 name line
    local -a clients=()
    (umask 077; mkdir -p "$folder")
    cp "$run/keys/signing-private.pem" "$folder/IdentityProvider__SigningKeys__0__PrivateKey"
    printf '%s' "$key_id" >"$folder/IdentityProvider__SigningKeys__0__KeyId"
    (umask 077; printf '%s' "$(service_connection identity-provider);Database=identity_provider;Maximum Pool Size=${PG_POOL:-16}" >"$folder/ConnectionStrings__IdentityProviderPostgres")
    for line in "${services[@]}" "demo-bank 0"; do
        read -r name _ <<<"$line"
        (umask 077; client_secret "$name" >"$folder/IdentityProvider__Clients__${index}__Secret")
        clients+=(--IdentityProvider:Clients:$index:ClientId="$name")
        if [[ $name == demo-bank ]]; then
            clients+=(--IdentityProvider:Clients:$index:Role=bank --IdentityProvider:Clients:$index:BankCode=DEMO-BANK-001)
        else
            clients+=(--IdentityProvider:Clients:$index:Role=service)
        fi
        index=$((index + 1))
    done
    # The clerks' workbench, a browser application sent back to the gateway's address only.
    clients+=(--IdentityProvider:Applications:0:ClientId=counter-workbench
        --IdentityProvider:Applications:0:RedirectUris:0="${issuer}workbench/signin-oidc"
        --IdentityProvider:Applications:0:PostLogoutRedirectUris:0="${issuer}workbench/signout-callback-oidc")
    pid=$(spawn identity-provider dotnet "$launcher" identity-provider --environment=Production --SecretsDirectory="$folder" \
        --Listen:Port="$((5112 + offset))" --IdentityProvider:Issuer="$issuer" "${clients[@]}" "${service_addresses[@]}")
    wait_healthy identity-provider "$provider_address/healthz" "$pid"
    log "identity-provider answering on $provider_address, issuer $issuer (pid $pid)"
}

# The public site (the job seekers' pages): no database and no service token, the services' addresses and
# Redis (where its copies share their antiforgery keys); waits until /healthz answers.
start_site() {
    local pid listen=$((5110 + offset))
    pid=$(Employment__ConnectionStrings__Redis=$(cat "$run/redis.address") \
        spawn public-site dotnet "$launcher" public-site --environment=Production --Listen:Port="$listen" "${service_addresses[@]}")
    wait_healthy public-site "http://127.0.0.1:$listen/healthz" "$pid"
    log "public-site answering on 127.0.0.1:$listen (pid $pid)"
    site_address="http://127.0.0.1:$listen"
}

# The clerks' workbench: no database and no token of its own (it signs clerks in at the provider, whose own calls go
# to its local address, and calls the services with the clerk's token); Redis for its copies' keys; waits until
# /healthz answers.
start_workbench() {
    local pid listen=$((5113 + offset))
    pid=$(Employment__ConnectionStrings__Redis=$(cat "$run/redis.address") \
        spawn workbench dotnet "$launcher" workbench --environment=Production --Listen:Port="$listen" \
        --Workbench:Authority="$issuer" --Workbench:ProviderAddress="$provider_address/" "${service_addresses[@]}")
    wait_healthy workbench "http://127.0.0.1:$listen/healthz" "$pid"
    log "workbench answering on 127.0.0.1:$listen (pid $pid)"
    workbench_address="http://127.0.0.1:$listen"
}

# The gateway with the destinations start wrote to gateway.args; waits until it answers.
start_gateway() {
    local pid gateway_args
    mapfile -t gateway_args <"$run/gateway.args"
    pid=$(spawn gateway dotnet "$launcher" gateway --environment=Production --SecretsDirectory="$(service_secrets gateway)" \
        --Gateway:HttpPort="$((8080 + offset))" --Gateway:GrpcPort="$((8081 + offset))" "${provider_trust[@]}" "${gateway_args[@]}")
    wait_healthy gateway "http://127.0.0.1:$((8081 + offset))" "$pid"
    log "gateway answering on 127.0.0.1:$((8081 + offset)) (pid $pid)"
}

# Redis on the port it had (a respawn): the services' clients reconnect to the same address.
start_redis_again() {
    local port=${TEST_REDIS##*:}
    redis-server --bind 127.0.0.1 --port "$port" --save '' --appendonly no --dir "$run" \
        --logfile "$run/redis.log" --daemonize no >"$run/logs/redis.out" 2>&1 &
    echo $! >"$pid_dir/redis.pid"
    for _ in $(seq 1 50); do
        redis-cli -h 127.0.0.1 -p "$port" ping 2>/dev/null | grep -q PONG && { log "redis again on $TEST_REDIS"; return 0; }
        sleep 0.1
    done
    log "redis did not start again:"; tail -5 "$run/redis.log" >&2
    return 1
}

gateway_clusters() {
    /usr/bin/python3 -c 'import json, sys; print("\n".join(json.load(open(sys.argv[1]))["ReverseProxy"]["Clusters"]))' \
        "$(dirname "$launcher")/gateway.json"
}

start() {
    if running_pids | grep -q .; then
        log "already running (deploy/run-production.sh status); stop it first"
        return 1
    fi
    if [[ ${NO_BUILD:-0} != 1 ]]; then
        log "dotnet build deploy/Launcher -c Release"
        dotnet build "$root/deploy/Launcher" -c Release -v q -nologo 2>&1 | tail -3 >&2
    fi
    rm -rf "$run/logs" "$run/pids" "$run/postgres" "$run/pg" "$run/etcd" "$run/pgbackrest" "$run/backups" "$run/secrets" "$run/keys" "$run/tokens.env" "$run/addresses" "$run/gateway.args" "$run/redis.address"
    mkdir -p "$run/logs" "$pid_dir"
    # Whatever happens before the end of a detached start, nothing is left half-started.
    trap 'rc=$?; [[ $started == 1 && -n $detach ]] || stop; exit $rc' EXIT
    trap 'exit 130' INT TERM

    install_missing
    # Redis would otherwise keep the caller's output open after a detached start.
    start_redis >"$run/logs/redis.out" 2>&1
    echo "${pids[-1]}" >"$pid_dir/redis.pid"
    log "redis on $TEST_REDIS"
    printf '%s' "$TEST_REDIS" >"$run/redis.address"
    start_data_tier
    make_secrets

    local name port copies k
    load_services
    provider_settings
    start_identity_provider
    : >"$run/gateway.args"
    echo "--ReverseProxy:Clusters:identity-provider:Destinations:identity-provider-1:Address=$provider_address" >>"$run/gateway.args"
    local clusters
    clusters=$(gateway_clusters)

    # Copies one after another: the first brings its database schema up to date before the next starts.
    for line in "${services[@]}"; do
        read -r name port <<<"$line"
        copies=$(copies_of "$name")
        for k in $(seq 1 "$copies"); do
            start_copy "$name" "$port" "$k"
            # "process address" of every copy: what the fault run probes directly.
            echo "$name-$k $copy_address" >>"$run/addresses"
            if grep -qx "$name" <<<"$clusters"; then
                echo "--ReverseProxy:Clusters:$name:Destinations:$name-$k:Address=$copy_address" >>"$run/gateway.args"
            fi
        done
    done

    start_site
    echo "--ReverseProxy:Clusters:public-site:Destinations:public-site-1:Address=$site_address" >>"$run/gateway.args"
    start_workbench
    echo "--ReverseProxy:Clusters:workbench:Destinations:workbench-1:Address=$workbench_address" >>"$run/gateway.args"

    local grpc_port=$((8081 + offset)) http_port=$((8080 + offset))
    start_gateway
    launcher tokens "$run/keys/signing-private.pem" "$key_id" "$run/tokens.env" "http://127.0.0.1:$grpc_port" "http://127.0.0.1:$http_port" "$issuer"

    cat <<EOF
Production shape running: Redis $TEST_REDIS, PostgreSQL primary $(primary_member) of ${DATA_TIER_CONNECTION%%;Username*} (Patroni, synchronous standby, pgBackRest into $run/backups), $(wc -l <"$run/gateway.args") service process(es) behind the gateway.
  gateway   gRPC http://127.0.0.1:$grpc_port, REST http://127.0.0.1:$http_port (/healthz: yes or no; /healthz/details with ADMIN_TOKEN: every destination)
  identity  $provider_address (issuer $issuer; its discovery and token endpoint through the gateway; client secrets in $run/keys/client-*)
  logs      $run/logs/    tokens (counter, bank, admin; 12 h)  $run/tokens.env
Try:
  curl -s http://127.0.0.1:$http_port/healthz
  curl -s http://127.0.0.1:$http_port/.well-known/openid-configuration
  curl -s -d grant_type=client_credentials -d client_id=demo-bank -d client_secret=\$(cat $run/keys/client-demo-bank) http://127.0.0.1:$http_port/connect/token
  (source $run/tokens.env; curl -s -H "authorization: Bearer \$ADMIN_TOKEN" http://127.0.0.1:$http_port/healthz/details)
  deploy/run-production.sh status
  dotnet $launcher health http://127.0.0.1:$grpc_port employment.loans.v1.StartupLoans
  dotnet $launcher call $run/tokens.env bank /employment.loans.v1.StartupLoans/QueryEligibility '{"bankCode":"DEMO-BANK-001","borrower":{"idNumber":"410802200106153013","kind":"BORROWER_KIND_INDIVIDUAL"},"region":{"code":"410802"},"intendedIssueDate":{"year":2024,"month":3,"day":1},"requestedAmount":{"fen":"10000000"},"consentReference":"DEMO-SQ-0001"}'
EOF
    started=1
    if [[ -n $detach ]]; then
        log "detached; deploy/run-production.sh stop stops it"
        return 0
    fi
    log "Ctrl-C stops everything"
    # Runs until a signal; the trap stops everything. A process that dies is reported, not
    # replaced, and the rest keep running (the gateway balances over the copies left), as a fault
    # run needs; nothing restarts it.
    local reported=""
    while running_pids | grep -q .; do
        for f in "$pid_dir"/*.pid; do
            name=$(basename "$f" .pid)
            if ! ours "$(cat "$f")" && [[ " $reported " != *" $name "* ]]; then
                log "$name has stopped (its log: $run/logs/$name.log); the rest keep running"
                reported+=" $name"
            fi
        done
        sleep 2 &
        wait $! || true
    done
}

running_pids() {
    local f pid
    for f in "$pid_dir"/*.pid; do
        [[ -e $f ]] || continue
        pid=$(cat "$f")
        ours "$pid" && echo "$(basename "$f" .pid) $pid"
    done
    return 0
}

# Signals a group together (SIGTERM: each host drains and stops), then kills what is left after 10 s.
stop_group() {
    local name pid left
    local -a group=()
    while read -r name pid; do
        kill -TERM "$pid" 2>/dev/null && group+=("$name:$pid")
    done
    for _ in $(seq 1 100); do
        left=""
        for entry in "${group[@]}"; do
            kill -0 "${entry#*:}" 2>/dev/null && left+=" ${entry%%:*}"
        done
        [[ -z $left ]] && break
        sleep 0.1
    done
    for entry in "${group[@]}"; do
        if kill -0 "${entry#*:}" 2>/dev/null; then
            log "${entry%%:*} did not stop in 10 s; killing it"
            kill -KILL "${entry#*:}" 2>/dev/null || true
        else
            log "stopped ${entry%%:*}"
        fi
    done
}

stop() {
    # The door first, then the services, then what they use.
    running_pids | awk '$1 == "gateway"' | stop_group
    running_pids | awk '$1 != "gateway" && $1 != "redis" && $1 != "identity-provider" && $1 !~ /^(patroni-|etcd)/' | stop_group
    running_pids | awk '$1 == "identity-provider" || $1 == "redis"' | stop_group
    stop_data_tier
    rm -f "$pid_dir"/*.pid
}

status() {
    local listed
    listed=$(running_pids)
    if [[ -z $listed ]]; then
        echo "not running"
    else
        echo "$listed"
    fi
    [[ -e $pid_dir/etcd.pid ]] && data_tier_status
}

# One process of a detached start, by its pid-file name (startup-loans-1, gateway, redis).
kill_one() {
    local pid
    pid=$(cat "$pid_dir/$1.pid" 2>/dev/null) && ours "$pid" || { log "$1 is not running"; return 1; }
    # The moment of the kill, on the wall clock (the fault run places calls before or after it).
    local at=$EPOCHREALTIME
    kill -KILL "$pid"
    while kill -0 "$pid" 2>/dev/null; do sleep 0.05; done
    log "killed $1 (pid $pid, SIGKILL) at ${at/,/.}"
}

respawn() {
    local target=$1 pid line name port
    if [[ -f $pid_dir/$target.pid ]] && pid=$(cat "$pid_dir/$target.pid") && ours "$pid"; then
        log "$target is still running (pid $pid)"
        return 1
    fi
    TEST_REDIS=$(cat "$run/redis.address")
    case "$target" in
        redis) start_redis_again ;;
        postgres)
            local member
            for member in "${members[@]}"; do
                pid=$(cat "$pid_dir/patroni-$member.pid" 2>/dev/null) && ours "$pid" || respawn_member "$member"
            done
            ;;
        pg-*) respawn_member "$target" ;;
        gateway) provider_settings; start_gateway ;;
        identity-provider) load_services; provider_settings; key_id=$(cat "$run/keys/key-id"); start_identity_provider ;;
        public-site) load_services; start_site ;;
        workbench) load_services; provider_settings; start_workbench ;;
        *)
            load_services
            provider_settings
            for line in "${services[@]}"; do
                read -r name port <<<"$line"
                if [[ $target =~ ^$name-([0-9]+)$ ]]; then
                    start_copy "$name" "$port" "${BASH_REMATCH[1]}"
                    return 0
                fi
            done
            log "no process named $target"
            return 1
            ;;
    esac
}

restart() {
    running_pids | awk -v n="$1" '$1 == n' | stop_group
    respawn "$1"
}

# Every service copy in the order start started them, each stopped (drained) and started again before the next.
rolling_restart() {
    local name
    while read -r name _; do
        restart "$name"
    done <"$run/addresses"
    log "rolling restart done"
}

# After a primary is lost: until a member answers as primary, then the moment it did.
wait_primary() {
    local member
    for _ in $(seq 1 1200); do
        member=$(primary_member) && { log "primary is $member at ${EPOCHREALTIME/,/.}"; return 0; }
        sleep 0.1
    done
    log "no primary after 120 s"
    return 1
}

case "${1:-}" in
    start)
        detach=${2:-}
        start
        ;;
    stop) stop ;;
    status) status ;;
    kill)
        case "${2:?which process}" in
            postgres-primary) kill_member "$(primary_member)" ;;
            pg-*) kill_member "$2" ;;
            *) kill_one "$2" ;;
        esac
        ;;
    rolling-restart) rolling_restart ;;
    wait-primary) wait_primary ;;
    backup) backup_now "${2:-full}" ;;
    restore) restore_to "${2:?to what time}" "${3:?into which folder}" "${4:?on which port}" ;;
    archive-now) archive_now ;;
    drop-restore) drop_restore "${2:?which folder}" ;;
    respawn) respawn "${2:?which process}" ;;
    restart) restart "${2:?which process}" ;;
    *)
        echo "usage: $0 start [--detach] | stop | status | kill <process> | respawn <process> | restart <process> | rolling-restart | wait-primary | backup [full|diff|incr] | restore <time> <folder> <port>" >&2
        exit 2
        ;;
esac
