using System.Globalization;
using System.Text;
using Grpc.Core;
using Microsoft.AspNetCore.Http;

namespace Employment.ServiceDefaults.Security;

/// <summary>
/// A gRPC "trailers-only" answer written before any handler runs (a service's authorization, the
/// gateway's own refusals): HTTP 200, grpc-status and grpc-message.
/// </summary>
public static class GrpcStatusResponse
{
    public static bool IsGrpc(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.ContentType?.StartsWith("application/grpc", StringComparison.OrdinalIgnoreCase) == true;
    }

    public static Task WriteAsync(HttpResponse response, StatusCode status, string message)
    {
        Write(response, status, message);
        return Task.CompletedTask;
    }

    /// <summary>Sets the status line and headers; the caller completes the response.</summary>
    public static void Write(HttpResponse response, StatusCode status, string message)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/grpc";
        response.Headers["grpc-status"] = ((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture);
        response.Headers["grpc-message"] = PercentEncode(message);
    }

    // grpc-message: UTF-8, percent-encoded outside printable ASCII and '%' (PROTOCOL-HTTP2); the
    // messages are partly Chinese.
    private static string PercentEncode(string message)
    {
        var builder = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(message))
        {
            if (b is >= 0x20 and <= 0x7E && b != (byte)'%')
            {
                builder.Append((char)b);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }
}
