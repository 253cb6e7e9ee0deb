using System.Globalization;
using System.Text;
using Employment.ServiceDefaults.Errors;
using Google.Protobuf;
using Grpc.Core;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

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

    public static Task WriteAsync(HttpResponse response, StatusCode status, string message, string? reason = null)
    {
        Write(response, new StatusDetails(status, message) { Reason = reason });
        return Task.CompletedTask;
    }

    /// <summary>
    /// Sets the status line and headers, the details among them (the host's <see cref="ErrorDomain"/>
    /// when the details name none); the caller completes the response.
    /// </summary>
    public static void Write(HttpResponse response, StatusDetails details)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(details);
        var status = (details with { Domain = details.Domain ?? response.HttpContext.RequestServices?.GetService<ErrorDomain>()?.Name }).ToStatus();
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/grpc";
        response.Headers["grpc-status"] = ((int)details.Code).ToString(CultureInfo.InvariantCulture);
        response.Headers["grpc-message"] = PercentEncode(status.Message);
        response.Headers[StatusDetails.DetailsTrailer] = Convert.ToBase64String(status.ToByteArray());
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
