// Ceiling for the Health/Check benchmark (tests/benchmarks/health-check.sh).
//
// A bare Kestrel endpoint that answers POST /grpc.health.v1.Health/Check with the
// bytes a gRPC server would send for HealthCheckResponse{status = SERVING}:
//   HEADERS  :status 200, content-type: application/grpc
//   DATA     00 00 00 00 02 08 01   (uncompressed flag, length 2, field 1 varint = 1)
//   HEADERS  grpc-status: 0 (trailers, END_STREAM)
// There is no protobuf parsing, routing, service lookup or gRPC framing logic, so
// whatever a real gRPC server costs on top of this is its own overhead.
//
// Run: dotnet RawKestrelCeiling.dll --urls http://127.0.0.1:PORT
// Every endpoint is cleartext HTTP/2 only (prior knowledge, as h2load and gRPC
// clients use); logging is reduced to warnings so the console does not cost time.

using Microsoft.AspNetCore.Server.Kestrel.Core;

var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.WebHost.ConfigureKestrel(kestrel =>
{
    kestrel.AddServerHeader = false;
    kestrel.ConfigureEndpointDefaults(listen => listen.Protocols = HttpProtocols.Http2);
});

var app = builder.Build();

app.Run(static async context =>
{
    var request = context.Request;
    var response = context.Response;
    if (!HttpMethods.IsPost(request.Method) || request.Path != HealthAnswer.Path)
    {
        response.StatusCode = StatusCodes.Status404NotFound;
        return;
    }

    // A gRPC server has to read the request message; so does the ceiling, to be fair.
    var body = request.BodyReader;
    while (true)
    {
        var read = await body.ReadAsync(context.RequestAborted);
        body.AdvanceTo(read.Buffer.End);
        if (read.IsCompleted || read.IsCanceled)
        {
            break;
        }
    }

    response.StatusCode = StatusCodes.Status200OK;
    response.ContentType = "application/grpc";
    // No DeclareTrailer: it only adds a "Trailer:" response header, which gRPC servers
    // do not send; over HTTP/2 Kestrel emits appended trailers without it.
    await response.BodyWriter.WriteAsync(HealthAnswer.Serving, context.RequestAborted);
    if (response.SupportsTrailers())
    {
        response.AppendTrailer("grpc-status", "0");
    }
});

app.Run();

internal static class HealthAnswer
{
    public const string Path = "/grpc.health.v1.Health/Check";

    // 5-byte gRPC message prefix (compressed = 0, length = 2) + HealthCheckResponse{status: SERVING}.
    public static readonly ReadOnlyMemory<byte> Serving = new byte[] { 0x00, 0x00, 0x00, 0x00, 0x02, 0x08, 0x01 };
}
