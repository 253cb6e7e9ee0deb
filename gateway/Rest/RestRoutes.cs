using Microsoft.Extensions.Configuration;

namespace Employment.Gateway.Rest;

/// <summary>
/// The REST routes of the gateway: one YARP route per google.api.http binding, to the cluster that
/// serves the binding's gRPC service (as the gRPC routes in gateway.json say), where the service's
/// Microsoft.AspNetCore.Grpc.JsonTranscoding answers it. Each route names its RPC in its metadata, so
/// the role check and the rate limits judge a REST call by the method it reaches.
/// </summary>
public sealed class RestRoutes
{
    /// <summary>The route metadata key holding the RPC a REST route reaches (<c>/package.Service/Method</c>).</summary>
    public const string MethodKey = "GrpcMethod";

    private const string RoutesSection = "ReverseProxy:Routes";
    private const string GrpcRouteSuffix = "/{method}";

    private RestRoutes(IReadOnlyDictionary<string, string> clusterOfService) => ClusterOfService = clusterOfService;

    /// <summary>The gRPC services the gateway routes (full name → cluster), from the configured gRPC routes.</summary>
    public IReadOnlyDictionary<string, string> ClusterOfService { get; }

    /// <summary>Reads the configured gRPC routes and adds a REST route for every binding of a routed service.</summary>
    public static RestRoutes AddTo(IConfigurationManager configuration, HttpBindings bindings)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(bindings);
        var clusters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var route in configuration.GetSection(RoutesSection).GetChildren())
        {
            // A gRPC route's path is "/package.Service/{method}".
            if (route["Match:Path"] is { } path && path.StartsWith('/') && path.EndsWith(GrpcRouteSuffix, StringComparison.Ordinal)
                && route["ClusterId"] is { Length: > 0 } cluster)
            {
                clusters[path[1..^GrpcRouteSuffix.Length]] = cluster;
            }
        }

        var entries = new Dictionary<string, string?>(StringComparer.Ordinal);
        var index = 0;
        foreach (var binding in bindings.All)
        {
            if (!clusters.TryGetValue(binding.Method.Service.FullName, out var cluster))
            {
                continue; // the service is not routed here: neither is its REST
            }

            var name = $"{RoutesSection}:rest-{index++}";
            entries[$"{name}:ClusterId"] = cluster;
            entries[$"{name}:Match:Path"] = binding.Path.RoutePattern;
            entries[$"{name}:Match:Methods:0"] = binding.Verb;
            entries[$"{name}:Metadata:{MethodKey}"] = binding.MethodPath;
        }

        configuration.AddInMemoryCollection(entries);
        return new RestRoutes(clusters);
    }
}
