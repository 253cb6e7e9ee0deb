using Microsoft.AspNetCore.Http;

namespace Employment.Gateway.Pipeline;

/// <summary>Refuses a gRPC call the method's declared roles do not allow, before it is proxied.</summary>
public sealed class GrpcAccessMiddleware(RequestDelegate next, GatewayAccess access)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (!GatewayCall.Of(context).IsGrpc)
        {
            return next(context);
        }

        return access.Check(context, context.Request.Path.Value ?? "") is { } refusal
            ? GatewayErrors.WriteAsync(context, refusal.StatusCode, refusal.Detail)
            : next(context);
    }
}
