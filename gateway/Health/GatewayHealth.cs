using Microsoft.AspNetCore.Http;
using Yarp.ReverseProxy;
using Yarp.ReverseProxy.Health;
using Yarp.ReverseProxy.Model;

namespace Employment.Gateway.Health;

/// <summary>
/// <c>GET /healthz</c>: each service (YARP cluster) with each destination's state from the active
/// health checks and the passive one (every service answers <c>/healthz</c> over HTTP/2). 200 when every service has a
/// healthy destination, 503 otherwise.
/// </summary>
public static class GatewayHealth
{
    public static IResult Report(IProxyStateLookup proxy)
    {
        ArgumentNullException.ThrowIfNull(proxy);
        var services = proxy.GetClusters()
            .OrderBy(c => c.ClusterId, StringComparer.Ordinal)
            .Select(cluster => new
            {
                service = cluster.ClusterId,
                healthy = IsHealthy(cluster),
                destinations = cluster.Destinations.Values
                    .OrderBy(d => d.DestinationId, StringComparer.Ordinal)
                    .Select(d => new
                    {
                        id = d.DestinationId,
                        address = d.Model.Config.Address,
                        health = IsProbed(cluster) ? Name(d.Health.Active) : "not probed",
                        // What the calls themselves found (a refused connection), between two probes.
                        passive = cluster.Model.Config.HealthCheck?.Passive?.Enabled == true ? Name(d.Health.Passive) : "off",
                    })
                    .ToArray(),
            })
            .ToArray();
        var healthy = services.All(s => s.healthy);
        return Results.Json(new { status = healthy ? "healthy" : "unhealthy", services }, statusCode: healthy ? 200 : 503);
    }

    /// <summary>A probed cluster is healthy with a healthy destination; one without active checks while it has destinations.</summary>
    public static bool IsHealthy(ClusterState cluster)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        return IsProbed(cluster)
            ? cluster.Destinations.Values.Any(d => d.Health.Active == DestinationHealth.Healthy)
            : !cluster.Destinations.IsEmpty;
    }

    // A cluster configured without active health checks is reported as such, and counts as up while it has destinations.
    private static bool IsProbed(ClusterState cluster) => cluster.Model.Config.HealthCheck?.Active?.Enabled == true;

    private static string Name(DestinationHealth health) => health switch
    {
        DestinationHealth.Healthy => "healthy",
        DestinationHealth.Unhealthy => "unhealthy",
        _ => "unknown",
    };
}
