using Employment.ServiceDefaults;

namespace Employment.Launcher;

/// <summary>
/// The clerks' workbench in a local run: the launcher's defaults, where each started service listens (the
/// addresses its screens call with the clerk's token), the identity provider's issuer it signs clerks in at, then the
/// provider's own address (where the workbench's calls to it go), then the shared arguments and the launcher's own
/// "--workbench:Key=value" ones, which win.
/// </summary>
internal static class WorkbenchArguments
{
    public const string Name = "workbench";

    /// <summary>Its browser application at the identity provider.</summary>
    public const string ClientId = "counter-workbench";

    public static string[] For(string[] defaults, IEnumerable<(IServiceModule Module, string Address)> services, string issuer, string provider, string[] args) =>
        [.. defaults, .. services.Select(s => $"--Services:{s.Module.Name}={s.Address}"), $"--Workbench:Authority={issuer}", $"--Workbench:ProviderAddress={provider}/", .. ServiceArguments.For(Name, args)];

    /// <summary>The provider's registration of the workbench: where a clerk is sent back after signing in and after signing out.</summary>
    public static string[] Application(string issuer, int index) =>
    [
        $"--IdentityProvider:Applications:{index}:ClientId={ClientId}",
        $"--IdentityProvider:Applications:{index}:DisplayName=人社窗口工作台",
        $"--IdentityProvider:Applications:{index}:RedirectUris:0={issuer}workbench/signin-oidc",
        $"--IdentityProvider:Applications:{index}:PostLogoutRedirectUris:0={issuer}workbench/signout-callback-oidc",
    ];
}
