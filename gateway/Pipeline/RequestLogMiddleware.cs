using System.Diagnostics;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Telemetry;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Yarp.ReverseProxy.Model;

namespace Employment.Gateway.Pipeline;

/// <summary>
/// One log line per request: W3C trace id, route, caller role, status and latency. The trace id is
/// the request's correlation: OpenTelemetry's ASP.NET Core instrumentation continues a caller's
/// <c>traceparent</c> (or starts a trace), YARP forwards it to the service, and every log line and
/// span of the call, here and in the services, carries it. The path is logged without its query
/// string, and no body or identity claim other than the role is, so an identity number a caller
/// sends never reaches the log.
/// </summary>
public sealed partial class RequestLogMiddleware(RequestDelegate next, ILogger<RequestLogMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var call = GatewayCall.Of(context);
        var request = context.Request;
        call.IsGrpc = request.ContentType?.StartsWith("application/grpc", StringComparison.OrdinalIgnoreCase) == true;
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            // The line's fields (trace id, encoded path, gRPC status) are built only when it is written.
            if (logger.IsEnabled(LogLevel.Information))
            {
                Log(context, call, Stopwatch.GetElapsedTime(started));
            }
        }
    }

    private void Log(HttpContext context, GatewayCall call, TimeSpan elapsed)
    {
        var request = context.Request;
        var route = context.Features.Get<IReverseProxyFeature>()?.Route.Config.RouteId ?? context.GetEndpoint()?.DisplayName ?? "-";
        Completed(
            logger,
            request.Method,
            LoggedPath(request.Path),
            route,
            call.Caller is { } caller ? TokenClaims.RoleName(caller.Role) : "public",
            context.Response.StatusCode,
            call.IsGrpc ? GrpcStatus.Of(context).ToString(System.Globalization.CultureInfo.InvariantCulture) : "-",
            elapsed.TotalMilliseconds,
            Activity.Current?.TraceId.ToString() ?? "-");
    }

    /// <summary>
    /// The path as it travels (percent-encoded, so a %0D%0A in it cannot start a forged log line),
    /// at most 256 characters.
    /// </summary>
    private static string LoggedPath(PathString path)
    {
        var encoded = path.ToUriComponent();
        return encoded.Length <= 256 ? encoded : encoded[..256] + "…";
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Method} {Path} route={Route} role={Role} status={Status} grpc-status={GrpcStatus} latency={LatencyMs:F2}ms trace={TraceId}")]
    private static partial void Completed(ILogger logger, string method, string? path, string route, string role, int status, string grpcStatus, double latencyMs, string traceId);
}
