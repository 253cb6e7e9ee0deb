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

    /// <summary>
    /// Sign-in attempts (each form posted: a password, a code, a real name) one address may make per minute. An
    /// office's computers share one address, so this is a throttle against guessing from one place, answered
    /// 429 with when to try again, never a lockout; an account locks on its own failures (<see cref="Staff"/>).
    /// </summary>
    public int SignInAttemptsPerAddressPerMinute { get; set; } = 60;

    /// <summary>
    /// The networks (CIDR) of the proxies whose X-Forwarded-For names the caller's address: the gateway's. Loopback
    /// is always trusted. Without it every attempt would count against, and be logged as, the gateway.
    /// </summary>
    public List<string> TrustedProxyNetworks { get; set; } = [];

    /// <summary>How staff sign in.</summary>
    public StaffSignInOptions Staff { get; set; } = new();

    /// <summary>How citizens sign in (real name, matched to the registry).</summary>
    public CitizenSignInOptions Citizens { get; set; } = new();
}

/// <summary>A browser application staff or citizens sign in to.</summary>
public sealed class BrowserClientOptions
{
    public string ClientId { get; set; } = "";

    public string DisplayName { get; set; } = "";

    /// <summary>Who signs in to it: <c>staff</c> (the clerks' workbench, the default) or <c>citizens</c> (the public site).</summary>
    public string Users { get; set; } = BrowserClientUsers.Staff;

    /// <summary>The exact addresses the provider may send the code back to; any other is refused.</summary>
    public List<string> RedirectUris { get; set; } = [];

    /// <summary>The exact addresses the provider may send a browser to once it has signed out (<c>post_logout_redirect_uri</c>).</summary>
    public List<string> PostLogoutRedirectUris { get; set; } = [];
}

/// <summary>Who signs in to a browser application.</summary>
public static class BrowserClientUsers
{
    public const string Staff = "staff";

    public const string Citizens = "citizens";
}

/// <summary>
/// Citizens' sign-in: in production the province's unified identity (统一身份认证); in Development a
/// stand-in (identity number and name, then a one-time code to the registry's phone, written to a file).
/// Either way the person is matched to the registry, whose person id becomes the token's subject.
/// </summary>
public sealed class CitizenSignInOptions
{
    /// <summary>The applicants registry's gRPC address, where a signing-in person is matched.</summary>
    public string RegistryAddress { get; set; } = "";

    /// <summary>The deadline of one registry call.</summary>
    public TimeSpan RegistryTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The Development stand-in for the unified identity: refused at start-up outside Development.</summary>
    public bool RealNameStandIn { get; set; }

    /// <summary>The file the stand-in's one-time codes are written to instead of an SMS (Development only).</summary>
    public string SmsOutbox { get; set; } = "";

    /// <summary>How long a one-time code may be used.</summary>
    public TimeSpan CodeLifetime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Wrong codes before a code is spent and a new one must be asked for.</summary>
    public int MaxCodeAttempts { get; set; } = 5;

    /// <summary>The least time between two codes sent to one person.</summary>
    public TimeSpan CodeResendInterval { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Codes sent to one person in the last 24 hours, at most (someone else may be asking in their name).</summary>
    public int MaxCodesPerDay { get; set; } = 10;

    /// <summary>Wrong codes one person may enter in the last 24 hours across all their codes: what bounds guessing.</summary>
    public int MaxWrongCodesPerDay { get; set; } = 10;

    /// <summary>A citizen's sign-in session ends after this long without use.</summary>
    public TimeSpan IdleSession { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>The province's unified identity, when its authority is configured.</summary>
    public ProvinceIdentityOptions Province { get; set; } = new();
}

/// <summary>
/// The province's unified identity (统一身份认证): an external OpenID Connect provider this service signs citizens
/// in through as a confidential client (authorization code with PKCE); the identity number it asserts matches
/// the person in the registry.
/// </summary>
public sealed class ProvinceIdentityOptions
{
    /// <summary>Its issuer (discovery is read from it); empty: no federation.</summary>
    public string Authority { get; set; } = "";

    public string ClientId { get; set; } = "";

    public string ClientSecret { get; set; } = "";

    /// <summary>The claim of its identity token that carries the 居民身份证号码, as the province's interface document names it.</summary>
    public string IdNumberClaim { get; set; } = "id_number";

    /// <summary>What the sign-in pages call it.</summary>
    public string DisplayName { get; set; } = "河南省统一身份认证";

    public bool Configured => Authority.Length > 0;
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
