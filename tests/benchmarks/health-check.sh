#!/usr/bin/env bash
# Health/Check unary benchmark: throughput and latency (p50, p99) of up to four
# servers, each driven by h2load with the same pre-framed gRPC request. README.md
# beside this file says what the figures mean and how to read them.
#
#   tests/benchmarks/health-check.sh                  # full run, under 2 min
#   BENCH_QUICK=1 tests/benchmarks/health-check.sh    # quick run, about 30 s
#   BENCH_SMOKE=1 tests/benchmarks/health-check.sh    # smoke: every leg for a second, to show it still runs
#
# It prints figures and never fails on time. It exits non-zero only when something is
# broken: a tool cannot be installed, a server does not build or start, fails a real
# gRPC Health/Check, or answers h2load with errors or non-2xx statuses.
#
# Knobs (environment):
#   BENCH_QUICK=1        one profile, two rounds, short warm-up
#   BENCH_SMOKE=1        one profile, one round of a second after a second's warm-up (figures mean nothing)
#   BENCH_PROFILES       space-separated CONNECTIONSxSTREAMS list, one h2load -c/-m setting
#                        each (default "4x16 1x64"; quick "4x16")
#   BENCH_ROUNDS         measured rounds; each round measures every server once per
#                        profile, in rotating order (default 5; quick 2)
#   BENCH_DURATION_S     seconds of one measurement (default 2; quick 2)
#   BENCH_WARMUP_S       seconds of unmeasured load per server before round 1 (default
#                        10, as .NET servers keep speeding up for several seconds of
#                        load while tiered JIT and PGO settle; quick 4)
#   BENCH_PIN=0|1        pin servers to BENCH_SERVER_CPUS and h2load to BENCH_CLIENT_CPUS
#                        (default 1 when there are 2+ CPUs and taskset exists)
#   BENCH_SERVER_CPUS    taskset CPU list for the servers (default "0")
#   BENCH_CLIENT_CPUS    taskset CPU list for h2load (default "1")
#   BENCH_OURS_CMD       shell command that starts OUR server in the foreground (it is
#                        exec'ed, so it should be the server process itself, not a
#                        wrapper such as `dotnet run`). "{PORT}" in it is replaced by the
#                        port to listen on, which is also exported as BENCH_PORT. Default:
#                        build tests/benchmarks/ServiceHostBench/ServiceHostBench.csproj
#                        (Release: ServiceHost.Build on Grpc.AspNetCore with the access
#                        interceptor, health and reflection) and run: dotnet <its dll>
#                        --Listen:Port={PORT} --environment=Development --Logging:LogLevel:Default=Warning
#   BENCH_LEGS           which servers to run, any of "ceiling grpc-go bare ours" (default all)
#   BENCH_RESULTS_TSV    if set, append one TSV row per server, profile and round there:
#                        leg profile round req/s p50_ms p99_ms requests srv% other% client%
#   BENCH_NO_INSTALL=1   never call apt-get; fail if a tool is missing
set -euo pipefail

# ---------------------------------------------------------------------------- settings

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
BUILD_DIR="$BENCH_DIR/.build"            # git-ignored (tests/benchmarks/.gitignore)
mkdir -p "$BUILD_DIR"
RUN_DIR="$(mktemp -d "${TMPDIR:-/tmp}/health-bench.XXXXXX")"

if [[ "${BENCH_SMOKE:-0}" == 1 ]]; then
    PROFILES="${BENCH_PROFILES:-4x16}"
    ROUNDS="${BENCH_ROUNDS:-1}"
    DURATION_S="${BENCH_DURATION_S:-1}"
    WARMUP_S="${BENCH_WARMUP_S:-1}"
elif [[ "${BENCH_QUICK:-0}" == 1 ]]; then
    PROFILES="${BENCH_PROFILES:-4x16}"
    ROUNDS="${BENCH_ROUNDS:-2}"
    DURATION_S="${BENCH_DURATION_S:-2}"
    WARMUP_S="${BENCH_WARMUP_S:-4}"
else
    PROFILES="${BENCH_PROFILES:-4x16 1x64}"
    ROUNDS="${BENCH_ROUNDS:-5}"
    DURATION_S="${BENCH_DURATION_S:-2}"
    WARMUP_S="${BENCH_WARMUP_S:-10}"
fi
LEGS_WANTED="${BENCH_LEGS:-ceiling grpc-go bare ours}"
SERVER_CPUS="${BENCH_SERVER_CPUS:-0}"
CLIENT_CPUS="${BENCH_CLIENT_CPUS:-1}"
if [[ -z "${BENCH_PIN:-}" ]]; then
    if command -v taskset >/dev/null 2>&1 && (( $(nproc) >= 2 )); then BENCH_PIN=1; else BENCH_PIN=0; fi
fi
for p in $PROFILES; do
    [[ "$p" =~ ^[1-9][0-9]*x[1-9][0-9]*$ ]] || { echo "bad profile '$p' (want CxM, e.g. 4x16)" >&2; exit 2; }
done

HEALTH_PATH=/grpc.health.v1.Health/Check
ALL_LEGS=(ceiling grpc-go bare ours)
declare -A LABEL=([ceiling]="raw Kestrel (ceiling)" [grpc-go]="grpc-go" [ours]="ours")
declare -A STATE    # leg -> ready | n/a | skipped | FAILED
declare -A PORT     # leg -> port
declare -A PID      # leg -> server pid
SERVER_PIDS=()
FAILURES=0
SAMPLES="$RUN_DIR/samples.tsv"    # leg profile round rps p50 p99 n srv% other% client%
: >"$SAMPLES"

log() { printf '[bench] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
fail() { log "$*"; FAILURES=$(( FAILURES + 1 )); }

# ---------------------------------------------------------------------------- cleanup

stop_server() {
    local pid="$1"
    if kill -0 "$pid" 2>/dev/null; then
        kill -TERM "$pid" 2>/dev/null || true
        for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        kill -KILL "$pid" 2>/dev/null || true
    fi
    wait "$pid" 2>/dev/null || true
}
cleanup() {
    local pid
    for pid in "${SERVER_PIDS[@]+"${SERVER_PIDS[@]}"}"; do stop_server "$pid"; done
    SERVER_PIDS=()
    rm -rf "$RUN_DIR"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

pin_server() { if [[ "$BENCH_PIN" == 1 ]]; then echo "taskset -c $SERVER_CPUS"; fi; }
pin_client() { if [[ "$BENCH_PIN" == 1 ]]; then echo "taskset -c $CLIENT_CPUS"; fi; }

# ---------------------------------------------------------------------------- tools and builds

ensure_tools() {
    local missing=()
    command -v h2load >/dev/null 2>&1 || missing+=(nghttp2-client)
    command -v go >/dev/null 2>&1 || missing+=(golang-go)
    [[ -d /usr/share/gocode/src/google.golang.org/grpc/health ]] || missing+=(golang-google-grpc-dev)
    command -v dotnet >/dev/null 2>&1 || die "dotnet is not on PATH"
    (( ${#missing[@]} == 0 )) && return 0
    [[ "${BENCH_NO_INSTALL:-0}" == 1 ]] && die "missing packages: ${missing[*]} (BENCH_NO_INSTALL=1)"
    local sudo=()
    [[ "$(id -u)" == 0 ]] || sudo=(sudo)
    log "installing nghttp2-client golang-go golang-google-grpc-dev (missing: ${missing[*]})"
    "${sudo[@]}" apt-get -o DPkg::Lock::Timeout=300 update -qq >"$RUN_DIR/apt.log" 2>&1 \
        || { tail -20 "$RUN_DIR/apt.log" >&2; die "apt-get update failed"; }
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 \
        install -y -qq nghttp2-client golang-go golang-google-grpc-dev >>"$RUN_DIR/apt.log" 2>&1 \
        || { tail -20 "$RUN_DIR/apt.log" >&2; die "apt-get install failed"; }
}

# The grpc-go server (and the real gRPC client used for checks), built offline from
# Debian's Go packages: no modules, no module proxy.
GRPC_GO_BIN="$BUILD_DIR/grpc-go-health"
build_grpc_go() {
    log "building grpc-go-health (GO111MODULE=off GOPATH=/usr/share/gocode)"
    (cd "$BENCH_DIR/grpc-go-health" &&
        GO111MODULE=off GOPATH=/usr/share/gocode GOFLAGS= GOCACHE="$BUILD_DIR/gocache" \
            go build -o "$GRPC_GO_BIN" .) >"$RUN_DIR/go-build.log" 2>&1 \
        || { cat "$RUN_DIR/go-build.log" >&2; die "go build of grpc-go-health failed"; }
}

# build_dotnet PROJ: dotnet build -c Release of that project only; prints the dll path.
build_dotnet() {
    local proj="$1" name dll
    name="$(basename "$proj" .csproj)"
    log "building $name (Release)"
    dotnet build -c Release --nologo -v quiet "$proj" >"$RUN_DIR/$name-build.log" 2>&1 \
        || { tail -40 "$RUN_DIR/$name-build.log" >&2; return 1; }
    dll="$(dotnet msbuild "$proj" -nologo -getProperty:TargetPath -p:Configuration=Release 2>/dev/null | tail -1)"
    [[ -f "$dll" ]] || { log "cannot find the built dll of $name (got '$dll')"; return 1; }
    printf '%s\n' "$dll"
}

# ---------------------------------------------------------------------------- servers

free_port() {
    if command -v python3 >/dev/null 2>&1; then
        python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
        return
    fi
    local p
    while :; do
        p=$(( 20000 + RANDOM % 40000 ))
        (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }
    done
}

# Readiness = a real gRPC client (grpc-go) gets SERVING from Health/Check. This also
# proves the server speaks gRPC (framing, trailers, grpc-status), which h2load does not check.
wait_ready() {
    local leg="$1" port="$2" pid="$3" deadline=$(( SECONDS + 60 ))
    while (( SECONDS < deadline )); do
        if ! kill -0 "$pid" 2>/dev/null; then
            log "$leg exited before becoming ready; its output:"
            tail -30 "$RUN_DIR/$leg.server.log" >&2
            return 1
        fi
        if "$GRPC_GO_BIN" -check "127.0.0.1:$port" -timeout 2s >"$RUN_DIR/$leg.check" 2>&1; then
            log "$leg ready on 127.0.0.1:$port: a real gRPC client got $(cat "$RUN_DIR/$leg.check")"
            return 0
        fi
        sleep 0.3
    done
    log "$leg not ready within 60 s; last check: $(cat "$RUN_DIR/$leg.check" 2>/dev/null)"
    tail -30 "$RUN_DIR/$leg.server.log" >&2
    return 1
}

# start_leg LEG CMD... : "{PORT}" in CMD is replaced by a free port. The server runs in
# the background, pinned, until the script ends.
start_leg() {
    local leg="$1"; shift
    local port a cmd=()
    port="$(free_port)"
    for a in "$@"; do cmd+=("${a//\{PORT\}/$port}"); done
    log "starting $leg: ${cmd[*]}"
    # A simple command, so $! is the server itself (taskset and exec replace themselves).
    # shellcheck disable=SC2046
    BENCH_PORT="$port" $(pin_server) "${cmd[@]}" </dev/null >"$RUN_DIR/$leg.server.log" 2>&1 &
    PID[$leg]=$!
    PORT[$leg]="$port"
    SERVER_PIDS+=("${PID[$leg]}")
    if wait_ready "$leg" "$port" "${PID[$leg]}"; then
        STATE[$leg]=ready
    else
        STATE[$leg]=FAILED; fail "$leg did not start"
        stop_server "${PID[$leg]}"
    fi
}

# ---------------------------------------------------------------------------- load

REQ_FILE="$RUN_DIR/health-check-request.bin"
# One gRPC message frame holding an empty HealthCheckRequest{}: flag 0, length 0.
printf '\x00\x00\x00\x00\x00' >"$REQ_FILE"

# run_h2load PORT CONNS STREAMS SECONDS OUT [LOGFILE]
run_h2load() {
    local port="$1" c="$2" m="$3" secs="$4" out="$5" logfile="${6:-}"
    local args=(-t 1 -c "$c" -m "$m" -D "$secs" --data="$REQ_FILE"
        -H 'content-type: application/grpc' -H 'te: trailers')
    [[ -n "$logfile" ]] && args+=(--log-file="$logfile")
    # shellcheck disable=SC2046
    $(pin_client) h2load "${args[@]}" "http://127.0.0.1:$port$HEALTH_PATH" >"$out" 2>&1
}

# check_h2load OUT: nothing failed, errored or timed out, and no 3xx/4xx/5xx.
check_h2load() {
    local out="$1" line codes failed errored timeout non2xx
    line="$(grep -E '^requests:' "$out" || true)"
    codes="$(grep -E '^status codes:' "$out" || true)"
    [[ -n "$line" && -n "$codes" ]] || { log "h2load printed no summary:"; tail -20 "$out" >&2; return 1; }
    failed="$(sed -E 's/.* ([0-9]+) failed.*/\1/' <<<"$line")"
    errored="$(sed -E 's/.* ([0-9]+) errored.*/\1/' <<<"$line")"
    timeout="$(sed -E 's/.* ([0-9]+) timeout.*/\1/' <<<"$line")"
    non2xx="$(awk '{ print $5 + $7 + $9 }' <<<"$codes")"
    if (( failed + errored + timeout + non2xx > 0 )); then
        log "h2load reported problems: $line; $codes"
        return 1
    fi
}

# stats OUT LOGFILE -> "rps p50_ms p99_ms n bad"
# req/s is h2load's own "finished in ..., X req/s" figure. Percentiles come from the
# per-request log (3rd column: microseconds from request start to end of response),
# nearest-rank. Status 0 rows are streams still open when the measured period ended;
# they are left out. Any other non-2xx row counts as bad.
stats() {
    local out="$1" logfile="$2" rps
    rps="$(sed -nE 's/^finished in [^,]+, ([0-9.]+) req\/s.*/\1/p' "$out")"
    awk -F'\t' '$2 != 0 { print $2 "\t" $3 }' "$logfile" | sort -t$'\t' -k2,2n |
        awk -F'\t' -v rps="${rps:-0}" '
            { d[NR] = $2; if ($1 < 200 || $1 > 299) bad++ }
            END {
                n = NR
                if (n == 0) { printf "%s - - 0 0\n", rps; exit }
                i50 = int(n * 0.50); if (i50 < n * 0.50) i50++
                i99 = int(n * 0.99); if (i99 < n * 0.99) i99++
                printf "%s %.3f %.3f %d %d\n", rps, d[i50] / 1000, d[i99] / 1000, n, bad + 0
            }'
}

# CPU accounting while h2load measures (only when pinned to single CPUs):
# srv%    share of the server CPU used by the measured server process (all its threads);
# other%  share of the server CPU used by anything else (other processes, interrupts,
#         steal): the server is the bottleneck, so this is what skews its figures;
# client% share of the h2load CPU that was busy (h2load plus whatever else ran there).
# A fair measurement shows srv% near 100, other% near 0 and client% well below 100.
# cpu_sample PID -> "busy total proc cbusy ctotal" in clock ticks (or dashes)
cpu_sample() {
    local pid="$1" busy total proc cbusy ctotal
    if [[ "$BENCH_PIN" != 1 || ! "$SERVER_CPUS" =~ ^[0-9]+$ || ! "$CLIENT_CPUS" =~ ^[0-9]+$ ]]; then
        echo "- - - - -"; return
    fi
    read -r busy total cbusy ctotal < <(awk -v s="cpu$SERVER_CPUS" -v c="cpu$CLIENT_CPUS" '
        $1 == s || $1 == c { b = $2 + $3 + $4 + $7 + $8 + $9; v[$1] = b " " (b + $5 + $6) }
        END { print v[s], v[c] }' /proc/stat)
    # after "pid (comm) " the 12th and 13th fields are utime and stime, all threads included
    proc="$(sed -E 's/^.*\) //' "/proc/$pid/stat" 2>/dev/null | awk '{ print $12 + $13 }')"
    echo "$busy $total ${proc:--} $cbusy $ctotal"
}
cpu_share() {    # cpu_share BEFORE AFTER -> "srv% other% client%"
    awk -v a="$1" -v b="$2" 'BEGIN {
        split(a, x, " "); split(b, y, " ")
        if (x[1] == "-" || x[3] == "-" || y[3] == "-" || y[2] - x[2] <= 0 || y[5] - x[5] <= 0) {
            print "- - -"; exit }
        t = y[2] - x[2]; s = y[3] - x[3]; o = (y[1] - x[1]) - s; if (o < 0) o = 0
        printf "%.0f %.0f %.0f\n", 100 * s / t, 100 * o / t, 100 * (y[4] - x[4]) / (y[5] - x[5])
    }'
}

# measure LEG PROFILE ROUND: one measured h2load run, appended to $SAMPLES.
measure() {
    local leg="$1" p="$2" round="$3"
    local c="${p%x*}" m="${p#*x}" pid="${PID[$leg]}"
    local out="$RUN_DIR/$leg.$p.$round.out" lf="$RUN_DIR/$leg.$p.$round.tsv" before r rps p50 p99 n bad
    log "round $round/$ROUNDS, $p: $leg"
    before="$(cpu_sample "$pid")"
    if run_h2load "${PORT[$leg]}" "$c" "$m" "$DURATION_S" "$out" "$lf" && check_h2load "$out"; then
        r="$(stats "$out" "$lf")"
        read -r rps p50 p99 n bad <<<"$r"
        if (( n == 0 || bad > 0 )); then
            STATE[$leg]=FAILED; fail "$leg: $n requests logged, $bad non-2xx"
        else
            printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$leg" "$p" "$round" "$rps" "$p50" "$p99" "$n" \
                "$(cpu_share "$before" "$(cpu_sample "$pid")" | tr ' ' '\t')" >>"$SAMPLES"
        fi
    else
        tail -15 "$out" >&2 || true
        STATE[$leg]=FAILED; fail "$leg: h2load run failed ($p, round $round)"
    fi
    rm -f "$lf"
    if ! kill -0 "$pid" 2>/dev/null; then
        STATE[$leg]=FAILED; fail "$leg: server died"; tail -20 "$RUN_DIR/$leg.server.log" >&2
    fi
}

# ---------------------------------------------------------------------------- main

ensure_tools
build_grpc_go

# All servers are built and started first, then stay up (idle when not measured) so
# that each round measures them back to back: slow phases of a shared or virtual
# machine then hit every server alike instead of whichever happened to run then.
for leg in "${ALL_LEGS[@]}"; do
    if [[ " $LEGS_WANTED " != *" $leg "* ]]; then STATE[$leg]=skipped; continue; fi
    case "$leg" in
    ceiling)
        if dll="$(build_dotnet "$BENCH_DIR/RawKestrelCeiling/RawKestrelCeiling.csproj")"; then
            start_leg ceiling dotnet "$dll" --urls 'http://127.0.0.1:{PORT}'
        else
            STATE[$leg]=FAILED; fail "ceiling did not build"
        fi
        ;;
    grpc-go)
        start_leg grpc-go "$GRPC_GO_BIN" -port '{PORT}'
        ;;
    bare)
        if dll="$(build_dotnet "$BENCH_DIR/BareGrpcHealth/BareGrpcHealth.csproj")"; then
            start_leg bare dotnet "$dll" '--Listen:Port={PORT}' --Logging:LogLevel:Default=Warning
        else
            STATE[$leg]=FAILED; fail "bare (BareGrpcHealth) did not build"
        fi
        ;;
    ours)
        if [[ -n "${BENCH_OURS_CMD:-}" ]]; then
            start_leg ours bash -c "exec ${BENCH_OURS_CMD}"
        elif [[ -f "$BENCH_DIR/ServiceHostBench/ServiceHostBench.csproj" ]]; then
            if dll="$(build_dotnet "$BENCH_DIR/ServiceHostBench/ServiceHostBench.csproj")"; then
                # Development: the host trusts the development key, as a local run does (outside
                # Development a host without configured signing keys refuses to start).
                start_leg ours dotnet "$dll" '--Listen:Port={PORT}' --environment=Development \
                    --Logging:LogLevel:Default=Warning
            else
                STATE[$leg]=FAILED; fail "ours (ServiceHostBench) did not build"
            fi
        else
            log "ours: no tests/benchmarks/ServiceHostBench/ServiceHostBench.csproj and no BENCH_OURS_CMD"
            STATE[$leg]=n/a
        fi
        ;;
    esac
done

READY=()
for leg in "${ALL_LEGS[@]}"; do [[ "${STATE[$leg]}" == ready ]] && READY+=("$leg"); done

FIRST_PROFILE="${PROFILES%% *}"
for leg in "${READY[@]+"${READY[@]}"}"; do
    log "warm-up ${WARMUP_S}s at $FIRST_PROFILE: $leg"
    run_h2load "${PORT[$leg]}" "${FIRST_PROFILE%x*}" "${FIRST_PROFILE#*x}" "$WARMUP_S" \
        "$RUN_DIR/$leg.warmup.out" || true
done

for (( round = 1; round <= ROUNDS; round++ )); do
    for p in $PROFILES; do
        # rotate the order each round so no server is always first or last
        n=${#READY[@]}
        for (( i = 0; i < n; i++ )); do
            leg="${READY[$(( (i + round - 1) % n ))]}"
            [[ "${STATE[$leg]}" == ready ]] && measure "$leg" "$p" "$round"
        done
    done
done

for leg in "${READY[@]+"${READY[@]}"}"; do stop_server "${PID[$leg]}"; done

# ---------------------------------------------------------------------------- report

[[ -n "${BENCH_RESULTS_TSV:-}" ]] && cat "$SAMPLES" >>"$BENCH_RESULTS_TSV"

echo
echo "Health/Check unary via h2load $(h2load --version 2>/dev/null | awk '{print $2}'): $ROUNDS round(s) x ${DURATION_S}s per server and profile, after ${WARMUP_S}s warm-up"
if [[ "$BENCH_PIN" == 1 ]]; then
    echo "servers pinned to CPU $SERVER_CPUS, h2load (1 thread) to CPU $CLIENT_CPUS, $(nproc) CPUs"
else
    echo "no CPU pinning, $(nproc) CPUs"
fi
for p in $PROFILES; do
    c="${p%x*}"; m="${p#*x}"
    echo
    echo "profile $p: $c connection(s) x $m streams = $(( c * m )) requests in flight"
    states=""
    for leg in "${ALL_LEGS[@]}"; do states+="$leg=${STATE[$leg]} "; done
    awk -F'\t' -v p="$p" -v states="$states" -v rounds="$ROUNDS" '
        function median(s,    v, k, i, j, t) {      # s: space-separated numbers
            k = split(s, v, " "); if (k == 0) return "-"
            for (i = 2; i <= k; i++) for (j = i; j > 1 && v[j-1] + 0 > v[j] + 0; j--) {
                t = v[j]; v[j] = v[j-1]; v[j-1] = t }
            return k % 2 ? v[(k+1)/2] : (v[k/2] + v[k/2+1]) / 2
        }
        function minmax(s,    v, k, i, lo, hi) {
            k = split(s, v, " "); lo = hi = v[1]
            for (i = 2; i <= k; i++) { if (v[i] + 0 < lo + 0) lo = v[i]; if (v[i] + 0 > hi + 0) hi = v[i] }
            return sprintf("%.0f-%.0f", lo, hi)
        }
        $2 == p {
            rps[$1] = rps[$1] " " $4; p50[$1] = p50[$1] " " $5; p99[$1] = p99[$1] " " $6
            n[$1] += $7; srv[$1] = srv[$1] " " $8; oth[$1] = oth[$1] " " $9; cli[$1] = cli[$1] " " $10
            by[$1, $3] = $4
        }
        END {
            split(states, st, " "); for (i in st) { split(st[i], kv, "="); state[kv[1]] = kv[2] }
            label["ceiling"] = "raw Kestrel (ceiling)"; label["grpc-go"] = "grpc-go"; label["bare"] = "bare Grpc.AspNetCore"; label["ours"] = "ours"
            printf "%-22s %9s %14s %7s %7s %9s  %s\n", "server", "req/s", "req/s min-max", "p50 ms", "p99 ms", "requests", "cpu% srv/other/client"
            split("ceiling grpc-go bare ours", legs, " ")
            for (i = 1; i <= 4; i++) {
                l = legs[i]
                if (rps[l] == "") {
                    s = state[l] == "n/a" ? "not available" : state[l]
                    printf "%-22s %9s\n", label[l], s; continue
                }
                printf "%-22s %9.0f %14s %7.3f %7.3f %9d  %s\n", label[l], median(rps[l]), minmax(rps[l]),
                    median(p50[l]), median(p99[l]), n[l],
                    (srv[l] ~ /-/ ? "-" : sprintf("%.0f/%.0f/%.0f", median(srv[l]), median(oth[l]), median(cli[l])))
            }
            if (rps["ours"] == "" || state["ours"] != "ready") {
                printf "ratios (req/s): skipped, ours is %s\n", state["ours"] == "n/a" ? "not available" : state["ours"]; exit
            }
            line = "ratios (req/s, median of per-round ratios):"
            split("ceiling grpc-go bare", bases, " ")
            for (b = 1; b <= 3; b++) {
                r = ""
                for (k = 1; k <= rounds; k++)
                    if (by["ours", k] != "" && by[bases[b], k] > 0) r = r " " by["ours", k] / by[bases[b], k]
                line = line sprintf("  ours/%s = %s", bases[b], r == "" ? "-" : sprintf("%.2f", median(r)))
            }
            print line
            print "target: ours/bare at least 0.90 (what the platform host adds beside Grpc.AspNetCore)"
        }' "$SAMPLES"
done
echo

if (( FAILURES > 0 )); then
    log "$FAILURES problem(s) above: some figures are missing or invalid"
    exit 1
fi
