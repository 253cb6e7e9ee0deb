using System.Collections.Concurrent;
using Employment.Gateway.Rest;
using Grpc.Net.Client;
using Yarp.ReverseProxy;

namespace Employment.Gateway.Web;

/// <summary>
/// How the pages reach a service: the destination YARP would pick for the service's cluster (one
/// it does not know to be down), called anonymously. No token is sent, so each service's own
/// declared-access check admits only its public methods: the pages cannot reach anything a
/// person on the internet could not. Calling the destination directly rather than the gateway's
/// own REST port keeps the page's calls out of the public rate limit, which would otherwise
/// count every visitor against the gateway's own address.
/// </summary>
public sealed class PublicChannels(RestRoutes routes, IProxyStateLookup proxy) : IDisposable
{
    // One HTTP/2 connection pool for every destination; channels per address share it.
    private readonly SocketsHttpHandler _handler = new()
    {
        EnableMultipleHttp2Connections = true,
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
        ConnectTimeout = TimeSpan.FromSeconds(2),
    };

    private readonly ConcurrentDictionary<string, GrpcChannel> _channels = new(StringComparer.Ordinal);
    private HttpMessageInvoker? _http;
    private int _turn;

    /// <summary>A destination's base address for the gRPC service, or null when the gateway routes it nowhere or every destination is down.</summary>
    public Uri? AddressOf(string grpcServiceFullName)
    {
        if (!routes.ClusterOfService.TryGetValue(grpcServiceFullName, out var clusterId)
            || !proxy.TryGetCluster(clusterId, out var cluster))
        {
            return null;
        }

        var destinations = cluster.DestinationsState.AvailableDestinations;
        if (destinations.Count == 0)
        {
            return null;
        }

        var turn = (uint)Interlocked.Increment(ref _turn);
        return new Uri(destinations[(int)(turn % (uint)destinations.Count)].Model.Config.Address);
    }

    /// <summary>A channel to a destination of the service, or null (see <see cref="AddressOf"/>).</summary>
    public GrpcChannel? ChannelFor(string grpcServiceFullName) =>
        AddressOf(grpcServiceFullName) is { } address
            ? _channels.GetOrAdd(address.ToString(), a => GrpcChannel.ForAddress(a, new GrpcChannelOptions { HttpHandler = _handler, DisposeHttpClient = false }))
            : null;

    /// <summary>An HTTP client for a REST route the service transcodes itself. Its own handler: once a
    /// GrpcChannel has used a handler, plain requests through it fail ("Unable to get subchannel").</summary>
    public HttpMessageInvoker Http => _http ??= new HttpMessageInvoker(
        new SocketsHttpHandler { EnableMultipleHttp2Connections = true, PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5), ConnectTimeout = TimeSpan.FromSeconds(2) },
        disposeHandler: true);

    public void Dispose()
    {
        foreach (var channel in _channels.Values)
        {
            channel.Dispose();
        }

        _http?.Dispose();
        _handler.Dispose();
    }
}
