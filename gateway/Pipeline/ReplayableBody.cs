using Microsoft.AspNetCore.Http;

namespace Employment.Gateway.Pipeline;

/// <summary>
/// The request body of a call that may be sent to another copy, held in memory so each attempt reads
/// it from the start (YARP streams the body once per attempt). Only bodies up to <see cref="Limit"/>
/// are held — a unary gRPC message or a REST body is far smaller; a longer one is passed on as it
/// came (what was read, then the rest) and that call is not sent again.
/// </summary>
public sealed class ReplayableBody
{
    /// <summary>The most a call's body may hold and still be sent again (1 MiB).</summary>
    public const int Limit = 1 << 20;

    private readonly byte[] _bytes;
    private readonly int _length;

    private ReplayableBody(byte[] bytes, int length)
    {
        _bytes = bytes;
        _length = length;
    }

    /// <summary>Reads the whole body when it fits; null (the request left readable as it came) when it does not.</summary>
    public static async Task<ReplayableBody?> ReadAsync(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > Limit)
        {
            return null;
        }

        var held = new MemoryStream();
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, request.HttpContext.RequestAborted).ConfigureAwait(false)) > 0)
        {
            held.Write(buffer, 0, read);
            if (held.Length > Limit)
            {
                request.Body = new PrefixedStream(held.ToArray(), request.Body);
                return null;
            }
        }

        return new ReplayableBody(held.GetBuffer(), (int)held.Length);
    }

    /// <summary>Gives the request a fresh stream over the held bytes, for the next attempt.</summary>
    public void Rewind(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Body = new MemoryStream(_bytes, 0, _length, writable: false);
    }

    /// <summary>The bytes already read, then the rest of the original body.</summary>
    private sealed class PrefixedStream(byte[] prefix, Stream rest) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (_position < prefix.Length)
            {
                var count = Math.Min(buffer.Length, prefix.Length - _position);
                prefix.AsMemory(_position, count).CopyTo(buffer);
                _position += count;
                return count;
            }

            return await rest.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
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
