using System.Net;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Employment.TestInfrastructure;

namespace Gateway.Tests;

/// <summary>The platform with a certificate configured on the gateway: one TLS port for gRPC and REST.</summary>
public sealed class TlsPlatform : PlatformUnderTest, IDisposable
{
    private readonly string _certificatePath = Path.Combine(Path.GetTempPath(), "gateway-tls-" + Guid.NewGuid().ToString("N") + ".pfx");

    public TlsPlatform()
    {
        Certificate = CreateCertificate();
        File.WriteAllBytes(_certificatePath, Certificate.Export(X509ContentType.Pkcs12));
    }

    public X509Certificate2 Certificate { get; }

    public int TlsPort { get; } = FreePort.Get();

    /// <summary>A client handler that trusts exactly this platform's self-signed certificate.</summary>
    public SocketsHttpHandler TrustingHandler() => new()
    {
        SslOptions = new SslClientAuthenticationOptions
        {
            RemoteCertificateValidationCallback = (_, certificate, _, _) =>
                certificate is not null && certificate.GetCertHashString() == Certificate.GetCertHashString(),
        },
    };

    public void Dispose()
    {
        Certificate.Dispose();
        File.Delete(_certificatePath);
    }

    protected override IEnumerable<string> ExtraGatewayArguments() => [$"--Gateway:CertificatePath={_certificatePath}", $"--Gateway:TlsPort={TlsPort}"];

    // A self-signed server certificate for 127.0.0.1, re-imported from PKCS#12 so Kestrel can use its key.
    private static X509Certificate2 CreateCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=gateway-tests", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(7));
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pkcs12), password: null);
    }
}
