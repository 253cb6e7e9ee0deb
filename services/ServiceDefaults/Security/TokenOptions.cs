namespace Employment.ServiceDefaults.Security;

/// <summary>
/// How bearer tokens are verified, bound from the <c>Authentication</c> configuration section (the
/// same section in the gateway and in every service).
/// </summary>
public sealed class TokenOptions
{
    public const string SectionName = "Authentication";

    /// <summary>The <c>iss</c> every token must carry.</summary>
    public string Issuer { get; set; } = "employment-platform";

    /// <summary>The <c>aud</c> every token must carry.</summary>
    public string Audience { get; set; } = "employment-services";

    /// <summary>
    /// Public keys that may sign tokens (ECDSA P-256 or RSA; PEM or base64 SubjectPublicKeyInfo), so that
    /// the identity provider's private key never reaches a service.
    /// </summary>
    public List<TrustedKey> SigningKeys { get; set; } = [];

    /// <summary>
    /// Trust the repository's development key (<see cref="DevelopmentKey"/>). Honoured only when the
    /// environment is Development; elsewhere it is refused at start-up, because the key is public.
    /// </summary>
    public bool UseDevelopmentKey { get; set; }

    /// <summary>
    /// The longest a token may be valid (from <c>iat</c>, or <c>nbf</c>, to <c>exp</c>): a longer-lived
    /// token is refused even when its signature verifies, so a leaked token is not good for years.
    /// </summary>
    public TimeSpan MaxLifetime { get; set; } = TimeSpan.FromHours(12);

    /// <summary>
    /// Remember tokens that passed the full check, for their lifetime, so a caller's next call with the same
    /// token skips the signature check (<see cref="VerifiedTokens"/>). On by default; off checks every call.
    /// </summary>
    public bool RememberVerifiedTokens { get; set; } = true;

    /// <summary>
    /// The identity provider's key set (its <c>/.well-known/jwks</c>) at the provider's internal address.
    /// When set, the keys it publishes are trusted beside <see cref="SigningKeys"/>: read on the first token,
    /// cached, read again every <see cref="KeysRefreshInterval"/> and when a token names a key not yet known,
    /// so a rotation the provider announces ahead refuses no call.
    /// </summary>
    public string? KeysAddress { get; set; }

    /// <summary>How often the published keys are read again, even when every token names a known key.</summary>
    public TimeSpan KeysRefreshInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Refuse a key set read over plain HTTP (off where the provider is reached on the cluster's own network).</summary>
    public bool KeysRequireHttps { get; set; } = true;

    /// <summary>Tolerated clock difference between the token issuer and this host.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The token this host sends on its own calls to other services (role <c>service</c>), as issued to it
    /// by the identity provider. In Development without one, the host mints its own with the development key.
    /// </summary>
    public string? ServiceToken { get; set; }

    /// <summary>
    /// The host's own client at the identity provider: when its token endpoint is set, the host obtains its
    /// service token by client credentials and renews it before it expires (<see cref="ClientCredentialsTokenSource"/>).
    /// </summary>
    public ClientCredentialsOptions Client { get; set; } = new();
}

/// <summary>A host's client at the identity provider (section <c>Authentication:Client</c>).</summary>
public sealed class ClientCredentialsOptions
{
    /// <summary>The provider's token endpoint at its internal address, e.g. http://identity-provider:5112/connect/token.</summary>
    public string? TokenAddress { get; set; }

    public string? ClientId { get; set; }

    /// <summary>The client's secret (a secret file in production).</summary>
    public string? Secret { get; set; }
}

/// <summary>A public key trusted to sign tokens.</summary>
public sealed class TrustedKey
{
    /// <summary>The token's <c>kid</c> header must name it (required: a token is checked against the key it names only).</summary>
    public string? KeyId { get; set; }

    public string PublicKey { get; set; } = "";
}
