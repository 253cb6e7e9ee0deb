using Grpc.Core;
using Grpc.Transport.Protocol;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Matching;
using Microsoft.Extensions.DependencyInjection;

namespace Grpc.AspNetCore.Server.Internal;

/// <summary>
/// Answers a gRPC request to a path no method is mapped at with UNIMPLEMENTED, saying whether the
/// service or only the method is unknown. Non-gRPC requests fall through to the application's 404.
/// </summary>
internal static class UnimplementedEndpoints
{
    private sealed class Marker;

    public static void MapOnce(IEndpointRouteBuilder endpoints)
    {
        if (endpoints.DataSources.SelectMany(d => d.Endpoints).Any(e => e.Metadata.GetMetadata<Marker>() is not null))
        {
            return;
        }

        var registry = endpoints.ServiceProvider.GetRequiredService<GrpcServiceRegistry>();
        endpoints.MapMethods("{unimplementedService}/{unimplementedMethod}", [HttpMethods.Post], httpContext =>
            {
                var service = (string)httpContext.Request.RouteValues["unimplementedService"]!;
                var detail = registry.Contains(service) ? "Method is unimplemented." : "Service is unimplemented.";
                return ProtocolErrors.WriteTrailersOnlyAsync(httpContext, StatusCodes.Status200OK, new Status(StatusCode.Unimplemented, detail));
            })
            .WithDisplayName("gRPC - unimplemented")
            .WithMetadata(new Marker())
            .Add(builder =>
            {
                ((RouteEndpointBuilder)builder).Order = int.MaxValue;
                builder.Metadata.Add(new GrpcContentTypeMatch());
            });
    }
}

/// <summary>Endpoint metadata checked by <see cref="GrpcContentTypeMatcherPolicy"/>.</summary>
internal sealed class GrpcContentTypeMatch;

/// <summary>Keeps the unimplemented fallback from answering requests that are not gRPC.</summary>
internal sealed class GrpcContentTypeMatcherPolicy : MatcherPolicy, IEndpointSelectorPolicy
{
    public override int Order => 0;

    public bool AppliesToEndpoints(IReadOnlyList<Endpoint> endpoints) =>
        endpoints.Any(e => e.Metadata.GetMetadata<GrpcContentTypeMatch>() is not null);

    public Task ApplyAsync(HttpContext httpContext, CandidateSet candidates)
    {
        var isGrpc = GrpcProtocol.IsGrpcContentType(httpContext.Request.ContentType);
        for (var i = 0; i < candidates.Count; i++)
        {
            if (!isGrpc && candidates[i].Endpoint.Metadata.GetMetadata<GrpcContentTypeMatch>() is not null)
            {
                candidates.SetValidity(i, false);
            }
        }

        return Task.CompletedTask;
    }
}
