using Employment.ServiceDefaults;

namespace Employment.Launcher;

/// <summary>
/// The public site's arguments in a local run: the launcher's defaults, where each started service
/// listens (<c>--Services:&lt;name&gt;=&lt;address&gt;</c>, the addresses its pages call), then the
/// shared arguments and the launcher's own "--public-site:Key=value" ones, which win.
/// </summary>
internal static class PublicSiteArguments
{
    public const string Name = "public-site";

    public const string Prefix = "--" + Name + ":";

    public static string[] For(string[] defaults, IEnumerable<(IServiceModule Module, string Address)> services, string[] args) =>
        [.. defaults, .. services.Select(s => $"--Services:{s.Module.Name}={s.Address}"), .. ServiceArguments.For(Name, args)];
}
