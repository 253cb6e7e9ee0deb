namespace Employment.Gateway;

/// <summary>Where the gateway listens and how hard the public may push, bound from the <c>Gateway</c> section.</summary>
public sealed class GatewayOptions
{
    public const string SectionName = "Gateway";

    /// <summary>Listening address (a local run stays on loopback).</summary>
    public string Address { get; set; } = "127.0.0.1";

    /// <summary>HTTP/1.1: REST/JSON, OpenAPI, /healthz. Kestrel cannot offer HTTP/1.1 and cleartext HTTP/2 on one port.</summary>
    public int HttpPort { get; set; } = 8080;

    /// <summary>gRPC over cleartext HTTP/2 (prior knowledge).</summary>
    public int GrpcPort { get; set; } = 8081;

    /// <summary>With a certificate, one TLS port serves HTTP/1.1 and HTTP/2 (ALPN) instead of the two cleartext ports.</summary>
    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }

    public int TlsPort { get; set; } = 8443;

    public RateLimitOptions PublicRateLimit { get; set; } = new();

    public RateLimitOptions BankRateLimit { get; set; } = new();

    /// <summary>
    /// 办理进度 lookups (every service's GetApplicationProgress, gRPC or REST, and the page's POST
    /// /progress) per client address, apart from and stricter than the public limit: each is a guess
    /// at a reference and its 查询码.
    /// </summary>
    public RateLimitOptions ProgressRateLimit { get; set; } = new();
}

/// <summary>
/// A fixed window: at most <see cref="PermitLimit"/> requests per <see cref="Window"/> per partition
/// (a client address for the public, a bank code for banks). 0 turns the limit off. The defaults
/// are set in gateway.json, where an operator changes them.
/// </summary>
public sealed class RateLimitOptions
{
    public int PermitLimit { get; set; }

    public TimeSpan Window { get; set; } = TimeSpan.FromSeconds(1);
}
