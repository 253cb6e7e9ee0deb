using System.Globalization;
using Grpc.Core;
using Grpc.Transport.Protocol;
using Microsoft.AspNetCore.Http;

namespace Grpc.AspNetCore.Server.Internal;

/// <summary>Answers for requests that never become calls: wrong content type, wrong protocol, unknown method.</summary>
internal static class ProtocolErrors
{
    /// <summary>HTTP 415, so that a non-gRPC client does not read a 200 as success (PROTOCOL-HTTP2).</summary>
    public static Task WriteUnsupportedContentTypeAsync(HttpContext httpContext)
    {
        var contentType = httpContext.Request.ContentType ?? "(none)";
        return WriteTrailersOnlyAsync(httpContext, StatusCodes.Status415UnsupportedMediaType,
            new Status(StatusCode.Internal, $"Content-Type '{contentType}' is not supported; gRPC calls use application/grpc."));
    }

    public static Task WriteUnsupportedProtocolAsync(HttpContext httpContext) =>
        WriteTrailersOnlyAsync(httpContext, StatusCodes.Status426UpgradeRequired,
            new Status(StatusCode.Internal, $"Request protocol '{httpContext.Request.Protocol}' is not supported; gRPC needs HTTP/2."));

    public static Task WriteTrailersOnlyAsync(HttpContext httpContext, int httpStatus, Status status)
    {
        var response = httpContext.Response;
        response.StatusCode = httpStatus;
        response.ContentType = GrpcProtocol.ContentType;
        response.Headers[GrpcProtocol.StatusTrailer] = ((int)status.StatusCode).ToString(CultureInfo.InvariantCulture);
        response.Headers[GrpcProtocol.MessageTrailer] = PercentEncoding.Encode(status.Detail);
        return Task.CompletedTask;
    }
}
