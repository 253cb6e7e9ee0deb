using Employment.Gateway.Pipeline;
using Microsoft.AspNetCore.Http;
using Yarp.ReverseProxy.Health;
using Yarp.ReverseProxy.Model;

namespace Employment.Gateway.Health;

/// <summary>
/// YARP passive health policy <c>RefusedConnection</c>: a copy that refuses a connection, or loses a
/// call's connection before any answer (<see cref="LostBeforeAnswer"/>: its process died), is out of
/// rotation at once, for the cluster's <c>HealthCheck:Passive:ReactivationPeriod</c> (then the
/// active probe, or the next call, judges it again). YARP's own <c>TransportFailureRate</c> waits
/// for a number of calls and a failure rate, i.e. keeps sending calls to a dead process.
/// </summary>
public sealed class RefusedConnectionHealthPolicy(IDestinationHealthUpdater health) : IPassiveHealthCheckPolicy
{
    public const string PolicyName = "RefusedConnection";

    private static readonly TimeSpan DefaultReactivation = TimeSpan.FromSeconds(5);

    public string Name => PolicyName;

    public void RequestProxied(HttpContext context, ClusterState cluster, DestinationState destination)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(cluster);
        ArgumentNullException.ThrowIfNull(destination);
        if (RefusedConnection.Is(context) || LostBeforeAnswer.Is(context))
        {
            health.SetPassive(cluster, destination, DestinationHealth.Unhealthy,
                cluster.Model.Config.HealthCheck?.Passive?.ReactivationPeriod ?? DefaultReactivation);
        }
    }
}
