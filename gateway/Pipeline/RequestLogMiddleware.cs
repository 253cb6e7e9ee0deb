using System.Diagnostics;
using System.Text.RegularExpressions;
using Employment.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using Yarp.ReverseProxy.Model;

namespace Employment.Gateway.Pipeline;

/// <summary>
/// One log line per request: correlation id, W3C trace id, route, caller role, status and latency.
/// The path is logged without its query string, and no body or identity claim other than the role
/// is, so an identity number a caller sends never reaches the log.
/// </summary>
public sealed partial class RequestLogMiddleware(RequestDelegate next, ILogger<RequestLogMiddleware> logger)
{
    /// <summary>Accepted from the caller when well-formed, generated otherwise; forwarded and returned.</summary>
    public const string CorrelationHeader = "x-correlation-id";

    public async Task InvokeAsync(HttpContext context)
    {
        var call = GatewayCall.Of(context);
        var request = context.Request;
        call.IsGrpc = request.ContentType?.StartsWith("application/grpc", StringComparison.OrdinalIgnoreCase) == true;
        var offered = request.Headers[CorrelationHeader].ToString();
        call.CorrelationId = CorrelationShape().IsMatch(offered) ? offered : Guid.NewGuid().ToString("N");
        request.Headers[CorrelationHeader] = call.CorrelationId;
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[CorrelationHeader] = call.CorrelationId;
            return Task.CompletedTask;
        });

        // The trace continues the caller's (traceparent accepted); YARP sends the current activity's
        // traceparent to the service, so the service's span is a child of this one.
        using var activity = Activity.Current is null ? StartActivity(request) : null;
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            var elapsed = Stopwatch.GetElapsedTime(started);
            var route = context.Features.Get<IReverseProxyFeature>()?.Route.Config.RouteId ?? context.GetEndpoint()?.DisplayName ?? "-";
            logger.LogInformation(
                "{Method} {Path} route={Route} role={Role} status={Status} grpc-status={GrpcStatus} latency={LatencyMs:F2}ms correlation={CorrelationId} trace={TraceId}",
                request.Method,
                request.Path.Value,
                route,
                call.Caller is { } caller ? TokenClaims.RoleName(caller.Role) : "public",
                context.Response.StatusCode,
                GrpcStatusOf(context) ?? "-",
                elapsed.TotalMilliseconds,
                call.CorrelationId,
                Activity.Current?.TraceId.ToString() ?? "-");
        }
    }

    private static Activity StartActivity(HttpRequest request)
    {
        var activity = new Activity("Employment.Gateway.Request");
        if (request.Headers.TraceParent.ToString() is { Length: > 0 } parent)
        {
            activity.SetParentId(parent);
            if (request.Headers.TraceState.ToString() is { Length: > 0 } state)
            {
                activity.TraceStateString = state;
            }
        }

        activity.SetIdFormat(ActivityIdFormat.W3C);
        return activity.Start();
    }

    private static string? GrpcStatusOf(HttpContext context)
    {
        if (context.Response.Headers["grpc-status"].ToString() is { Length: > 0 } trailersOnly)
        {
            return trailersOnly;
        }

        var trailers = context.Features.Get<IHttpResponseTrailersFeature>()?.Trailers;
        return trailers?["grpc-status"].ToString() is { Length: > 0 } status ? status : null;
    }

    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}$")]
    private static partial Regex CorrelationShape();
}
