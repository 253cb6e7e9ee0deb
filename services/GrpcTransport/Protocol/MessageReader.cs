using System.Buffers;
using System.Buffers.Binary;
using System.IO.Pipelines;
using Grpc.Core;
using Grpc.Net.Compression;

namespace Grpc.Transport.Protocol;

/// <summary>
/// Reads length-prefixed gRPC messages from an HTTP/2 body. A message may span any number of DATA
/// frames, and one DATA frame may carry several messages: the pipe hides frame boundaries.
/// </summary>
internal sealed class MessageReader
{
    private readonly PipeReader _reader;
    private readonly int _maxMessageSize;
    private readonly ICompressionProvider? _decompressor;
    private readonly string _side;

    /// <param name="side">"Received" text for errors: "request" on a server, "response" on a client.</param>
    public MessageReader(PipeReader reader, int? maxMessageSize, ICompressionProvider? decompressor, string side)
    {
        _reader = reader;
        _maxMessageSize = maxMessageSize ?? int.MaxValue;
        _decompressor = decompressor;
        _side = side;
    }

    /// <summary>The compressed flag of the last message read.</summary>
    public bool LastMessageCompressed { get; private set; }

    /// <summary>Reads the next message, or returns false at the clean end of the stream.</summary>
    public async ValueTask<(bool HasMessage, T Message)> ReadAsync<T>(Func<DeserializationContext, T> deserializer, CancellationToken cancellationToken)
    {
        while (true)
        {
            var result = await _reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            var buffer = result.Buffer;
            if (result.IsCanceled)
            {
                throw new OperationCanceledException(cancellationToken);
            }

            if (TryParse(buffer, out var compressed, out var payload))
            {
                T message;
                try
                {
                    message = Deserialize(deserializer, compressed, payload);
                }
                finally
                {
                    _reader.AdvanceTo(payload.End);
                }

                LastMessageCompressed = compressed;
                return (true, message);
            }

            if (result.IsCompleted)
            {
                _reader.AdvanceTo(buffer.End);
                if (buffer.Length == 0)
                {
                    return (false, default!);
                }

                throw new RpcException(new Status(StatusCode.Internal, $"Incomplete message: the {_side} stream ended inside a message."));
            }

            _reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    /// <summary>Reads exactly one message and the end of the stream, as a unary side must.</summary>
    public async ValueTask<T> ReadSingleAsync<T>(Func<DeserializationContext, T> deserializer, CancellationToken cancellationToken)
    {
        var (hasMessage, message) = await ReadAsync(deserializer, cancellationToken).ConfigureAwait(false);
        if (!hasMessage)
        {
            throw new RpcException(new Status(StatusCode.Internal, $"The {_side} stream ended without a message."));
        }

        var (hasMore, _) = await ReadAsync(static _ => (object?)null, cancellationToken).ConfigureAwait(false);
        if (hasMore)
        {
            throw new RpcException(new Status(StatusCode.Internal, $"The {_side} stream carried more than one message for a single-message call."));
        }

        return message;
    }

    private bool TryParse(ReadOnlySequence<byte> buffer, out bool compressed, out ReadOnlySequence<byte> payload)
    {
        compressed = false;
        payload = default;
        if (buffer.Length < GrpcProtocol.HeaderSize)
        {
            return false;
        }

        Span<byte> header = stackalloc byte[GrpcProtocol.HeaderSize];
        buffer.Slice(0, GrpcProtocol.HeaderSize).CopyTo(header);
        compressed = header[0] switch
        {
            0 => false,
            1 => true,
            _ => throw new RpcException(new Status(StatusCode.Internal, $"Invalid compressed flag {header[0]} in a {_side} message.")),
        };
        var length = BinaryPrimitives.ReadUInt32BigEndian(header[1..]);
        if (length > (uint)_maxMessageSize)
        {
            throw new RpcException(new Status(StatusCode.ResourceExhausted,
                $"Received {_side} message of {length} bytes exceeds the limit of {_maxMessageSize} bytes."));
        }

        if (buffer.Length - GrpcProtocol.HeaderSize < length)
        {
            return false;
        }

        payload = buffer.Slice(GrpcProtocol.HeaderSize, length);
        return true;
    }

    private T Deserialize<T>(Func<DeserializationContext, T> deserializer, bool compressed, ReadOnlySequence<byte> payload)
    {
        if (compressed)
        {
            if (_decompressor is null)
            {
                throw new RpcException(new Status(StatusCode.Internal,
                    $"A compressed {_side} message arrived without a grpc-encoding that names its algorithm."));
            }

            payload = new ReadOnlySequence<byte>(Decompress(payload));
        }

        try
        {
            return deserializer(new SequenceDeserializationContext(payload));
        }
        catch (Exception ex) when (ex is not RpcException)
        {
            throw new RpcException(new Status(StatusCode.Internal, $"Failed to deserialize the {_side} message.", ex));
        }
    }

    private byte[] Decompress(ReadOnlySequence<byte> payload)
    {
        using var input = new MemoryStream(payload.ToArray(), writable: false);
        using var decompressor = _decompressor!.CreateDecompressionStream(input);
        using var output = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = decompressor.Read(chunk, 0, chunk.Length)) > 0)
            {
                // The limit applies to the message itself, so a small compressed bomb is refused too.
                if (output.Length + read > _maxMessageSize)
                {
                    throw new RpcException(new Status(StatusCode.ResourceExhausted,
                        $"Received {_side} message exceeds the limit of {_maxMessageSize} bytes once decompressed."));
                }

                output.Write(chunk, 0, read);
            }
        }
        catch (InvalidDataException ex)
        {
            throw new RpcException(new Status(StatusCode.Internal, $"The {_side} message is not valid {_decompressor.EncodingName} data.", ex));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return output.ToArray();
    }

    private sealed class SequenceDeserializationContext(ReadOnlySequence<byte> payload) : DeserializationContext
    {
        public override int PayloadLength => (int)payload.Length;

        public override byte[] PayloadAsNewBuffer() => payload.ToArray();

        public override ReadOnlySequence<byte> PayloadAsReadOnlySequence() => payload;
    }
}
