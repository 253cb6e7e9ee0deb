using Employment.ServiceDefaults.Errors;
using Employment.ServiceDefaults.Security;
using Grpc.Core;
using Microsoft.AspNetCore.Http;

namespace Employment.ServiceDefaults.Protocol;

/// <summary>
/// Refuses a gRPC request whose <c>grpc-timeout</c> is malformed with INTERNAL naming the header, before
/// anything of the service runs. PROTOCOL-HTTP2 defines the header as 1–8 ASCII digits and a unit
/// (H, M, S, m, u, n); Grpc.AspNetCore logs a malformed value and goes on without a deadline, which
/// would run a call the client meant to bound for as long as it takes.
/// </summary>
public static class GrpcTimeoutHeaderCheck
{
    public static Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var headers = context.Request.Headers;
        if (!headers.ContainsKey("grpc-timeout")
            || context.Request.ContentType?.StartsWith("application/grpc", StringComparison.OrdinalIgnoreCase) != true
            || IsWellFormed(headers.GrpcTimeout.ToString()))
        {
            return next(context);
        }

        // Trailers-Only: the status travels in the one HEADERS frame.
        GrpcStatusResponse.Write(context.Response, new StatusDetails(StatusCode.Internal,
            "请求头 grpc-timeout 格式不正确：应为 1 至 8 位数字加单位 H、M、S、m、u 或 n。 (The grpc-timeout header is malformed: it must be 1 to 8 digits followed by one of H M S m u n.)")
        {
            Reason = "MALFORMED_GRPC_TIMEOUT",
        });
        return Task.CompletedTask;
    }

    internal static bool IsWellFormed(string value)
    {
        if (value.Length is < 2 or > 9 || "HMSmun".IndexOf(value[^1], StringComparison.Ordinal) < 0)
        {
            return false;
        }

        foreach (var c in value.AsSpan(0, value.Length - 1))
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}
