using Grpc.Core;

namespace Grpc.AspNetCore.Server.Internal;

/// <summary>The request stream of a client-streaming or bidirectional call.</summary>
internal sealed class HttpContextStreamReader<TRequest>(HttpContextServerCallContext call, Func<DeserializationContext, TRequest> deserializer)
    : IAsyncStreamReader<TRequest>
{
    private TRequest? _current;

    public TRequest Current => _current ?? throw new InvalidOperationException("No current message: call MoveNext first.");

    public async Task<bool> MoveNext(CancellationToken cancellationToken)
    {
        using var linked = cancellationToken.CanBeCanceled
            ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, call.CancellationToken)
            : null;
        var (hasMessage, message) = await call.Reader.ReadAsync(deserializer, linked?.Token ?? call.CancellationToken).ConfigureAwait(false);
        _current = hasMessage ? message : default;
        return hasMessage;
    }
}

/// <summary>The response stream of a server-streaming or bidirectional call.</summary>
internal sealed class HttpContextStreamWriter<TResponse>(HttpContextServerCallContext call, Action<TResponse, SerializationContext> serializer)
    : IServerStreamWriter<TResponse>
{
    public WriteOptions? WriteOptions
    {
        get => call.WriteOptions;
        set => call.WriteOptions = value;
    }

    public Task WriteAsync(TResponse message) => call.WriteMessageAsync(message, serializer, flush: true);

    public Task WriteAsync(TResponse message, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return call.WriteMessageAsync(message, serializer, flush: true);
    }
}
