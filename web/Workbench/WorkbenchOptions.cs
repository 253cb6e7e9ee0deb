using Employment.Web.Kit.SignIn;

namespace Employment.Web.Workbench;

/// <summary>The workbench's settings, bound from the <c>Workbench</c> section.</summary>
public sealed class WorkbenchOptions
{
    public const string SectionName = "Workbench";

    /// <summary>Every page's path begins here: the gateway routes <c>/workbench/…</c> to this application.</summary>
    public const string PathBase = "/workbench";

    /// <summary>The identity provider's issuer (the gateway's public address): discovery, sign-in and tokens are there.</summary>
    public string Authority { get; set; } = "";

    /// <summary>
    /// The provider's internal address (e.g. http://identity-provider:5112/), where the workbench's own calls to it go;
    /// empty: the same as <see cref="Authority"/>.
    /// </summary>
    public string ProviderAddress { get; set; } = "";

    /// <summary>The workbench's browser application at the provider (a public client: code with PKCE).</summary>
    public string ClientId { get; set; } = "counter-workbench";

    /// <summary>How long a screen waits for one service before it says that part is unavailable.</summary>
    public TimeSpan CallTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How far back the window's owed list looks for contract starts, business starts, traineeships and work away (months
    /// before today). A screen's search window, not a policy limit: each measure's own rules still decide what is owed.
    /// </summary>
    public int OwedLookBackMonths { get; set; } = 24;

    /// <summary>
    /// A counter computer is shared: the workbench's session ends after this long without use, like the provider's own
    /// staff session (<c>IdentityProvider:Staff:IdleSession</c>).
    /// </summary>
    public TimeSpan IdleSession { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// The networks (CIDR) of the proxies whose X-Forwarded-Host and -Proto name the address the browser used: the
    /// gateway's. Loopback is always trusted. The sign-in's return address is built from them.
    /// </summary>
    public List<string> TrustedProxyNetworks { get; set; } = [];

    /// <summary>The clerk's sign-in: this application at the provider, its pages and session cookie under <see cref="PathBase"/>.</summary>
    public BrowserSignInSettings SignIn => new(Authority, ProviderAddress, ClientId, PathBase, "employment-workbench", IdleSession);
}
