using System.Net;
using Employment.Policy.V1;
using Grpc.Net.Client;
using Xunit;

namespace Gateway.Tests.Pipeline;

/// <summary>
/// "Listening": with a certificate, TLS with ALPN on one port serves gRPC (HTTP/2) and REST
/// (HTTP/1.1).
/// </summary>
public sealed class GatewayTlsTests(TlsPlatform platform) : IClassFixture<TlsPlatform>
{
    [Fact(Timeout = 30_000)]
    public async Task One_TLS_port_serves_gRPC_over_HTTP2_and_REST_over_HTTP1()
    {
        var address = $"https://127.0.0.1:{platform.TlsPort}";
        using var channel = GrpcChannel.ForAddress(address, new GrpcChannelOptions { HttpHandler = platform.TrustingHandler(), DisposeHttpClient = true });
        var documents = await new PolicyCatalog.PolicyCatalogClient(channel).ListDocumentsAsync(new ListDocumentsRequest());
        Assert.NotEmpty(documents.Documents);

        using var http = new HttpClient(platform.TrustingHandler()) { BaseAddress = new Uri(address), DefaultRequestVersion = HttpVersion.Version11 };
        var response = await http.GetAsync("/v1/policy/documents");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpVersion.Version11, response.Version);
    }
}
