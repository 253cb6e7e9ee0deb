using Employment.ServiceDefaults.Errors;
using Employment.ServiceDefaults.Security;
using Grpc.Core;
using Microsoft.AspNetCore.Http;

namespace Employment.ServiceDefaults.Protocol;

/// <summary>
/// A request message the service cannot decode (bytes that are not protobuf of the method's request
/// type, corrupt gzip data, a compressed flag other than 0 or 1) ends with INTERNAL and a plain message,
/// as grpc-go answers and as Grpc.AspNetCore itself answers broken framing, instead of its UNKNOWN
/// "Exception was thrown by handler." that reads like a fault of the service.
/// </summary>
/// <remarks>
/// Grpc.AspNetCore decodes a unary or server-streaming request before any interceptor runs and turns
/// the failure into a status inside the library, out of reach of interceptors and options. So the
/// outermost interceptor marks every call that got past decoding (<see cref="MarkDecoded"/>), and this
/// middleware rewrites an UNKNOWN status of a call that was never marked, and not cancelled by its
/// caller, while the Trailers-Only HEADERS frame that carries it has not left yet.
/// </remarks>
public static class UndecodableMessage
{
    public const string Detail = "请求消息无法解码：消息体不是本方法请求类型的 protobuf 编码，或其压缩数据已损坏。";

    private static readonly object DecodedKey = new();

    /// <summary>Called by the outermost interceptor: the request of this call was decoded.</summary>
    public static void MarkDecoded(ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.UserState[DecodedKey] = true;
    }

    public static Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var call = next(context);
        if (!call.IsCompletedSuccessfully)
        {
            return RewriteAfterAsync(call, context);
        }

        Rewrite(context);
        return Task.CompletedTask;
    }

    private static async Task RewriteAfterAsync(Task call, HttpContext context)
    {
        await call.ConfigureAwait(false);
        Rewrite(context);
    }

    private static void Rewrite(HttpContext context)
    {
        var response = context.Response;
        if (response.HasStarted
            || response.Headers.GrpcStatus != "2"
            || context.RequestAborted.IsCancellationRequested
            || context.Items.ContainsKey(DecodedKey)
            || context.Request.ContentType?.StartsWith("application/grpc", StringComparison.OrdinalIgnoreCase) != true)
        {
            return;
        }

        GrpcStatusResponse.Write(response, new StatusDetails(StatusCode.Internal, Detail) { Reason = "UNDECODABLE_MESSAGE" });
    }
}
