namespace Employment.IdentityProvider;

/// <summary>The identity provider's settings, bound from the <c>IdentityProvider</c> section.</summary>
public sealed class IdentityProviderOptions
{
    public const string SectionName = "IdentityProvider";

    /// <summary>
    /// The issuer every token names and the discovery document gives: the gateway's public address, through
    /// which callers reach the provider's endpoints. Services check it as <c>Authentication:Issuer</c>.
    /// </summary>
    public string Issuer { get; set; } = "";

    /// <summary>The audience of every access token: the platform's services (<c>Authentication:Audience</c>).</summary>
    public string Audience { get; set; } = "employment-services";

    /// <summary>
    /// How long an access token lives. Minutes, so that a disabled account or a withdrawn client loses its
    /// access within this bound; clients renew before it ends.
    /// </summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// The private keys (ECDSA P-256, PEM) the provider signs with, each with the <c>kid</c> its tokens carry.
    /// The first signs; the others are published too, so tokens they signed still verify across a rotation
    /// and a key about to sign is known to every service before its first token.
    /// </summary>
    public List<SigningKeyOptions> SigningKeys { get; set; } = [];

    /// <summary>Sign with the repository's development key: Development only, refused elsewhere (the key is public).</summary>
    public bool UseDevelopmentKey { get; set; }

    /// <summary>The machine clients (banks, services) that obtain tokens by client credentials.</summary>
    public List<MachineClientOptions> Clients { get; set; } = [];

    /// <summary>The browser applications staff sign in to (the clerks' workbench): public clients, authorization code with PKCE.</summary>
    public List<BrowserClientOptions> Applications { get; set; } = [];

    /// <summary>Create the demonstration staff (<c>Staff/DemoStaff.cs</c>): Development only, refused elsewhere.</summary>
    public bool DemoStaff { get; set; }

    /// <summary>How staff sign in.</summary>
    public StaffSignInOptions Staff { get; set; } = new();
}

/// <summary>A browser application staff sign in to.</summary>
public sealed class BrowserClientOptions
{
    public string ClientId { get; set; } = "";

    public string DisplayName { get; set; } = "";

    /// <summary>The exact addresses the provider may send the code back to; any other is refused.</summary>
    public List<string> RedirectUris { get; set; } = [];
}

/// <summary>Staff sign-in: a password, then the authenticator's code; repeated failures lock the account.</summary>
public sealed class StaffSignInOptions
{
    /// <summary>Wrong passwords or codes in a row before the account locks.</summary>
    public int MaxFailedAttempts { get; set; } = 5;

    /// <summary>How long a locked account stays locked (an admin may unlock it sooner).</summary>
    public TimeSpan Lockout { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>A counter computer is shared: the sign-in session ends after this long without use.</summary>
    public TimeSpan IdleSession { get; set; } = TimeSpan.FromMinutes(15);
}

/// <summary>A private key the provider signs with or publishes.</summary>
public sealed class SigningKeyOptions
{
    public string KeyId { get; set; } = "";

    /// <summary>PKCS#8 PEM of an ECDSA P-256 private key (from a secret file in production).</summary>
    public string PrivateKey { get; set; } = "";
}

/// <summary>A bank's or a service's client: who it is and what its tokens say.</summary>
public sealed class MachineClientOptions
{
    public string ClientId { get; set; } = "";

    /// <summary>The client's secret; stored hashed by OpenIddict, never in clear.</summary>
    public string Secret { get; set; } = "";

    /// <summary><c>bank</c> or <c>service</c>.</summary>
    public string Role { get; set; } = "";

    /// <summary>A bank's code, the only bank its tokens may act for (required for a bank).</summary>
    public string BankCode { get; set; } = "";

    /// <summary>The name an operator reads (the bank's or the service's).</summary>
    public string DisplayName { get; set; } = "";
}
