using System.Diagnostics;
using Employment.IdentityNumbers;
using Employment.ServiceDefaults.Protocol;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.Extensions.Logging;

namespace Employment.ServiceDefaults.Logging;

/// <summary>
/// One log line for every call a service refuses (any status but OK): the method, the status, the
/// start of the message a clerk saw and the trace id that joins it to the gateway's line. Identity
/// numbers and credit codes in the message are masked and the message is cut short, so the log
/// never holds a whole number or a caller's oversized input. Being outermost, it also marks each call
/// that reached the interceptors (a streamed request decodes its messages inside the handler), for
/// <see cref="UndecodableMessage"/>.
/// </summary>
public sealed partial class CallOutcomeLogging(ILogger<CallOutcomeLogging> logger) : Interceptor
{
    private const int MessagePrefix = 200;

    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        UndecodableMessage.MarkDecoded(context);
        try
        {
            return await continuation(request, context).ConfigureAwait(false);
        }
        catch (RpcException e)
        {
            Log(context, e);
            throw;
        }
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        UndecodableMessage.MarkDecoded(context);
        try
        {
            await continuation(request, responseStream, context).ConfigureAwait(false);
        }
        catch (RpcException e)
        {
            Log(context, e);
            throw;
        }
    }

    public override async Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        UndecodableMessage.MarkDecoded(context);
        try
        {
            return await continuation(requestStream, context).ConfigureAwait(false);
        }
        catch (RpcException e)
        {
            Log(context, e);
            throw;
        }
    }

    public override async Task DuplexStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, DuplexStreamingServerMethod<TRequest, TResponse> continuation)
    {
        UndecodableMessage.MarkDecoded(context);
        try
        {
            await continuation(requestStream, responseStream, context).ConfigureAwait(false);
        }
        catch (RpcException e)
        {
            Log(context, e);
            throw;
        }
    }

    private void Log(ServerCallContext context, RpcException e)
    {
        var detail = e.Status.Detail.Length > MessagePrefix ? e.Status.Detail[..MessagePrefix] + "…" : e.Status.Detail;
        Refused(logger, context.Method, e.StatusCode, IdMasking.MaskIdNumbersIn(detail), Activity.Current?.TraceId.ToString() ?? "-");
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Refused {Method}: {Status} \"{Detail}\" trace={TraceId}")]
    private static partial void Refused(ILogger logger, string method, StatusCode status, string detail, string traceId);
}
