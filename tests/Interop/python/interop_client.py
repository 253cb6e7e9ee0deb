#!/usr/bin/python3
"""gRPC interop test client built on Debian's python3-grpcio.

Runs one interop test case (from the public gRPC interop test descriptions,
plus a few project extras) against a server:

    /usr/bin/python3 interop_client.py --host 127.0.0.1 --port N --test_case NAME
        [--use_tls false] [--ca_file F] [--server_host_override NAME]
        [--expect_services a,b,c] [--reflection_versions v1alpha,v1]
        [--strict_compression_probe true] [--rpc_timeout_s 30]

--server_host / --server_port are accepted as aliases of --host / --port.
--test_case accepts a comma-separated list, or "all" (every standard case).
Exit status 0 = every case passed; 1 = a case failed (reason on stderr);
2 = bad usage.
"""

import argparse
import queue
import socket
import sys
import threading
import time

import grpc

import interop_gen

PB = interop_gen.load()
messages_pb2 = PB.messages_pb2
empty_pb2 = PB.empty_pb2
test_pb2_grpc = PB.test_pb2_grpc

ECHO_INITIAL_KEY = "x-grpc-test-echo-initial"
ECHO_INITIAL_VALUE = "test_initial_metadata_value"
ECHO_TRAILING_KEY = "x-grpc-test-echo-trailing-bin"
ECHO_TRAILING_VALUE = b"\xab\xab\xab"
SPECIAL_STATUS_MESSAGE = "\t\ntest with whitespace\r\nand Unicode BMP \u263a and non-BMP \U0001f608\t\n"


class TestFailure(Exception):
    pass


def check(cond, msg):
    if not cond:
        raise TestFailure(msg)


def log(msg):
    print(msg, flush=True)


def zeros(n):
    return messages_pb2.Payload(type=messages_pb2.COMPRESSABLE, body=b"\0" * n)


def check_payload(payload, size, what="response payload"):
    check(payload.type == messages_pb2.COMPRESSABLE, "%s type is %d, expected COMPRESSABLE" % (what, payload.type))
    check(len(payload.body) == size, "%s body is %d bytes, expected %d" % (what, len(payload.body), size))
    check(payload.body == b"\0" * size, "%s body is not all zeros" % what)


def expect_rpc_error(fn, code, message=None, what="call"):
    try:
        fn()
    except grpc.RpcError as e:
        got = e.code()
        check(got == code, "%s: expected status %s, got %s (%r)" % (what, code, got, e.details()))
        if message is not None:
            check(e.details() == message,
                  "%s: expected status message %r, got %r" % (what, message, e.details()))
        return e
    raise TestFailure("%s: expected status %s, but the call succeeded" % (what, code))


class RequestQueue:
    """A request iterator fed by the test, for client/bidi streaming calls."""

    _END = object()

    def __init__(self):
        self._q = queue.Queue()

    def put(self, msg):
        self._q.put(msg)

    def close(self):
        self._q.put(self._END)

    def __iter__(self):
        return self

    def __next__(self):
        item = self._q.get()
        if item is self._END:
            # Keep ending the iteration if called again.
            self._q.put(self._END)
            raise StopIteration
        return item


def md_values(md, key):
    return [m.value for m in (md or ()) if m.key == key]


class ByteCountingRelay:
    """A loopback TCP relay between the client and the server that counts the
    bytes going each way. grpcio's Python API does not expose whether a
    received message had the compressed flag set, so the compression cases
    observe it on the wire instead: 314159 zero bytes sent compressed take a
    few hundred bytes, sent uncompressed at least 314159."""

    def __init__(self, host, port):
        self._target = (host, port)
        self._lock = threading.Lock()
        self.up = 0
        self.down = 0
        self._socks = []
        self._ls = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._ls.bind(("127.0.0.1", 0))
        self._ls.listen(8)
        self.port = self._ls.getsockname()[1]
        self._closed = False
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self):
        while not self._closed:
            try:
                c, _ = self._ls.accept()
            except OSError:
                return
            try:
                s = socket.create_connection(self._target, timeout=10)
                s.settimeout(None)
            except OSError:
                c.close()
                continue
            self._socks += [c, s]
            threading.Thread(target=self._pump, args=(c, s, "up"), daemon=True).start()
            threading.Thread(target=self._pump, args=(s, c, "down"), daemon=True).start()

    def _pump(self, src, dst, attr):
        try:
            while True:
                data = src.recv(65536)
                if not data:
                    break
                with self._lock:
                    setattr(self, attr, getattr(self, attr) + len(data))
                dst.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (src, dst):
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    def snapshot(self):
        with self._lock:
            return self.up, self.down

    def close(self):
        self._closed = True
        self._ls.close()
        for sock in self._socks:
            try:
                sock.close()
            except OSError:
                pass


class Client:
    def __init__(self, args, channel):
        self.args = args
        self.channel = channel
        self.stub = test_pb2_grpc.TestServiceStub(channel)
        self.timeout = args.rpc_timeout_s

    # ---- standard interop cases -------------------------------------------------

    def empty_unary(self):
        resp = self.stub.EmptyCall(empty_pb2.Empty(), timeout=self.timeout)
        check(resp is not None and isinstance(resp, empty_pb2.Empty), "response is not an Empty")

    def large_unary(self):
        req = messages_pb2.SimpleRequest(response_type=messages_pb2.COMPRESSABLE,
                                         response_size=314159, payload=zeros(271828))
        resp = self.stub.UnaryCall(req, timeout=self.timeout)
        check_payload(resp.payload, 314159)

    def client_compressed_unary(self):
        def req(expect):
            return messages_pb2.SimpleRequest(
                response_type=messages_pb2.COMPRESSABLE, response_size=314159, payload=zeros(271828),
                expect_compressed=messages_pb2.BoolValue(value=expect))

        # 1. Feature probe: uncompressed request claiming to be compressed.
        if self.args.strict_compression_probe:
            expect_rpc_error(lambda: self.stub.UnaryCall(req(True), timeout=self.timeout),
                             grpc.StatusCode.INVALID_ARGUMENT,
                             what="probe (uncompressed request with expect_compressed=true)")
        else:
            try:
                self.stub.UnaryCall(req(True), timeout=self.timeout)
                log("NOTE: probe succeeded: server does not check expect_compressed "
                    "(accepted because --strict_compression_probe false)")
            except grpc.RpcError as e:
                check(e.code() == grpc.StatusCode.INVALID_ARGUMENT,
                      "probe: expected INVALID_ARGUMENT or OK, got %s (%r)" % (e.code(), e.details()))
        # 2. Compressed request, expect_compressed=true.
        stub, relay = self._measured()
        try:
            before = relay.snapshot() if relay else None
            resp = stub.UnaryCall(req(True), timeout=self.timeout, compression=grpc.Compression.Gzip)
            check_payload(resp.payload, 314159, "compressed call: response payload")
            if relay:
                up = relay.snapshot()[0] - before[0]
                check(up < 271828 // 4, "compressed call: %d bytes sent, grpcio did not compress" % up)
        finally:
            self._close_measured(relay)
        # 3. Uncompressed request, expect_compressed=false.
        resp = self.stub.UnaryCall(req(False), timeout=self.timeout,
                                   compression=grpc.Compression.NoCompression)
        check_payload(resp.payload, 314159, "uncompressed call: response payload")

    def _measured(self):
        """Returns (stub, relay) going through a ByteCountingRelay, or
        (self.stub, None) when --check_compression_bytes is false."""
        if not self.args.check_compression_bytes:
            log("NOTE: compression not verified on the wire (--check_compression_bytes false)")
            return self.stub, None
        relay = ByteCountingRelay(self.args.host, self.args.port)
        channel = self.args.make_channel("127.0.0.1:%d" % relay.port)
        relay.channel = channel
        stub = test_pb2_grpc.TestServiceStub(channel)
        stub.EmptyCall(empty_pb2.Empty(), timeout=self.timeout)  # connection set up before measuring
        return stub, relay

    @staticmethod
    def _close_measured(relay):
        if relay is not None:
            relay.channel.close()
            relay.close()

    def server_compressed_unary(self):
        # The compressed flag is not exposed by grpcio's Python API: the bytes
        # on the wire tell whether the response was compressed (see ByteCountingRelay).
        stub, relay = self._measured()
        try:
            for compressed in (True, False):
                req = messages_pb2.SimpleRequest(
                    response_type=messages_pb2.COMPRESSABLE, response_size=314159, payload=zeros(271828),
                    response_compressed=messages_pb2.BoolValue(value=compressed))
                before = relay.snapshot() if relay else None
                resp = stub.UnaryCall(req, timeout=self.timeout)
                check_payload(resp.payload, 314159, "response_compressed=%s: response payload" % compressed)
                if relay:
                    down = relay.snapshot()[1] - before[1]
                    log("response_compressed=%s: %d bytes received" % (compressed, down))
                    if compressed:
                        check(down < 314159 // 4, "response_compressed=true but %d bytes came back for a "
                              "314159-byte payload: response not compressed" % down)
                    else:
                        check(down >= 314159, "response_compressed=false but only %d bytes came back for a "
                              "314159-byte payload: response was compressed" % down)
        finally:
            self._close_measured(relay)

    def client_streaming(self):
        sizes = (27182, 8, 1828, 45904)
        reqs = [messages_pb2.StreamingInputCallRequest(payload=zeros(n)) for n in sizes]
        resp = self.stub.StreamingInputCall(iter(reqs), timeout=self.timeout)
        check(resp.aggregated_payload_size == 74922,
              "aggregated_payload_size is %d, expected 74922" % resp.aggregated_payload_size)

    def server_streaming(self):
        sizes = (31415, 9, 2653, 58979)
        req = messages_pb2.StreamingOutputCallRequest(
            response_type=messages_pb2.COMPRESSABLE,
            response_parameters=[messages_pb2.ResponseParameters(size=n) for n in sizes])
        got = list(self.stub.StreamingOutputCall(req, timeout=self.timeout))
        check(len(got) == len(sizes), "got %d responses, expected %d" % (len(got), len(sizes)))
        for i, (r, n) in enumerate(zip(got, sizes)):
            check_payload(r.payload, n, "response #%d payload" % i)

    def server_compressed_streaming(self):
        sizes = (31415, 92653)
        req = messages_pb2.StreamingOutputCallRequest(
            response_type=messages_pb2.COMPRESSABLE,
            response_parameters=[
                messages_pb2.ResponseParameters(size=31415, compressed=messages_pb2.BoolValue(value=True)),
                messages_pb2.ResponseParameters(size=92653, compressed=messages_pb2.BoolValue(value=False)),
            ])
        stub, relay = self._measured()
        try:
            before = relay.snapshot() if relay else None
            got = list(stub.StreamingOutputCall(req, timeout=self.timeout))
            check(len(got) == 2, "got %d responses, expected 2" % len(got))
            for i, (r, n) in enumerate(zip(got, sizes)):
                check_payload(r.payload, n, "response #%d payload" % i)
            if relay:
                down = relay.snapshot()[1] - before[1]
                log("responses (31415 compressed + 92653 uncompressed): %d bytes received" % down)
                check(down >= 92653, "only %d bytes came back: the response with compressed=false "
                      "(92653 bytes) was compressed" % down)
                check(down < 92653 + 31415 // 2, "%d bytes came back: the response with compressed=true "
                      "(31415 bytes) was not compressed" % down)
        finally:
            self._close_measured(relay)

    def ping_pong(self):
        pairs = ((31415, 27182), (9, 8), (2653, 1828), (58979, 45904))
        reqs = RequestQueue()
        responses = self.stub.FullDuplexCall(reqs, timeout=self.timeout)
        try:
            for i, (resp_size, req_size) in enumerate(pairs):
                reqs.put(messages_pb2.StreamingOutputCallRequest(
                    response_type=messages_pb2.COMPRESSABLE,
                    response_parameters=[messages_pb2.ResponseParameters(size=resp_size)],
                    payload=zeros(req_size)))
                try:
                    r = next(responses)
                except StopIteration:
                    raise TestFailure("stream ended after %d responses, expected 4" % i)
                check_payload(r.payload, resp_size, "response #%d payload" % i)
            reqs.close()
            rest = list(responses)
            check(not rest, "got %d extra responses after half-close" % len(rest))
            check(responses.code() == grpc.StatusCode.OK, "status %s" % responses.code())
        finally:
            reqs.close()

    def empty_stream(self):
        responses = self.stub.FullDuplexCall(iter(()), timeout=self.timeout)
        got = list(responses)
        check(not got, "got %d responses, expected none" % len(got))
        check(responses.code() == grpc.StatusCode.OK, "status %s" % responses.code())

    def half_duplex(self):
        # Extra (not in the interop descriptions): HalfDuplexCall answers only
        # after the client half-closes.
        sizes = (31415, 9, 2653, 58979)
        reqs = [messages_pb2.StreamingOutputCallRequest(
            response_type=messages_pb2.COMPRESSABLE,
            response_parameters=[messages_pb2.ResponseParameters(size=n)], payload=zeros(8))
            for n in sizes]
        got = list(self.stub.HalfDuplexCall(iter(reqs), timeout=self.timeout))
        check(len(got) == len(sizes), "got %d responses, expected %d" % (len(got), len(sizes)))
        for i, (r, n) in enumerate(zip(got, sizes)):
            check_payload(r.payload, n, "response #%d payload" % i)

    def custom_metadata(self):
        md = ((ECHO_INITIAL_KEY, ECHO_INITIAL_VALUE), (ECHO_TRAILING_KEY, ECHO_TRAILING_VALUE))

        def check_md(call, what):
            init = md_values(call.initial_metadata(), ECHO_INITIAL_KEY)
            check(init == [ECHO_INITIAL_VALUE],
                  "%s: initial metadata %r = %r, expected [%r] (all initial: %r)"
                  % (what, ECHO_INITIAL_KEY, init, ECHO_INITIAL_VALUE, call.initial_metadata()))
            trail = md_values(call.trailing_metadata(), ECHO_TRAILING_KEY)
            check(trail == [ECHO_TRAILING_VALUE],
                  "%s: trailing metadata %r = %r, expected [%r] (all trailing: %r)"
                  % (what, ECHO_TRAILING_KEY, trail, ECHO_TRAILING_VALUE, call.trailing_metadata()))

        # 1. UnaryCall
        req = messages_pb2.SimpleRequest(response_type=messages_pb2.COMPRESSABLE,
                                         response_size=314159, payload=zeros(271828))
        resp, call = self.stub.UnaryCall.with_call(req, metadata=md, timeout=self.timeout)
        check_payload(resp.payload, 314159)
        check_md(call, "UnaryCall")
        # 2. FullDuplexCall
        sreq = messages_pb2.StreamingOutputCallRequest(
            response_type=messages_pb2.COMPRESSABLE,
            response_parameters=[messages_pb2.ResponseParameters(size=314159)], payload=zeros(271828))
        responses = self.stub.FullDuplexCall(iter([sreq]), metadata=md, timeout=self.timeout)
        got = list(responses)
        check(len(got) == 1, "FullDuplexCall: got %d responses, expected 1" % len(got))
        check_payload(got[0].payload, 314159, "FullDuplexCall: response payload")
        check_md(responses, "FullDuplexCall")

    def _status_cases(self, message, also_full_duplex):
        status = messages_pb2.EchoStatus(code=2, message=message)
        req = messages_pb2.SimpleRequest(response_status=status)
        expect_rpc_error(lambda: self.stub.UnaryCall(req, timeout=self.timeout),
                         grpc.StatusCode.UNKNOWN, message, what="UnaryCall")
        if also_full_duplex:
            sreq = messages_pb2.StreamingOutputCallRequest(response_status=status)
            expect_rpc_error(lambda: list(self.stub.FullDuplexCall(iter([sreq]), timeout=self.timeout)),
                             grpc.StatusCode.UNKNOWN, message, what="FullDuplexCall")

    def status_code_and_message(self):
        self._status_cases("test status message", also_full_duplex=True)

    def special_status_message(self):
        self._status_cases(SPECIAL_STATUS_MESSAGE, also_full_duplex=False)

    def unimplemented_method(self):
        expect_rpc_error(lambda: self.stub.UnimplementedCall(empty_pb2.Empty(), timeout=self.timeout),
                         grpc.StatusCode.UNIMPLEMENTED, what="TestService/UnimplementedCall")

    def unimplemented_service(self):
        stub = test_pb2_grpc.UnimplementedServiceStub(self.channel)
        expect_rpc_error(lambda: stub.UnimplementedCall(empty_pb2.Empty(), timeout=self.timeout),
                         grpc.StatusCode.UNIMPLEMENTED, what="UnimplementedService/UnimplementedCall")

    def cancel_after_begin(self):
        reqs = RequestQueue()
        fut = self.stub.StreamingInputCall.future(reqs, timeout=self.timeout)
        try:
            fut.cancel()
            code = fut.code()
            check(code == grpc.StatusCode.CANCELLED, "status %s, expected CANCELLED" % code)
            check(fut.cancelled(), "future not marked cancelled")
        finally:
            reqs.close()

    def cancel_after_first_response(self):
        reqs = RequestQueue()
        responses = self.stub.FullDuplexCall(reqs, timeout=self.timeout)
        try:
            reqs.put(messages_pb2.StreamingOutputCallRequest(
                response_type=messages_pb2.COMPRESSABLE,
                response_parameters=[messages_pb2.ResponseParameters(size=31415)], payload=zeros(27182)))
            r = next(responses)
            check_payload(r.payload, 31415, "first response payload")
            responses.cancel()
            code = responses.code()
            check(code == grpc.StatusCode.CANCELLED, "status %s, expected CANCELLED" % code)
        finally:
            reqs.close()

    def timeout_on_sleeping_server(self):
        reqs = RequestQueue()
        try:
            responses = self.stub.FullDuplexCall(reqs, timeout=0.001)
            reqs.put(messages_pb2.StreamingOutputCallRequest(payload=zeros(27182)))
            expect_rpc_error(lambda: list(responses), grpc.StatusCode.DEADLINE_EXCEEDED,
                             what="FullDuplexCall with 1ms deadline")
        finally:
            reqs.close()

    # ---- extras: health and reflection -------------------------------------------

    def _expected_services(self):
        return [s for s in (self.args.expect_services or "").split(",") if s]

    def health_check(self):
        pb2, pb2_grpc = PB.health_pb2, PB.health_pb2_grpc
        check(pb2 is not None, "health.proto (package grpc.health.v1) not found under %s"
              % interop_gen._service_protos_root())
        stub = pb2_grpc.HealthStub(self.channel)
        for svc in [""] + self._expected_services():
            resp = stub.Check(pb2.HealthCheckRequest(service=svc), timeout=self.timeout)
            check(resp.status == pb2.HealthCheckResponse.SERVING,
                  "Check(%r): status %s, expected SERVING"
                  % (svc, pb2.HealthCheckResponse.ServingStatus.Name(resp.status)))
            log("health %r: SERVING" % svc)

    def health_check_unknown(self):
        pb2, pb2_grpc = PB.health_pb2, PB.health_pb2_grpc
        check(pb2 is not None, "health.proto not found")
        stub = pb2_grpc.HealthStub(self.channel)
        expect_rpc_error(lambda: stub.Check(pb2.HealthCheckRequest(service="no.such.Service"),
                                            timeout=self.timeout),
                         grpc.StatusCode.NOT_FOUND, what="Check('no.such.Service')")

    def _reflection(self, version):
        pb2 = getattr(PB, "reflection_%s_pb2" % version, None)
        pb2_grpc = getattr(PB, "reflection_%s_pb2_grpc" % version, None)
        check(pb2 is not None, "reflection proto for %s (package grpc.reflection.%s) not found under %s"
              % (version, version, interop_gen._service_protos_root()))
        return pb2, pb2_grpc.ServerReflectionStub(self.channel)

    def _reflection_versions(self):
        vs = [v for v in self.args.reflection_versions.split(",") if v]
        for v in vs:
            if v not in ("v1alpha", "v1"):
                raise TestFailure("unknown reflection version %r" % v)
        return vs

    def _list_services(self, version):
        pb2, stub = self._reflection(version)
        reqs = [pb2.ServerReflectionRequest(host=self.args.host, list_services="*")]
        got = list(stub.ServerReflectionInfo(iter(reqs), timeout=self.timeout))
        check(len(got) == 1, "%s: got %d responses to one list_services request" % (version, len(got)))
        resp = got[0]
        kind = resp.WhichOneof("message_response")
        if kind == "error_response":
            raise TestFailure("%s: list_services answered error %d %r"
                              % (version, resp.error_response.error_code, resp.error_response.error_message))
        check(kind == "list_services_response", "%s: list_services answered %r" % (version, kind))
        if resp.original_request.WhichOneof("message_request") != "list_services":
            log("WARNING: %s: original_request not echoed (%r)" % (version, resp.original_request))
        return [s.name for s in resp.list_services_response.service]

    def reflection_list(self):
        for version in self._reflection_versions():
            names = self._list_services(version)
            log("reflection %s services: %s" % (version, ", ".join(names) if names else "(none)"))
            missing = [s for s in self._expected_services() if s not in names]
            check(not missing, "%s: services missing from list_services: %s" % (version, ", ".join(missing)))
            check(len(set(names)) == len(names), "%s: duplicate service names: %r" % (version, names))

    def reflection_describe(self):
        """Extra: for every listed service, file_containing_symbol must return
        file descriptors (with dependencies) that define it; file_by_filename
        must work for those files; an unknown symbol must give NOT_FOUND."""
        from google.protobuf import descriptor_pb2
        from google.protobuf import descriptor_pool

        for version in self._reflection_versions():
            pb2, stub = self._reflection(version)
            names = self._list_services(version)
            check(names, "%s: no services listed" % version)
            reqs = [pb2.ServerReflectionRequest(host=self.args.host, file_containing_symbol=n) for n in names]
            reqs.append(pb2.ServerReflectionRequest(host=self.args.host,
                                                    file_containing_symbol="no.such.Symbol"))
            # All requests on one stream: one response per request, in order.
            got = list(stub.ServerReflectionInfo(iter(reqs), timeout=self.timeout))
            check(len(got) == len(reqs), "%s: %d responses for %d requests" % (version, len(got), len(reqs)))
            files = {}
            for name, resp in zip(names, got[:-1]):
                kind = resp.WhichOneof("message_response")
                if kind == "error_response":
                    raise TestFailure("%s: file_containing_symbol(%s): error %d %r" % (
                        version, name, resp.error_response.error_code, resp.error_response.error_message))
                check(kind == "file_descriptor_response",
                      "%s: file_containing_symbol(%s) answered %r" % (version, name, kind))
                protos = []
                for raw in resp.file_descriptor_response.file_descriptor_proto:
                    fdp = descriptor_pb2.FileDescriptorProto()
                    fdp.ParseFromString(raw)
                    protos.append(fdp)
                    files[fdp.name] = fdp
                pkg, _, short = name.rpartition(".")
                defining = [p for p in protos if p.package == pkg and any(s.name == short for s in p.service)]
                check(defining, "%s: no returned file defines service %s (files: %s)"
                      % (version, name, ", ".join(p.name for p in protos)))
                svc = [s for s in defining[0].service if s.name == short][0]
                log("reflection %s: %s in %s: %s" % (version, name, defining[0].name,
                                                     ", ".join(m.name for m in svc.method)))
            last = got[-1]
            check(last.WhichOneof("message_response") == "error_response"
                  and last.error_response.error_code == grpc.StatusCode.NOT_FOUND.value[0],
                  "%s: unknown symbol: expected error_response NOT_FOUND, got %r" % (version, last))
            # The returned files must be complete (every dependency present) and
            # consistent: build them into a fresh pool.
            pool = descriptor_pool.DescriptorPool()
            pending = dict(files)
            while pending:
                progressed = False
                for fname, fdp in list(pending.items()):
                    if all(d not in pending for d in fdp.dependency):
                        missing = [d for d in fdp.dependency if d not in files]
                        check(not missing, "%s: %s depends on %s, not returned" % (version, fname, missing))
                        pool.Add(fdp)
                        del pending[fname]
                        progressed = True
                check(progressed, "%s: dependency cycle among %s" % (version, list(pending)))
            for n in names:
                pool.FindServiceByName(n)
            # file_by_filename for each file seen.
            reqs = [pb2.ServerReflectionRequest(host=self.args.host, file_by_filename=f) for f in sorted(files)]
            got = list(stub.ServerReflectionInfo(iter(reqs), timeout=self.timeout))
            check(len(got) == len(reqs), "%s: %d responses for %d file_by_filename requests"
                  % (version, len(got), len(reqs)))
            for req, resp in zip(reqs, got):
                check(resp.WhichOneof("message_response") == "file_descriptor_response",
                      "%s: file_by_filename(%s) answered %r" % (version, req.file_by_filename, resp))
                first = descriptor_pb2.FileDescriptorProto()
                first.ParseFromString(resp.file_descriptor_response.file_descriptor_proto[0])
                check(first.name == req.file_by_filename, "%s: file_by_filename(%s) first file is %s"
                      % (version, req.file_by_filename, first.name))


STANDARD_CASES = [
    "empty_unary",
    "large_unary",
    "client_compressed_unary",
    "server_compressed_unary",
    "client_streaming",
    "server_streaming",
    "server_compressed_streaming",
    "ping_pong",
    "empty_stream",
    "custom_metadata",
    "status_code_and_message",
    "special_status_message",
    "unimplemented_method",
    "unimplemented_service",
    "cancel_after_begin",
    "cancel_after_first_response",
    "timeout_on_sleeping_server",
]
EXTRA_CASES = [
    "half_duplex",
    "health_check",
    "health_check_unknown",
    "reflection_list",
    "reflection_describe",
]
ALL_CASES = STANDARD_CASES + EXTRA_CASES


def _parse_bool(s):
    v = s.strip().lower()
    if v in ("true", "1", "yes", "on"):
        return True
    if v in ("false", "0", "no", "off"):
        return False
    raise argparse.ArgumentTypeError("expected true/false, got %r" % s)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--host", "--server_host", dest="host", default="127.0.0.1")
    ap.add_argument("--port", "--server_port", dest="port", type=int, required=True)
    ap.add_argument("--test_case", required=True,
                    help="case name, comma-separated names, or 'all'. Cases: " + ", ".join(ALL_CASES))
    ap.add_argument("--use_tls", type=_parse_bool, default=False)
    ap.add_argument("--ca_file", help="PEM root certificates for TLS (default: system roots)")
    ap.add_argument("--server_host_override", help="TLS name / :authority to claim")
    ap.add_argument("--expect_services", default="",
                    help="comma-separated services that reflection_list / health_check must find")
    ap.add_argument("--reflection_versions", default="v1alpha,v1",
                    help="reflection API versions to exercise (default v1alpha,v1)")
    ap.add_argument("--strict_compression_probe", type=_parse_bool, default=True,
                    help="client_compressed_unary: require the probe call to fail with "
                         "INVALID_ARGUMENT (default true; false tolerates servers that cannot check)")
    ap.add_argument("--check_compression_bytes", type=_parse_bool, default=True,
                    help="compression cases: run the call through a loopback byte-counting relay to "
                         "verify on the wire that messages were (not) compressed (default true)")
    ap.add_argument("--rpc_timeout_s", type=float, default=30.0, help="deadline of ordinary calls")
    ap.add_argument("--connect_timeout_s", type=float, default=10.0)
    args = ap.parse_args(argv)

    cases = ALL_CASES if args.test_case == "all" else [c for c in args.test_case.split(",") if c]
    unknown = [c for c in cases if c not in ALL_CASES]
    if unknown:
        print("unknown test case(s): %s\nknown: %s" % (", ".join(unknown), ", ".join(ALL_CASES)),
              file=sys.stderr)
        return 2

    target = "%s:%d" % (args.host if ":" not in args.host else "[%s]" % args.host, args.port)

    def make_channel(tgt):
        options = []
        via_relay = tgt != target
        # Through the relay, keep claiming the real server's name.
        authority = args.server_host_override or (target if via_relay else None)
        if authority:
            options.append(("grpc.default_authority", authority))
        tls_name = args.server_host_override or (args.host if via_relay else None)
        if args.use_tls and tls_name:
            options.append(("grpc.ssl_target_name_override", tls_name))
        if args.use_tls:
            roots = None
            if args.ca_file:
                with open(args.ca_file, "rb") as f:
                    roots = f.read()
            return grpc.secure_channel(tgt, grpc.ssl_channel_credentials(root_certificates=roots), options)
        return grpc.insecure_channel(tgt, options)

    args.make_channel = make_channel
    channel = make_channel(target)

    failed = 0
    passed = 0
    try:
        try:
            grpc.channel_ready_future(channel).result(timeout=args.connect_timeout_s)
        except grpc.FutureTimeoutError:
            print("FAIL: could not connect to %s within %.0fs" % (target, args.connect_timeout_s),
                  file=sys.stderr, flush=True)
            return 1
        client = Client(args, channel)
        for case in cases:
            start = time.monotonic()
            try:
                getattr(client, case)()
            except TestFailure as e:
                failed += 1
                print("FAIL: %s: %s" % (case, e), file=sys.stderr, flush=True)
                continue
            except grpc.RpcError as e:
                failed += 1
                print("FAIL: %s: unexpected RPC error %s: %r" % (case, e.code(), e.details()),
                      file=sys.stderr, flush=True)
                continue
            except Exception as e:  # a bug or a malformed answer: still a failure
                failed += 1
                print("FAIL: %s: %s: %s" % (case, type(e).__name__, e), file=sys.stderr, flush=True)
                continue
            passed += 1
            log("PASS: %s (%.0f ms)" % (case, (time.monotonic() - start) * 1000))
    finally:
        channel.close()
    if len(cases) > 1:
        log("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
