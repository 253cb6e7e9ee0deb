#!/usr/bin/env bash
# Self-test of the Python interop scripts: interop_client.py against
# interop_server.py (both on Debian's python3-grpcio), every case in its own
# client process, plaintext and (if openssl is available) TLS.
#
# Needs: apt-get install -y python3-grpcio python3-grpc-tools
# Usage: tests/Interop/python/selftest.sh
# Ends with the line "N passed, N failed"; exit status 0 only if none failed.
set -u
cd "$(dirname "$0")"
PY=/usr/bin/python3

CASES="empty_unary large_unary client_compressed_unary server_compressed_unary
client_streaming server_streaming server_compressed_streaming ping_pong
empty_stream custom_metadata status_code_and_message special_status_message
unimplemented_method unimplemented_service cancel_after_begin
cancel_after_first_response timeout_on_sleeping_server half_duplex
health_check health_check_unknown reflection_list reflection_describe"
SERVICES=grpc.testing.TestService,grpc.health.v1.Health,grpc.reflection.v1alpha.ServerReflection,grpc.reflection.v1.ServerReflection

TMP=$(mktemp -d)
SERVER_PID=""
cleanup() {
  if [ -n "$SERVER_PID" ]; then kill -TERM "$SERVER_PID" 2>/dev/null; wait "$SERVER_PID" 2>/dev/null; fi
  rm -rf "$TMP"
}
trap cleanup EXIT

# Generate the stubs once, up front (client and server would otherwise both do it).
$PY interop_gen.py >/dev/null || { echo "stub generation failed"; exit 1; }

passed=0
failed=0

start_server() {  # args: extra server arguments
  : > "$TMP/server.out"
  $PY interop_server.py --port 0 "$@" > "$TMP/server.out" 2> "$TMP/server.err" &
  SERVER_PID=$!
  for _ in $(seq 1 100); do
    PORT=$(awk '/^LISTENING /{print $2}' "$TMP/server.out")
    [ -n "$PORT" ] && return 0
    kill -0 "$SERVER_PID" 2>/dev/null || break
    sleep 0.1
  done
  echo "server did not start:"; cat "$TMP/server.err"; exit 1
}

stop_server() {
  kill -TERM "$SERVER_PID"
  if wait "$SERVER_PID"; then
    echo "ok: server exited cleanly on SIGTERM"; passed=$((passed + 1))
  else
    echo "FAIL: server exit status $? on SIGTERM"; failed=$((failed + 1))
  fi
  SERVER_PID=""
}

run_case() {  # args: label case extra-client-args...
  local label=$1 case=$2; shift 2
  local extra=()
  # The Python server cannot check expect_compressed (grpcio does not expose a
  # request's compression to servicers), so the probe is tolerated here.
  [ "$case" = client_compressed_unary ] && extra+=(--strict_compression_probe false)
  if timeout 120 $PY interop_client.py --port "$PORT" --test_case "$case" \
       --expect_services "$SERVICES" "${extra[@]}" "$@" > "$TMP/client.log" 2>&1; then
    echo "ok: [$label] $case"; passed=$((passed + 1))
  else
    echo "FAIL: [$label] $case"; sed 's/^/    /' "$TMP/client.log"; failed=$((failed + 1))
  fi
}

# --- plaintext ---
start_server
for c in $CASES; do run_case plaintext "$c"; done
# The strict probe must notice that this server does not check expect_compressed.
if timeout 60 $PY interop_client.py --port "$PORT" --test_case client_compressed_unary > "$TMP/client.log" 2>&1; then
  echo "FAIL: [plaintext] strict client_compressed_unary passed against a server that cannot check"
  failed=$((failed + 1))
else
  echo "ok: [plaintext] strict client_compressed_unary rejects a server that does not check expect_compressed"
  passed=$((passed + 1))
fi
stop_server

# --- TLS (self-signed certificate made here) ---
if command -v openssl >/dev/null; then
  openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj "/CN=localhost" \
    -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
    -keyout "$TMP/key.pem" -out "$TMP/cert.pem" >/dev/null 2>&1
  start_server --use_tls true --cert_file "$TMP/cert.pem" --key_file "$TMP/key.pem"
  for c in empty_unary large_unary server_compressed_unary ping_pong custom_metadata \
           special_status_message cancel_after_first_response health_check reflection_list; do
    run_case tls "$c" --use_tls true --ca_file "$TMP/cert.pem" --server_host_override localhost
  done
  stop_server
else
  echo "skip: TLS (no openssl)"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
