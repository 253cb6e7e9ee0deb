using Employment.Gateway.Pipeline;
using Employment.Gateway.Rest;
using Employment.ServiceDefaults;
using Employment.ServiceDefaults.Errors;
using Employment.ServiceDefaults.Health;
using Google.Protobuf.Reflection;
using Grpc.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Yarp.ReverseProxy;

namespace Employment.Gateway.Health;

/// <summary>
/// What the gateway answers about itself over gRPC, so that a Kubernetes gRPC probe, a load
/// balancer or grpcurl can use the one public door: grpc.health.v1 (overall, and per routed service
/// name, SERVING while the service's cluster has a healthy destination) and server reflection listing
/// and describing every routed service. Any other unknown service is UNIMPLEMENTED (grpc-dotnet's own
/// answer once a gRPC service is mapped); an unknown method of a routed service reaches that service,
/// which answers UNIMPLEMENTED as well.
/// </summary>
public static class GatewayGrpcServices
{
    public static void AddGatewayGrpcServices(this IServiceCollection services, RestRoutes routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        // The gateway's own gRPC answers carry their details as the services' do, in the gateway's domain.
        services.AddSingleton(new ErrorDomain(GatewayErrors.Domain));
        services.AddGrpc(options => options.Interceptors.Add<DomainRuleMapping>());
        var checks = services.AddGrpcHealthChecks(options =>
        {
            foreach (var service in routes.ClusterOfService.Keys)
            {
                options.Services.Map(service, result => result.Name == service);
            }

            // The gateway's own process, for a liveness probe: a service without a healthy copy must
            // not get the door restarted (LivenessHealth).
            options.Services.Map(LivenessHealth.ServiceName, result => result.Name == LivenessHealth.ProcessCheck);
        });
        checks.AddCheck(LivenessHealth.ProcessCheck, () => HealthCheckResult.Healthy());
        foreach (var (service, cluster) in routes.ClusterOfService)
        {
            checks.Add(new HealthCheckRegistration(service, provider => new ClusterHealthCheck(provider.GetRequiredService<IProxyStateLookup>(), cluster), null, null));
        }

        var routed = ContractDescriptors.Files.SelectMany(f => f.Services).Where(s => routes.IsRouted(s.FullName));
        services.AddSingleton(new ReflectionServiceImpl(
            [.. routed, Grpc.Health.V1.Health.Descriptor, Grpc.Reflection.V1Alpha.ServerReflection.Descriptor]));
    }

    public static void MapGatewayGrpcServices(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGrpcHealthChecksService();
        app.MapGrpcService<ReflectionServiceImpl>();
    }

    /// <summary>A routed service is healthy while its cluster has a healthy destination (as /healthz reports it).</summary>
    private sealed class ClusterHealthCheck(IProxyStateLookup proxy, string clusterId) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            Task.FromResult(proxy.TryGetCluster(clusterId, out var cluster) && GatewayHealth.IsHealthy(cluster)
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy($"No healthy destination in cluster {clusterId}."));
    }
}
