using Employment.Web.Kit.SignIn;

namespace Employment.Web.Public;

/// <summary>How long a page waits, and how the online hall signs people in, bound from the <c>PublicSite</c> section.
/// Where the site listens is <c>Listen:Address</c> and <c>Listen:Port</c>, as for every service host.</summary>
public sealed class PublicSiteOptions
{
    public const string SectionName = "PublicSite";

    /// <summary>The online hall's pages (网上办事) begin here; its session cookie is sent to them alone, never to the public pages.</summary>
    public const string HallPath = "/hall";

    /// <summary>How long a page waits for one service before it shows that service as unavailable.</summary>
    public TimeSpan CallTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long the self-check forms a service described are kept before it is asked again: they change only when the
    /// service is deployed. A service that could not say is not kept.
    /// </summary>
    public TimeSpan SelfCheckFormsKept { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The identity provider's issuer (the gateway's public address), where citizens sign in by real name and agents
    /// choose the employer they act for. Empty: the site has no online hall, only its public pages.
    /// </summary>
    public string Authority { get; set; } = "";

    /// <summary>The provider's internal address for the site's own calls to it; empty: the same as <see cref="Authority"/>.</summary>
    public string ProviderAddress { get; set; } = "";

    /// <summary>The site's browser application at the provider (a citizens' application: code with PKCE).</summary>
    public string ClientId { get; set; } = "public-site";

    /// <summary>The hall's session ends after this long without use, like the provider's own citizens' session.</summary>
    public TimeSpan IdleSession { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>The networks (CIDR) of the gateway, whose X-Forwarded-Host and -Proto name the address the browser used; loopback always.</summary>
    public List<string> TrustedProxyNetworks { get; set; } = [];

    /// <summary>Whether the online hall is open: a provider is configured.</summary>
    public bool HallOpen => Authority.Length > 0;

    /// <summary>A citizen's or agent's sign-in: this site at the provider, its pages and session cookie under <see cref="HallPath"/>.</summary>
    public BrowserSignInSettings SignIn => new(Authority, ProviderAddress, ClientId, HallPath, "employment-hall", IdleSession);
}
