using Grpc.Core;
using Microsoft.AspNetCore.Http;
using Yarp.ReverseProxy.Forwarder;

namespace Employment.Gateway.Pipeline;

/// <summary>
/// When YARP could not reach the owning service (none healthy, connection refused, timed out) and has
/// written nothing yet, the caller gets UNAVAILABLE it can act on — HTTP 503 with {code: 14, message}
/// for REST, grpc-status 14 for gRPC — instead of a bare 502/503 without a body.
/// </summary>
public static class ProxyErrors
{
    public static async Task InvokeAsync(HttpContext context, Func<Task> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        await next().ConfigureAwait(false);
        var failed = context.Features.Get<IForwarderErrorFeature>() is { Error: not ForwarderError.None }
            || context.Response.StatusCode == StatusCodes.Status503ServiceUnavailable;
        if (failed && !context.Response.HasStarted)
        {
            context.Response.Clear();
            await GatewayErrors.WriteAsync(context, StatusCode.Unavailable,
                "处理该调用的服务暂时无法连接，请稍后重试。 (The service that answers this call is not reachable now; try again shortly.)", "SERVICE_UNAVAILABLE").ConfigureAwait(false);
        }
    }
}
