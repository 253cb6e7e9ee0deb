"""Generates the Python protobuf/gRPC modules the interop scripts need.

The modules are produced at run time with grpc_tools.protoc (Debian package
python3-grpc-tools, run with /usr/bin/python3) into
tests/Interop/python/_gen/<hash>/, which is git-ignored.

Sources:
  * tests/Interop/protos/grpc/testing/{empty,messages,test}.proto  (always)
  * <repo>/protos/grpc/health/v1/*.proto           (package grpc.health.v1, if present)
  * <repo>/protos/grpc/reflection/v1alpha/*.proto   (package grpc.reflection.v1alpha, if present)
  * <repo>/protos/grpc/reflection/v1/*.proto        (package grpc.reflection.v1, if present)
  The service protos root can be overridden with INTEROP_SERVICE_PROTOS=<dir>.

The protos live in proto packages "grpc.testing", "grpc.health.v1", ...; the
code generator turns `import "grpc/testing/empty.proto"` into
`from grpc.testing import empty_pb2`, which would collide with the installed
`grpc` (grpcio) Python package. So the generated modules are placed under a
private top-level package `interop_pb` and their imports are rewritten to
`interop_pb.grpc.*`. The descriptors themselves are untouched (file names stay
"grpc/testing/test.proto" etc., proto packages stay "grpc.testing" etc.), so
the wire contract and the reflection data are exactly those of the .proto files.

Usage:
    import interop_gen
    mods = interop_gen.load()          # puts the generated dir on sys.path
    mods.test_pb2_grpc.TestServiceStub(channel)
    mods.health_pb2 (None when health.proto is absent)
"""

import hashlib
import importlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import types

try:
    import grpc  # noqa: F401  (Debian python3-grpcio)
    import grpc_tools  # noqa: F401  (Debian python3-grpc-tools)
except ImportError as _e:
    sys.exit("interop scripts: %s. Run them with /usr/bin/python3 after "
             "'apt-get install -y python3-grpcio python3-grpc-tools' (current interpreter: %s)"
             % (_e, sys.executable))

HERE = os.path.dirname(os.path.abspath(__file__))
INTEROP_PROTOS = os.path.normpath(os.path.join(HERE, "..", "protos"))
REPO_PROTOS = os.path.normpath(os.path.join(HERE, "..", "..", "..", "protos"))
GEN_ROOT = os.path.join(HERE, "_gen")
PKG = "interop_pb"

TESTING_FILES = [
    "grpc/testing/empty.proto",
    "grpc/testing/messages.proto",
    "grpc/testing/test.proto",
]
# key -> (directory under the service protos root, proto package declared).
# The file name inside the directory does not matter (the first .proto there
# that declares the package is used), e.g. v1alpha/reflection.proto or
# v1alpha/reflection_v1alpha.proto.
SERVICE_PROTOS = {
    "health": ("grpc/health/v1", "grpc.health.v1"),
    "reflection_v1alpha": ("grpc/reflection/v1alpha", "grpc.reflection.v1alpha"),
    "reflection_v1": ("grpc/reflection/v1", "grpc.reflection.v1"),
}

_IMPORT_RE = re.compile(r"^(\s*)(from|import) grpc\.(testing|health|reflection)\b", re.M)


def _service_protos_root():
    return os.environ.get("INTEROP_SERVICE_PROTOS", REPO_PROTOS)


def _find_service_proto(key):
    """Returns the path (relative to the service protos root) of the .proto
    for SERVICE_PROTOS[key], or None if the repository has none."""
    root = _service_protos_root()
    rel_dir, package = SERVICE_PROTOS[key]
    d = os.path.join(root, rel_dir)
    if not os.path.isdir(d):
        return None
    decl = re.compile(r"^\s*package\s+%s\s*;" % re.escape(package), re.M)
    for name in sorted(os.listdir(d)):
        if not name.endswith(".proto"):
            continue
        with open(os.path.join(d, name), encoding="utf-8") as f:
            if decl.search(f.read()):
                return rel_dir + "/" + name
    return None


def _sources():
    """Returns a list of (include_root, relative_path) of the protos to compile."""
    srcs = [(INTEROP_PROTOS, f) for f in TESTING_FILES]
    root = _service_protos_root()
    for key in SERVICE_PROTOS:
        rel = _find_service_proto(key)
        if rel:
            srcs.append((root, rel))
    return srcs


def _digest(srcs):
    h = hashlib.sha256()
    for root, rel in srcs:
        h.update(rel.encode())
        with open(os.path.join(root, rel), "rb") as f:
            h.update(hashlib.sha256(f.read()).digest())
    # The code generator's version is part of the output.
    h.update(sys.version.encode())
    return h.hexdigest()[:16]


def _run_protoc(include_roots, rels, out_dir):
    cmd = [sys.executable, "-m", "grpc_tools.protoc"]
    for r in include_roots:
        cmd.append("-I" + r)
    cmd += ["--python_out=" + out_dir, "--grpc_python_out=" + out_dir]
    cmd += rels
    res = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if res.returncode != 0:
        raise RuntimeError("protoc failed (%s):\n%s" % (" ".join(cmd), res.stdout))


def _generate(srcs, dest):
    os.makedirs(GEN_ROOT, exist_ok=True)
    tmp = tempfile.mkdtemp(prefix="tmp-", dir=GEN_ROOT)
    try:
        pkg_dir = os.path.join(tmp, PKG)
        os.makedirs(pkg_dir)
        # Compile each group with its own include root; a service proto may not
        # see the interop protos and vice versa.
        groups = {}
        for root, rel in srcs:
            groups.setdefault(root, []).append(rel)
        for root, rels in groups.items():
            _run_protoc([root], rels, pkg_dir)
        # Package markers and import rewriting.
        for dirpath, _dirs, files in os.walk(pkg_dir):
            open(os.path.join(dirpath, "__init__.py"), "a").close()
            for name in files:
                if not name.endswith(".py") or name == "__init__.py":
                    continue
                path = os.path.join(dirpath, name)
                with open(path, encoding="utf-8") as f:
                    text = f.read()
                new = _IMPORT_RE.sub(lambda m: "%s%s %s.grpc.%s" % (m.group(1), m.group(2), PKG, m.group(3)), text)
                if new != text:
                    with open(path, "w", encoding="utf-8") as f:
                        f.write(new)
        try:
            os.rename(tmp, dest)
        except OSError:
            # Another process generated the same thing concurrently.
            if not os.path.isdir(dest):
                raise
    finally:
        if os.path.isdir(tmp):
            shutil.rmtree(tmp, ignore_errors=True)


def _prune(keep):
    """Removes generated trees of older proto versions (unused for a day)."""
    cutoff = time.time() - 86400
    for name in os.listdir(GEN_ROOT):
        path = os.path.join(GEN_ROOT, name)
        try:
            if path != keep and os.path.isdir(path) and os.path.getmtime(path) < cutoff:
                shutil.rmtree(path, ignore_errors=True)
        except OSError:
            pass


def ensure_generated():
    """Generates the modules if needed; returns the directory to put on sys.path."""
    srcs = _sources()
    dest = os.path.join(GEN_ROOT, _digest(srcs))
    if not os.path.isdir(os.path.join(dest, PKG)):
        _generate(srcs, dest)
        _prune(dest)
    else:
        try:
            os.utime(dest)
        except OSError:
            pass
    return dest


def load():
    """Generates (if needed) and imports the modules; returns a namespace of them.

    Attributes: empty_pb2, messages_pb2, test_pb2, test_pb2_grpc,
    health_pb2, health_pb2_grpc, reflection_v1alpha_pb2, reflection_v1alpha_pb2_grpc,
    reflection_v1_pb2, reflection_v1_pb2_grpc (the service ones are None when
    the corresponding .proto is not present in the repository).
    """
    gen_dir = ensure_generated()
    if gen_dir not in sys.path:
        sys.path.insert(0, gen_dir)
    ns = types.SimpleNamespace()

    def imp(mod):
        return importlib.import_module(PKG + "." + mod)

    ns.empty_pb2 = imp("grpc.testing.empty_pb2")
    ns.messages_pb2 = imp("grpc.testing.messages_pb2")
    ns.test_pb2 = imp("grpc.testing.test_pb2")
    ns.test_pb2_grpc = imp("grpc.testing.test_pb2_grpc")
    for key in SERVICE_PROTOS:
        rel = _find_service_proto(key)
        if rel:
            mod = rel[: -len(".proto")].replace("/", ".")
            setattr(ns, key + "_pb2", imp(mod + "_pb2"))
            setattr(ns, key + "_pb2_grpc", imp(mod + "_pb2_grpc"))
        else:
            setattr(ns, key + "_pb2", None)
            setattr(ns, key + "_pb2_grpc", None)
    ns.gen_dir = gen_dir
    return ns


if __name__ == "__main__":
    d = ensure_generated()
    print(d)
