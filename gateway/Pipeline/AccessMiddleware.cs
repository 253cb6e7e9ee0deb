using Employment.Gateway.Rest;
using Grpc.Core;
using Microsoft.AspNetCore.Http;
using Yarp.ReverseProxy.Model;

namespace Employment.Gateway.Pipeline;

/// <summary>
/// Refuses a call the RPC's declared roles do not allow, before rate limits and before it is proxied:
/// gRPC requests name the RPC in their path, REST requests through the route YARP matched (whose
/// metadata names the RPC, <see cref="RestRoutes"/>). A request that is neither — a gRPC route reached
/// without gRPC, or gRPC over HTTP/1.1 — is refused, never proxied unchecked. The public site's route
/// passes what is the site's (<see cref="SiteRoute"/>); a shared subsidy contract's call that names no routed
/// service is refused (<see cref="SubsidyRoutes"/>). Other requests (health, OpenAPI) pass on.
/// </summary>
public sealed class AccessMiddleware(RequestDelegate next, GatewayAccess access, GatewayOptions options, SubsidyRoutes subsidyRoutes)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var call = GatewayCall.Of(context);
        var route = context.GetEndpoint()?.Metadata.GetMetadata<RouteModel>()?.Config;
        if (SiteRoute.Is(route))
        {
            // A page is judged by the site (it calls only public methods); what is not the site's is no route here.
            await (SiteRoute.Admits(context, options) ? next(context) : GatewayErrors.NoSuchRouteAsync(context));
            return;
        }

        string methodPath;
        if (route?.Metadata?.TryGetValue(RestRoutes.MethodKey, out var restMethod) == true)
        {
            methodPath = restMethod;
        }
        else if (call.IsGrpc && !HttpProtocol.IsHttp2(context.Request.Protocol) && !HttpProtocol.IsHttp3(context.Request.Protocol))
        {
            await GatewayErrors.WriteAsync(context, StatusCode.Unimplemented,
                "gRPC 调用须使用 HTTP/2，请连接网关的 gRPC 端口。 (gRPC needs HTTP/2: call the gateway's gRPC port.)", "GRPC_NEEDS_HTTP2");
            return;
        }
        else if (call.IsGrpc)
        {
            methodPath = context.Request.Path.Value ?? "";
        }
        else if (route is not null)
        {
            await GatewayErrors.WriteAsync(context, StatusCode.NotFound,
                "没有 REST 接口使用这个路径；调用 gRPC 方法须使用 content-type application/grpc。 (No REST route has this path; a gRPC method needs content-type application/grpc.)", "NO_SUCH_ROUTE");
            return;
        }
        else
        {
            await next(context);
            return;
        }

        call.MethodPath = methodPath;
        if (await access.CheckAsync(context, methodPath) is { } refusal)
        {
            await GatewayErrors.WriteAsync(context, refusal);
            return;
        }

        // A shared subsidy contract's call reached no route: it named no subsidy service the gateway routes.
        if (route is null && subsidyRoutes.Refusal(context, methodPath) is { } unnamed)
        {
            await GatewayErrors.WriteAsync(context, unnamed);
            return;
        }

        call.Judged = true;
        await next(context);
    }
}
