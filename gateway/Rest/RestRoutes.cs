using Employment.ServiceDefaults.Clients;
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

    private RestRoutes(IReadOnlyDictionary<string, string> clusterOfService, IEnumerable<string> sharedServices)
    {
        ClusterOfService = clusterOfService;
        _shared = sharedServices.ToHashSet(StringComparer.Ordinal);
    }

    private readonly HashSet<string> _shared;

    /// <summary>The gRPC services the gateway routes to one cluster each (full name → cluster), from the configured gRPC routes.</summary>
    public IReadOnlyDictionary<string, string> ClusterOfService { get; }

    /// <summary>True when the gateway routes the gRPC service: to its cluster, or a shared subsidy contract by its header.</summary>
    public bool IsRouted(string serviceFullName) => ClusterOfService.ContainsKey(serviceFullName) || _shared.Contains(serviceFullName);

    /// <summary>Reads the configured gRPC routes and adds a REST route for every binding of a routed service.</summary>
    public static RestRoutes AddTo(IConfigurationManager configuration, HttpBindings bindings, SubsidyRoutes subsidyRoutes)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(bindings);
        ArgumentNullException.ThrowIfNull(subsidyRoutes);
        var clusters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var route in configuration.GetSection(RoutesSection).GetChildren())
        {
            // A gRPC route's path is "/package.Service/{method}".
            // A shared contract's routes (matched by header too) are SubsidyRoutes'.
            if (route["Match:Path"] is { } path && path.StartsWith('/') && path.EndsWith(GrpcRouteSuffix, StringComparison.Ordinal)
                && route["ClusterId"] is { Length: > 0 } cluster && !route.GetSection("Match:Headers").Exists())
            {
                clusters[path[1..^GrpcRouteSuffix.Length]] = cluster;
            }
        }

        var entries = new Dictionary<string, string?>(StringComparer.Ordinal);
        var index = 0;
        foreach (var binding in bindings.All)
        {
            if (subsidyRoutes.ServicesOf.TryGetValue(binding.Method.Service.FullName, out var subsidyServices))
            {
                // A shared contract's REST path names its subsidy service: one route per service, the name written in.
                var variable = binding.Path.Variables.ToList().IndexOf(SubsidyServiceCalls.PathField);
                foreach (var service in variable < 0 ? [] : subsidyServices)
                {
                    Add(entries, index++, service, binding, binding.Path.RoutePattern.Replace($"{{v{variable}}}", service, StringComparison.Ordinal));
                }

                continue;
            }

            if (!clusters.TryGetValue(binding.Method.Service.FullName, out var cluster))
            {
                continue; // the service is not routed here: neither is its REST
            }

            Add(entries, index++, cluster, binding, binding.Path.RoutePattern);
        }

        configuration.AddInMemoryCollection(entries);
        return new RestRoutes(clusters, subsidyRoutes.ServicesOf.Where(s => s.Value.Count > 0).Select(s => s.Key));
    }

    private static void Add(Dictionary<string, string?> entries, int index, string cluster, HttpBinding binding, string pattern)
    {
        var name = $"{RoutesSection}:rest-{index}";
        entries[$"{name}:ClusterId"] = cluster;
        entries[$"{name}:Match:Path"] = pattern;
        entries[$"{name}:Match:Methods:0"] = binding.Verb;
        entries[$"{name}:Metadata:{MethodKey}"] = binding.MethodPath;
    }
}
