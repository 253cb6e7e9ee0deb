using System.Net;

namespace Grpc.Net.Client.Internal;

/// <summary>
/// A request body written over time: HttpClient hands over the HTTP/2 stream, the call's writer
/// writes messages to it, and completing the content sends END_STREAM (the client's half-close).
/// </summary>
internal sealed class PushStreamContent : HttpContent
{
    private readonly TaskCompletionSource<Stream> _stream = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<Stream> GetStreamAsync() => _stream.Task;

    public void Complete() => _completion.TrySetResult();

    public void Fail(Exception exception)
    {
        _stream.TrySetException(exception);
        _ = _stream.Task.Exception;
        _completion.TrySetResult();
    }

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        await SerializeToStreamAsync(stream, context, CancellationToken.None).ConfigureAwait(false);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        _stream.TrySetResult(stream);
        await _completion.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    protected override bool TryComputeLength(out long length)
    {
        length = -1;
        return false;
    }
}
