using System.Net;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Grpc.Core;
using Grpc.Net.Client;
using Transport.Tests.Infrastructure;
using Transport.Tests.V1;
using static Transport.Tests.Infrastructure.TestAssertions;

namespace Transport.Tests;

/// <summary>gRPC over HTTP/2 over TLS: Kestrel with a throwaway certificate, ALPN h2, our channel over https.</summary>
public sealed class TlsTests
{
    /// <summary>A self-signed server certificate for 127.0.0.1/localhost, re-imported from PKCS#12 so Kestrel can use its key.</summary>
    private static X509Certificate2 CreateCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=transport-tests", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, critical: false));
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(7));
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pkcs12), password: null);
    }

    private static SocketsHttpHandler TrustingHandler(X509Certificate2 trusted) => new()
    {
        SslOptions = new SslClientAuthenticationOptions
        {
            RemoteCertificateValidationCallback = (_, certificate, _, _) =>
                certificate is not null && certificate.GetCertHashString() == trusted.GetCertHashString(),
        },
    };

    [Fact(Timeout = 30_000)]
    public async Task Https_WithTrustedSelfSignedCertificate_UnaryCallRunsOverHttp2()
    {
        using var certificate = CreateCertificate();
        await using var server = await TestServer.StartAsync(new() { Certificate = certificate });
        Assert.Equal("https", server.Address.Scheme);
        using var channel = GrpcChannel.ForAddress(server.Address, new GrpcChannelOptions { HttpHandler = TrustingHandler(certificate), DisposeHttpClient = true });
        var client = new TransportTest.TransportTestClient(channel);

        var reply = await client.UnaryAsync(new Request { Text = "secure" });

        Assert.Equal("secure", reply.Text);
        Assert.True(reply.Info.IsHttps);
        Assert.Equal("HTTP/2", reply.Info.Protocol);
        Assert.Equal("ssl", reply.Info.TransportSecurityType);
    }

    [Fact(Timeout = 30_000)]
    public async Task Https_StreamingCallsWork()
    {
        using var certificate = CreateCertificate();
        await using var server = await TestServer.StartAsync(new() { Certificate = certificate });
        using var channel = GrpcChannel.ForAddress(server.Address, new GrpcChannelOptions { HttpHandler = TrustingHandler(certificate), DisposeHttpClient = true });
        var client = new TransportTest.TransportTestClient(channel);

        using var call = client.Duplex();
        await call.RequestStream.WriteAsync(new Request { Text = "over tls" });
        Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));
        await call.RequestStream.CompleteAsync();

        Assert.Equal("over tls", call.ResponseStream.Current.Text);
        Assert.False(await call.ResponseStream.MoveNext(CancellationToken.None));
    }

    [Fact(Timeout = 30_000)]
    public async Task Https_UntrustedCertificate_FailsWithUnavailable()
    {
        using var certificate = CreateCertificate();
        await using var server = await TestServer.StartAsync(new() { Certificate = certificate });
        var client = server.CreateClient();

        await AssertRpcExceptionAsync(StatusCode.Unavailable, async () => await client.UnaryAsync(new Request()));
    }
}
