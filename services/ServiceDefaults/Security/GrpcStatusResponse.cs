using Grpc.Core;
using Microsoft.AspNetCore.Http;

namespace Employment.ServiceDefaults.Security;

/// <summary>A gRPC "trailers-only" answer written before any handler runs: HTTP 200, grpc-status and grpc-message.</summary>
public static class GrpcStatusResponse
{
    public static bool IsGrpc(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.ContentType?.StartsWith("application/grpc", StringComparison.OrdinalIgnoreCase) == true;
    }

    public static Task WriteAsync(HttpResponse response, StatusCode status, string message)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/grpc";
        response.Headers["grpc-status"] = ((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture);
        // grpc-message is percent-encoded (the gRPC HTTP/2 protocol): the messages are partly Chinese.
        response.Headers["grpc-message"] = Uri.EscapeDataString(message);
        return Task.CompletedTask;
    }
}
