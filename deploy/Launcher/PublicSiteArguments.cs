using Employment.ServiceDefaults;

namespace Employment.Launcher;

/// <summary>
/// The public site's arguments in a local run: the launcher's defaults, where each started service
/// listens (<c>--Services:&lt;name&gt;=&lt;address&gt;</c>, the addresses its pages call), in Development the
/// identity provider that signs citizens in to its online hall (through the real-name stand-in), then the
/// shared arguments and the launcher's own "--public-site:Key=value" ones, which win.
/// </summary>
internal static class PublicSiteArguments
{
    public const string Name = "public-site";

    public const string Prefix = "--" + Name + ":";

    /// <summary>Its browser application at the identity provider: a citizens' one.</summary>
    public const string ClientId = "public-site";

    public static string[] For(string[] defaults, IEnumerable<(IServiceModule Module, string Address)> services, (string Issuer, string Provider)? hall, string[] args) =>
    [
        .. defaults, .. services.Select(s => $"--Services:{s.Module.Name}={s.Address}"),
        .. hall is { } signIn ? (string[])[$"--PublicSite:Authority={signIn.Issuer}", $"--PublicSite:ProviderAddress={signIn.Provider}/"] : [],
        .. ServiceArguments.For(Name, args),
    ];

    /// <summary>The provider's registration of the site: a citizens' application, sent back to the hall after signing in and out.</summary>
    public static string[] Application(string issuer, int index) =>
    [
        $"--IdentityProvider:Applications:{index}:ClientId={ClientId}",
        $"--IdentityProvider:Applications:{index}:DisplayName=网上办事",
        $"--IdentityProvider:Applications:{index}:Users=citizens",
        $"--IdentityProvider:Applications:{index}:RedirectUris:0={issuer}hall/signin-oidc",
        $"--IdentityProvider:Applications:{index}:PostLogoutRedirectUris:0={issuer}hall/signout-callback-oidc",
    ];
}
