using System.Collections.Concurrent;
using Grpc.Net.Client;
using Yarp.ReverseProxy;

namespace Employment.Gateway.Rest;

/// <summary>
/// Where a transcoded call goes: the cluster of the YARP route for the RPC's service, one of its
/// available (health-checked) destinations in turn, over a channel kept per destination.
/// </summary>
public sealed class UpstreamChannels(IProxyStateLookup proxy) : IDisposable
{
    private readonly ConcurrentDictionary<string, GrpcChannel> _channels = new(StringComparer.Ordinal);
    private int _turn;

    /// <summary>A channel to a destination serving the service; null when no route or destination is up.</summary>
    public GrpcChannel? For(string serviceFullName)
    {
        var prefix = "/" + serviceFullName + "/";
        var cluster = proxy.GetRoutes()
            .FirstOrDefault(r => r.Config.Match.Path?.StartsWith(prefix, StringComparison.Ordinal) == true)?.Cluster;
        var destinations = cluster?.DestinationsState.AvailableDestinations;
        if (destinations is null || destinations.Count == 0)
        {
            return null;
        }

        var destination = destinations[(int)((uint)Interlocked.Increment(ref _turn) % (uint)destinations.Count)];
        return _channels.GetOrAdd(destination.Model.Config.Address, address => GrpcChannel.ForAddress(address));
    }

    public void Dispose()
    {
        foreach (var channel in _channels.Values)
        {
            channel.Dispose();
        }
    }
}
