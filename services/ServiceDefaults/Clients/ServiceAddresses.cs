using Microsoft.Extensions.Configuration;

namespace Employment.ServiceDefaults.Clients;

/// <summary>
/// Where one host finds another: <c>Services:&lt;name&gt;</c> as the launcher, run-production.sh, compose and
/// Kubernetes set it, else the service on its default port on this machine (a service run alone by hand).
/// The default ports come from the platform's one list (<see cref="PlatformServices"/>): each module's own port is read from here.
/// </summary>
public static class ServiceAddresses
{
    public static IReadOnlyDictionary<string, int> DefaultPorts { get; } =
        PlatformServices.All.Where(s => s.DefaultPort is not null).ToDictionary(s => s.Name, s => s.DefaultPort!.Value, StringComparer.Ordinal);

    /// <summary>The address of <paramref name="service"/> (a module's name, e.g. <c>hiring-subsidies</c>).</summary>
    public static Uri Of(IConfiguration configuration, string service)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (configuration[$"Services:{service}"] is { Length: > 0 } address)
        {
            return new Uri(address);
        }

        return DefaultPorts.TryGetValue(service, out var port)
            ? new Uri($"http://127.0.0.1:{port}")
            : throw new InvalidOperationException($"No service is named {service}: set Services:{service}.");
    }
}
