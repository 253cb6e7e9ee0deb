using Grpc.AspNetCore.Server;
using Grpc.AspNetCore.Server.Internal;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

public static class GrpcServicesExtensions
{
    /// <summary>Adds the gRPC server. Map services with <c>app.MapGrpcService&lt;T&gt;()</c>.</summary>
    public static IGrpcServerBuilder AddGrpc(this IServiceCollection services, Action<GrpcServiceOptions>? configureOptions = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddRouting();
        services.AddOptions<GrpcServiceOptions>();
        if (configureOptions is not null)
        {
            services.Configure(configureOptions);
        }

        services.TryAddSingleton<GrpcServiceRegistry>();
        services.TryAddSingleton<ServerCallSettings>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Microsoft.AspNetCore.Routing.MatcherPolicy, GrpcContentTypeMatcherPolicy>());
        return new GrpcServerBuilder(services);
    }

    private sealed class GrpcServerBuilder(IServiceCollection services) : IGrpcServerBuilder
    {
        public IServiceCollection Services { get; } = services;
    }
}

/// <summary>Returned by <c>AddGrpc</c> so that related registrations can chain.</summary>
public interface IGrpcServerBuilder
{
    IServiceCollection Services { get; }
}
