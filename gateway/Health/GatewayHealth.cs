using Employment.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http;
using Yarp.ReverseProxy;
using Yarp.ReverseProxy.Health;
using Yarp.ReverseProxy.Model;

namespace Employment.Gateway.Health;

/// <summary>
/// <c>GET /healthz</c>, for anyone (a load balancer, a monitor): yes or no, 200 when every service (YARP
/// cluster) has a healthy destination, 503 otherwise, and nothing of the inside. <c>GET /healthz/details</c>,
/// for operators (an admin token): each service with each destination's address and state from the active
/// health checks and the passive one (every service answers <c>/healthz</c> over HTTP/2).
/// </summary>
public static class GatewayHealth
{
    public static IResult Summary(IProxyStateLookup proxy)
    {
        ArgumentNullException.ThrowIfNull(proxy);
        var healthy = proxy.GetClusters().All(IsHealthy);
        return Results.Json(new { status = healthy ? "healthy" : "unhealthy" }, statusCode: healthy ? 200 : 503);
    }

    public static IResult Details(HttpContext context, IProxyStateLookup proxy)
    {
        ArgumentNullException.ThrowIfNull(context);
        var caller = PlatformTokens.CallerOf(context.User);
        if (caller.Role != CallerRole.Admin)
        {
            return Results.Json(
                new { status = caller.IsAuthenticated ? "forbidden" : "unauthenticated", message = "服务地址与状态明细仅供运维人员查看，请使用管理员令牌。" },
                statusCode: caller.IsAuthenticated ? StatusCodes.Status403Forbidden : StatusCodes.Status401Unauthorized);
        }

        return Report(proxy);
    }

    private static IResult Report(IProxyStateLookup proxy)
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
