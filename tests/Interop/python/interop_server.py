#!/usr/bin/python3
"""gRPC interop test server built on Debian's python3-grpcio.

Serves grpc.testing.TestService following the public gRPC interop test
descriptions (server features), plus grpc.health.v1.Health and gRPC server
reflection (v1alpha and v1) when the repository provides those protos.

Usage:
    /usr/bin/python3 interop_server.py --port 0 [--bind_host 127.0.0.1]
                                        [--use_tls true --cert_file F --key_file F]

Prints exactly one line "LISTENING <port>" on stdout once it accepts calls
(with --port 0 a free port is chosen). Stops cleanly on SIGTERM / SIGINT.
Diagnostics go to stderr.

Known limit of grpcio's Python API: a servicer can see neither the request's
grpc-encoding header nor the per-message compressed flag, so the
CompressedRequest feature (expect_compressed) cannot be checked: requests with
expect_compressed=true are accepted whether compressed or not.
Health and reflection here are this project's own small implementations on top
of grpcio (Debian ships no grpcio-health-checking / grpcio-reflection).
"""

import argparse
import signal
import sys
import threading
import time
from concurrent import futures

import grpc

import interop_gen

PB = interop_gen.load()
messages_pb2 = PB.messages_pb2
empty_pb2 = PB.empty_pb2
test_pb2_grpc = PB.test_pb2_grpc

ECHO_INITIAL_KEY = "x-grpc-test-echo-initial"
ECHO_TRAILING_KEY = "x-grpc-test-echo-trailing-bin"
SERVER_ID = "python-grpcio-interop-server"

_CODE_BY_NUMBER = {c.value[0]: c for c in grpc.StatusCode}


def log(msg):
    print("[interop_server] " + msg, file=sys.stderr, flush=True)


def _parse_bool(s):
    v = s.strip().lower()
    if v in ("true", "1", "yes", "on"):
        return True
    if v in ("false", "0", "no", "off"):
        return False
    raise argparse.ArgumentTypeError("expected true/false, got %r" % s)


def _echo_metadata(context):
    """Echo Metadata feature: initial key back as initial metadata, trailing
    key back as trailing metadata."""
    initial = []
    trailing = []
    for md in context.invocation_metadata():
        if md.key == ECHO_INITIAL_KEY:
            initial.append((md.key, md.value))
        elif md.key == ECHO_TRAILING_KEY:
            trailing.append((md.key, md.value))
    if initial:
        context.send_initial_metadata(tuple(initial))
    if trailing:
        context.set_trailing_metadata(tuple(trailing))


def _maybe_echo_status(request, context):
    """Echo Status feature: finish the call with the requested status."""
    if request.HasField("response_status") and request.response_status.code != 0:
        st = request.response_status
        code = _CODE_BY_NUMBER.get(st.code, grpc.StatusCode.UNKNOWN)
        context.abort(code, st.message)  # raises


def _payload(size, context):
    if size < 0:
        context.abort(grpc.StatusCode.INVALID_ARGUMENT, "negative payload size %d" % size)
    return messages_pb2.Payload(type=messages_pb2.COMPRESSABLE, body=b"\0" * size)


def _check_response_type(request, context):
    if request.response_type != messages_pb2.COMPRESSABLE:
        context.abort(grpc.StatusCode.INVALID_ARGUMENT,
                      "unsupported response_type %d" % request.response_type)


def _sleep_us(interval_us, context):
    deadline = time.monotonic() + interval_us / 1e6
    while context.is_active():
        left = deadline - time.monotonic()
        if left <= 0:
            return True
        time.sleep(min(left, 0.05))
    return False


class TestService(test_pb2_grpc.TestServiceServicer):
    def EmptyCall(self, request, context):
        _echo_metadata(context)
        return empty_pb2.Empty()

    def UnaryCall(self, request, context):
        _echo_metadata(context)
        _maybe_echo_status(request, context)
        _check_response_type(request, context)
        # expect_compressed: not checkable with grpcio's Python API (see module doc).
        if request.HasField("response_compressed"):
            context.set_compression(grpc.Compression.Gzip if request.response_compressed.value
                                    else grpc.Compression.NoCompression)
        resp = messages_pb2.SimpleResponse(payload=_payload(request.response_size, context))
        if request.fill_server_id:
            resp.server_id = SERVER_ID
        return resp

    def CacheableUnaryCall(self, request, context):
        context.send_initial_metadata((("cache-control", "max-age=60, public"),))
        body = str(time.time_ns()).encode("ascii")
        return messages_pb2.SimpleResponse(
            payload=messages_pb2.Payload(type=messages_pb2.COMPRESSABLE, body=body))

    @staticmethod
    def _stream_responses(params, context, compression_set):
        for rp in params:
            if rp.interval_us > 0 and not _sleep_us(rp.interval_us, context):
                return
            if rp.HasField("compressed"):
                if rp.compressed.value:
                    if not compression_set[0]:
                        context.set_compression(grpc.Compression.Gzip)
                        compression_set[0] = True
                elif compression_set[0]:
                    context.disable_next_message_compression()
            yield messages_pb2.StreamingOutputCallResponse(payload=_payload(rp.size, context))

    @staticmethod
    def _wants_compression(params):
        return any(rp.HasField("compressed") and rp.compressed.value for rp in params)

    def StreamingOutputCall(self, request, context):
        _echo_metadata(context)
        _check_response_type(request, context)
        compression_set = [False]
        if self._wants_compression(request.response_parameters):
            context.set_compression(grpc.Compression.Gzip)
            compression_set[0] = True
        yield from self._stream_responses(request.response_parameters, context, compression_set)
        _maybe_echo_status(request, context)

    def StreamingInputCall(self, request_iterator, context):
        _echo_metadata(context)
        total = 0
        for req in request_iterator:
            # expect_compressed: not checkable with grpcio's Python API (see module doc).
            total += len(req.payload.body)
        return messages_pb2.StreamingInputCallResponse(aggregated_payload_size=total)

    def FullDuplexCall(self, request_iterator, context):
        _echo_metadata(context)
        compression_set = [False]
        for req in request_iterator:
            _maybe_echo_status(req, context)
            _check_response_type(req, context)
            if not compression_set[0] and self._wants_compression(req.response_parameters):
                context.set_compression(grpc.Compression.Gzip)
                compression_set[0] = True
            yield from self._stream_responses(req.response_parameters, context, compression_set)

    def HalfDuplexCall(self, request_iterator, context):
        _echo_metadata(context)
        reqs = list(request_iterator)
        compression_set = [False]
        for req in reqs:
            _maybe_echo_status(req, context)
            _check_response_type(req, context)
        if any(self._wants_compression(r.response_parameters) for r in reqs):
            context.set_compression(grpc.Compression.Gzip)
            compression_set[0] = True
        for req in reqs:
            yield from self._stream_responses(req.response_parameters, context, compression_set)

    # UnimplementedCall is deliberately not overridden: the generated base
    # class answers UNIMPLEMENTED.


class HealthService:
    """grpc.health.v1.Health: every registered service and "" are SERVING."""

    def __init__(self, health_pb2, services):
        self._pb = health_pb2
        self._services = set(services) | {""}

    def Check(self, request, context):
        if request.service not in self._services:
            context.abort(grpc.StatusCode.NOT_FOUND, "unknown service %r" % request.service)
        return self._pb.HealthCheckResponse(status=self._pb.HealthCheckResponse.SERVING)

    def Watch(self, request, context):
        status = (self._pb.HealthCheckResponse.SERVING if request.service in self._services
                  else self._pb.HealthCheckResponse.SERVICE_UNKNOWN)
        yield self._pb.HealthCheckResponse(status=status)
        done = threading.Event()
        context.add_callback(done.set)
        while context.is_active() and not done.wait(0.5):
            pass


class ReflectionService:
    """gRPC server reflection (same shape for v1alpha and v1), answering from
    the protobuf default descriptor pool."""

    def __init__(self, refl_pb2, services):
        self._pb = refl_pb2
        self._services = sorted(services)
        from google.protobuf import descriptor_pool
        self._pool = descriptor_pool.Default()

    def _files_with_deps(self, fd):
        out, seen, stack = [], set(), [fd]
        while stack:
            f = stack.pop()
            if f.name in seen:
                continue
            seen.add(f.name)
            out.append(f.serialized_pb)
            stack.extend(f.dependencies)
        return out

    def _error(self, code, msg):
        return dict(error_response=self._pb.ErrorResponse(error_code=code.value[0], error_message=msg))

    def _answer(self, req):
        kind = req.WhichOneof("message_request")
        if kind == "list_services":
            return dict(list_services_response=self._pb.ListServiceResponse(
                service=[self._pb.ServiceResponse(name=s) for s in self._services]))
        if kind in ("file_by_filename", "file_containing_symbol"):
            try:
                if kind == "file_by_filename":
                    fd = self._pool.FindFileByName(req.file_by_filename)
                else:
                    fd = self._pool.FindFileContainingSymbol(req.file_containing_symbol)
            except KeyError:
                return self._error(grpc.StatusCode.NOT_FOUND, "not found")
            return dict(file_descriptor_response=self._pb.FileDescriptorResponse(
                file_descriptor_proto=self._files_with_deps(fd)))
        if kind in ("file_containing_extension", "all_extension_numbers_of_type"):
            return self._error(grpc.StatusCode.NOT_FOUND, "no extensions known")
        return self._error(grpc.StatusCode.UNIMPLEMENTED, "unsupported request %s" % kind)

    def ServerReflectionInfo(self, request_iterator, context):
        for req in request_iterator:
            yield self._pb.ServerReflectionResponse(valid_host=req.host, original_request=req,
                                                    **self._answer(req))


def _add_generic(server, pb2_grpc, service_cls_name, impl):
    adder = getattr(pb2_grpc, "add_%sServicer_to_server" % service_cls_name)
    adder(impl, server)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--port", type=int, required=True, help="port to listen on, 0 = any free port")
    ap.add_argument("--bind_host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    ap.add_argument("--use_tls", type=_parse_bool, default=False)
    ap.add_argument("--cert_file", help="PEM certificate chain (with --use_tls true)")
    ap.add_argument("--key_file", help="PEM private key (with --use_tls true)")
    ap.add_argument("--max_workers", type=int, default=32)
    args = ap.parse_args(argv)

    server = grpc.server(futures.ThreadPoolExecutor(max_workers=args.max_workers),
                         maximum_concurrent_rpcs=None)
    served = ["grpc.testing.TestService"]
    test_pb2_grpc.add_TestServiceServicer_to_server(TestService(), server)

    if PB.reflection_v1alpha_pb2_grpc is not None:
        served.append("grpc.reflection.v1alpha.ServerReflection")
    if PB.reflection_v1_pb2_grpc is not None:
        served.append("grpc.reflection.v1.ServerReflection")
    if PB.health_pb2_grpc is not None:
        served.append("grpc.health.v1.Health")
        _add_generic(server, PB.health_pb2_grpc, "Health", HealthService(PB.health_pb2, served))
    else:
        log("health.proto not found in the repository: health service not served")
    if PB.reflection_v1alpha_pb2_grpc is not None:
        _add_generic(server, PB.reflection_v1alpha_pb2_grpc, "ServerReflection",
                     ReflectionService(PB.reflection_v1alpha_pb2, served))
    else:
        log("v1alpha reflection proto not found: v1alpha reflection not served")
    if PB.reflection_v1_pb2_grpc is not None:
        _add_generic(server, PB.reflection_v1_pb2_grpc, "ServerReflection",
                     ReflectionService(PB.reflection_v1_pb2, served))
    else:
        log("v1 reflection proto not found: v1 reflection not served")

    addr = "%s:%d" % (args.bind_host if ":" not in args.bind_host else "[%s]" % args.bind_host, args.port)
    if args.use_tls:
        if not (args.cert_file and args.key_file):
            ap.error("--use_tls true needs --cert_file and --key_file")
        with open(args.key_file, "rb") as f:
            key = f.read()
        with open(args.cert_file, "rb") as f:
            cert = f.read()
        port = server.add_secure_port(addr, grpc.ssl_server_credentials([(key, cert)]))
    else:
        port = server.add_insecure_port(addr)
    if port == 0:
        log("could not bind %s" % addr)
        return 1

    stop = threading.Event()

    def on_signal(signum, _frame):
        log("signal %d: stopping" % signum)
        stop.set()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)

    server.start()
    log("serving %s on %s (tls=%s)" % (", ".join(served), "%s:%d" % (args.bind_host, port), args.use_tls))
    print("LISTENING %d" % port, flush=True)
    while not stop.wait(0.5):
        pass
    server.stop(grace=1.0).wait(5)
    log("stopped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
