using Employment.Gateway;
using Employment.ServiceDefaults;
using Microsoft.Extensions.Configuration;

namespace Employment.Launcher;

/// <summary>
/// The gateway's arguments in a local run: the launcher's environment (Development, so the development tokens verify), quiet
/// logs like the services, each started service and web application as the destination of its cluster, then the
/// launcher's own "--gateway:Key=value" arguments, which win.
/// </summary>
internal static class GatewayArguments
{
    public const string Prefix = "--gateway:";

    public static string[] For(string environment, IEnumerable<(IServiceModule Module, string Address)> services, (string PublicSite, string Workbench) sites, (string Address, string[] Trust) identity, string[] args)
    {
        var clusters = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, GatewayHost.DefaultsFile), optional: false)
            .Build()
            .GetSection("ReverseProxy:Clusters")
            .GetChildren()
            .Select(c => c.Key)
            .ToHashSet(StringComparer.Ordinal);
        var result = new List<string>
        {
            $"--environment={environment}",
            "--Logging:LogLevel:Default=Warning",
            "--Logging:LogLevel:Microsoft.Hosting.Lifetime=Warning",
        };

        // The services listen where the launcher started them (free ports in tests), not necessarily
        // on gateway.json's default ports.
        foreach (var (module, address) in services.Where(s => clusters.Contains(s.Module.Name)))
        {
            result.Add($"--ReverseProxy:Clusters:{module.Name}:Destinations:{module.Name}-1:Address={address}");
        }

        // The web applications' own processes, destinations like any service's.
        result.Add($"--ReverseProxy:Clusters:{PublicSiteArguments.Name}:Destinations:{PublicSiteArguments.Name}-1:Address={sites.PublicSite}");
        result.Add($"--ReverseProxy:Clusters:{WorkbenchArguments.Name}:Destinations:{WorkbenchArguments.Name}-1:Address={sites.Workbench}");
        // The identity provider's endpoints, and the keys it publishes, which the gateway trusts like every service.
        result.Add($"--ReverseProxy:Clusters:{IdentityProviderArguments.Name}:Destinations:{IdentityProviderArguments.Name}-1:Address={identity.Address}");
        result.AddRange(identity.Trust);
        result.AddRange(args.Where(a => a.StartsWith(Prefix, StringComparison.Ordinal)).Select(a => "--" + a[Prefix.Length..]));
        return [.. result];
    }
}
