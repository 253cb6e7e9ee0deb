using Employment.ServiceDefaults.Health;
using Employment.ServiceDefaults.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Employment.ServiceDefaults;

/// <summary>Registration of the standard health and reflection services, named as in grpc-dotnet.</summary>
public static class GrpcStandardServicesExtensions
{
    /// <summary>Adds grpc.health.v1 driven by health checks; returns the builder to add checks to.</summary>
    public static IHealthChecksBuilder AddGrpcHealthChecks(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(HealthStatusStore)))
        {
            return services.AddHealthChecks();
        }

        services.AddSingleton<HealthStatusStore>();
        services.AddSingleton<GrpcHealthChecksPublisher>();
        services.TryAddSingleton<GrpcHealthService>();
        // The same instance serves as the publisher, so statuses land in the store the service reads.
        services.AddSingleton<IHealthCheckPublisher>(sp => sp.GetRequiredService<GrpcHealthChecksPublisher>());
        services.Configure<HealthCheckPublisherOptions>(options =>
        {
            options.Delay = TimeSpan.Zero;
            options.Period = TimeSpan.FromSeconds(5);
        });
        return services.AddHealthChecks();
    }

    public static IEndpointConventionBuilder MapGrpcHealthChecksService(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGrpcService<GrpcHealthService>();

    public static IServiceCollection AddGrpcReflection(this IServiceCollection services)
    {
        services.TryAddSingleton<ReflectionServiceV1>();
        services.TryAddSingleton<ReflectionServiceV1Alpha>();
        return services;
    }

    public static IEndpointConventionBuilder MapGrpcReflectionService(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGrpcService<ReflectionServiceV1Alpha>();
        return endpoints.MapGrpcService<ReflectionServiceV1>();
    }
}
