using System.Globalization;
using Employment.ServiceDefaults.Errors;
using Employment.ServiceDefaults.Security;
using Grpc.Core;
using Microsoft.AspNetCore.Http;

namespace Employment.Gateway.Pipeline;

/// <summary>
/// Refusals the gateway answers itself: gRPC callers get a Trailers-Only response (status and its
/// details in the one HEADERS frame, PROTOCOL-HTTP2), REST callers get the HTTP status and the same
/// google.rpc.Status as JSON <c>{code, message, details}</c>, as the services' REST errors read.
/// </summary>
public static class GatewayErrors
{
    /// <summary>The gRPC retry hint (gRFC A6): how long to wait before trying again.</summary>
    public const string RetryPushbackHeader = "grpc-retry-pushback-ms";

    /// <summary>The domain the gateway's own refusals name in ErrorInfo.</summary>
    public const string Domain = "gateway";

    public static Task WriteAsync(HttpContext context, StatusCode code, string message, string reason, TimeSpan? retryAfter = null) =>
        WriteAsync(context, new StatusDetails(code, message) { Reason = reason, RetryAfter = retryAfter });

    /// <summary>What no route takes: UNIMPLEMENTED for a gRPC call, else a JSON 404 naming the method and where the REST routes are listed.</summary>
    public static Task NoSuchRouteAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return WriteAsync(context, GatewayCall.Of(context).IsGrpc ? StatusCode.Unimplemented : StatusCode.NotFound,
            $"没有接口以 {context.Request.Method} 使用这个路径；REST 接口列于 /openapi.json。 (No route takes {context.Request.Method} on this path; the REST routes are listed at /openapi.json.)", "NO_SUCH_ROUTE");
    }

    public static Task WriteAsync(HttpContext context, StatusDetails refusal)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(refusal);
        var details = refusal with { Domain = refusal.Domain ?? Domain };
        var code = details.Code;
        var retryAfter = details.RetryAfter;
        var response = context.Response;
        if (GatewayCall.Of(context).IsGrpc)
        {
            GrpcStatusResponse.Write(response, details);
            if (retryAfter is { } wait)
            {
                response.Headers[RetryPushbackHeader] = ((long)Math.Ceiling(wait.TotalMilliseconds)).ToString(CultureInfo.InvariantCulture);
            }

            return response.CompleteAsync();
        }

        response.StatusCode = HttpStatusOf(code);
        if (retryAfter is { } delay)
        {
            response.Headers.RetryAfter = ((long)Math.Ceiling(delay.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }

        response.ContentType = "application/json; charset=utf-8";
        return response.WriteAsync(details.ToJson());
    }

    /// <summary>The HTTP status a gRPC code maps to (google.rpc.Code's documented mapping).</summary>
    public static int HttpStatusOf(StatusCode code) => code switch
    {
        StatusCode.OK => 200,
        StatusCode.InvalidArgument or StatusCode.FailedPrecondition or StatusCode.OutOfRange => 400,
        StatusCode.Unauthenticated => 401,
        StatusCode.PermissionDenied => 403,
        StatusCode.NotFound => 404,
        StatusCode.AlreadyExists or StatusCode.Aborted => 409,
        StatusCode.ResourceExhausted => 429,
        StatusCode.Cancelled => 499,
        StatusCode.Unimplemented => 501,
        StatusCode.Unavailable => 503,
        StatusCode.DeadlineExceeded => 504,
        _ => 500,
    };
}
