using Employment.Gateway.Rest;
using Microsoft.AspNetCore.Http;

namespace Employment.Gateway.Pipeline;

/// <summary>
/// Refuses a call the RPC's declared roles do not allow, before rate limits and before it is proxied
/// or transcoded: gRPC requests name the RPC in their path, REST requests through their
/// google.api.http binding. Other requests (health, OpenAPI) pass on.
/// </summary>
public sealed class AccessMiddleware(RequestDelegate next, GatewayAccess access, HttpBindings bindings)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var call = GatewayCall.Of(context);
        string methodPath;
        if (call.IsGrpc)
        {
            methodPath = context.Request.Path.Value ?? "";
        }
        else if (bindings.Find(context.Request.Method, context.Request.Path.Value ?? "") is { } rest)
        {
            call.Rest = rest;
            methodPath = rest.Binding.MethodPath;
        }
        else
        {
            await next(context);
            return;
        }

        if (await access.CheckAsync(context, methodPath) is { } refusal)
        {
            await GatewayErrors.WriteAsync(context, refusal.StatusCode, refusal.Detail);
            return;
        }

        await next(context);
    }
}
