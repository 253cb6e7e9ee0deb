using Microsoft.AspNetCore.Http;

namespace Employment.Gateway.Pipeline;

/// <summary>
/// The request body of a call that may be sent to another copy: the proxy reads it through a recorder,
/// as it comes (nothing is read ahead, so the call is forwarded as fast as before), and a later attempt
/// reads what was recorded, then the rest from the client. Only the first <see cref="Limit"/> bytes are
/// recorded — a unary gRPC message or a REST body is far smaller; a longer body is forwarded as usual and
/// that call is not sent again (<see cref="CanReplay"/>).
/// </summary>
public sealed class ReplayableBody
{
    /// <summary>The most a call's body may hold and still be sent again (1 MiB).</summary>
    public const int Limit = 1 << 20;

    private readonly Stream _source;
    private readonly MemoryStream _recorded = new();
    private bool _tooLong;

    private ReplayableBody(Stream source) => _source = source;

    /// <summary>False once the body outgrew <see cref="Limit"/>: it can no longer be sent whole again.</summary>
    public bool CanReplay => !_tooLong;

    /// <summary>Puts the recorder between the request and whatever reads its body.</summary>
    public static ReplayableBody Record(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = new ReplayableBody(request.Body);
        request.Body = new Reader(body);
        return body;
    }

    /// <summary>Gives the request a reader from the start of the body, for the next attempt.</summary>
    public void Rewind(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Body = new Reader(this);
    }

    private async ValueTask<int> ReadAtAsync(long position, Memory<byte> buffer, CancellationToken cancellationToken)
    {
        if (position < _recorded.Length)
        {
            var count = (int)Math.Min(buffer.Length, _recorded.Length - position);
            _recorded.GetBuffer().AsMemory((int)position, count).CopyTo(buffer);
            return count;
        }

        var read = await _source.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        if (!_tooLong && read > 0)
        {
            if (_recorded.Length + read > Limit)
            {
                _tooLong = true;
            }
            else
            {
                _recorded.Write(buffer.Span[..read]);
            }
        }

        return read;
    }

    /// <summary>One attempt's view of the body: from the start, recorded bytes first.</summary>
    private sealed class Reader(ReplayableBody body) : Stream
    {
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var read = await body.ReadAtAsync(_position, buffer, cancellationToken).ConfigureAwait(false);
            _position += read;
            return read;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count, CancellationToken.None).GetAwaiter().GetResult();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
