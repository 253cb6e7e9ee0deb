using System.Net;
using Grpc.Core;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Transport.Tests.Infrastructure;
using Transport.Tests.V1;
using static Transport.Tests.Infrastructure.RawGrpcClient;

namespace Transport.Tests;

/// <summary>gRPC requires HTTP/2: a gRPC request over HTTP/1.1 is refused with 426 Upgrade Required.</summary>
public sealed class Http1Tests
{
    [Fact(Timeout = 30_000)]
    public async Task GrpcRequestOverHttp11_IsAnsweredWith426AndAGrpcStatus()
    {
        await using var server = await TestServer.StartAsync(new() { Protocols = HttpProtocols.Http1AndHttp2 });
        using var http1 = new RawGrpcClient(server.Address, HttpVersion.Version11);

        var response = await http1.SendAsync(UnaryPath, Frame(new Request { Text = "old" }));

        Assert.Equal(HttpStatusCode.UpgradeRequired, response.HttpStatus);
        Assert.NotNull(response.GrpcStatus);
        Assert.NotEqual(StatusCode.OK, response.GrpcStatus);
        Assert.Empty(response.Body);
    }
}
