using System.Net;

namespace Transport.Tests.Infrastructure;

/// <summary>
/// A request body sent 1–3 bytes at a time, flushed and paused after each piece, so that each piece
/// travels in its own HTTP/2 DATA frame and a message straddles many frame boundaries.
/// </summary>
public sealed class TrickleContent : HttpContent
{
    private readonly byte[] _body;

    public TrickleContent(byte[] body)
    {
        _body = body;
        Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/grpc");
    }

    /// <summary>How many separate writes (DATA frames) the body went out in.</summary>
    public int Writes { get; private set; }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        var offset = 0;
        while (offset < _body.Length)
        {
            var size = Math.Min(1 + (Writes % 3), _body.Length - offset);
            await stream.WriteAsync(_body.AsMemory(offset, size), cancellationToken);
            await stream.FlushAsync(cancellationToken);
            offset += size;
            Writes++;
            await Task.Delay(1, cancellationToken);
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = -1;
        return false;
    }
}
