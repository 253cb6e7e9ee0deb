using Grpc.AspNetCore.Server;
using Grpc.AspNetCore.Server.Internal;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Microsoft.AspNetCore.Builder;

public static class GrpcEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps every method of a service that derives from a generated <c>XxxBase</c> to a POST endpoint
    /// at <c>/package.Service/Method</c>. An instance is created per call (from DI when registered).
    /// </summary>
    public static GrpcServiceEndpointConventionBuilder MapGrpcService<TService>(this IEndpointRouteBuilder builder)
        where TService : class
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (builder.ServiceProvider.GetService<GrpcServiceRegistry>() is null)
        {
            throw new InvalidOperationException("Call services.AddGrpc() before mapping gRPC services.");
        }

        var conventions = ServiceRouteBinder.MapService<TService>(builder);
        UnimplementedEndpoints.MapOnce(builder);
        return new GrpcServiceEndpointConventionBuilder(conventions);
    }
}
