using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;
using Grpc.Core;
using Grpc.Net.Compression;

namespace Grpc.Transport.Protocol;

/// <summary>
/// Writes one length-prefixed message into a buffer writer (a PipeWriter on the server, a buffer on
/// the client). Uncompressed protobuf messages are serialised straight into the output after their
/// header; compressed ones go through an intermediate buffer.
/// </summary>
internal static class MessageWriter
{
    public static void Write<T>(
        IBufferWriter<byte> output,
        T message,
        Action<T, SerializationContext> serializer,
        ICompressionProvider? compressor,
        CompressionLevel? compressionLevel,
        int? maxMessageSize,
        string side)
    {
        var context = new FramingSerializationContext(output, compressor, compressionLevel, maxMessageSize, side);
        serializer(message, context);
        context.EnsureCompleted();
    }

    private sealed class FramingSerializationContext(
        IBufferWriter<byte> output,
        ICompressionProvider? compressor,
        CompressionLevel? compressionLevel,
        int? maxMessageSize,
        string side) : SerializationContext
    {
        private enum State { Initial, Direct, Buffered, Completed }

        private State _state;
        private int _expectedLength = -1;
        private ArrayBufferWriter<byte>? _buffer;
        private CountingBufferWriter? _direct;

        public override void SetPayloadLength(int payloadLength) => _expectedLength = payloadLength;

        public override IBufferWriter<byte> GetBufferWriter()
        {
            if (_state == State.Initial)
            {
                if (compressor is null && _expectedLength >= 0)
                {
                    CheckSize(_expectedLength);
                    WriteHeader(output, compressed: false, _expectedLength);
                    _direct = new CountingBufferWriter(output);
                    _state = State.Direct;
                }
                else
                {
                    _buffer = new ArrayBufferWriter<byte>();
                    _state = State.Buffered;
                }
            }

            return (IBufferWriter<byte>?)_direct ?? _buffer!;
        }

        public override void Complete()
        {
            switch (_state)
            {
                case State.Direct:
                    if (_direct!.Written != _expectedLength)
                    {
                        throw new InvalidOperationException($"The serializer announced {_expectedLength} bytes and wrote {_direct.Written}.");
                    }

                    break;
                case State.Buffered:
                    WritePayload(_buffer!.WrittenSpan);
                    break;
                default:
                    throw new InvalidOperationException("Complete() without a buffer writer.");
            }

            _state = State.Completed;
        }

        public override void Complete(byte[] payload)
        {
            if (_state != State.Initial)
            {
                throw new InvalidOperationException("The message was already written.");
            }

            WritePayload(payload);
            _state = State.Completed;
        }

        public void EnsureCompleted()
        {
            if (_state != State.Completed)
            {
                throw new InvalidOperationException("The serializer did not complete the message.");
            }
        }

        private void WritePayload(ReadOnlySpan<byte> payload)
        {
            CheckSize(payload.Length);
            if (compressor is not null)
            {
                var compressed = MessageCompression.Compress(compressor, payload, compressionLevel);
                WriteHeader(output, compressed: true, compressed.Length);
                output.Write(compressed);
            }
            else
            {
                WriteHeader(output, compressed: false, payload.Length);
                output.Write(payload);
            }
        }

        private void CheckSize(int length)
        {
            if (maxMessageSize is { } max && length > max)
            {
                throw new RpcException(new Status(StatusCode.ResourceExhausted,
                    $"Sending {side} message of {length} bytes exceeds the limit of {max} bytes."));
            }
        }
    }

    public static void WriteHeader(IBufferWriter<byte> output, bool compressed, int length)
    {
        var header = output.GetSpan(GrpcProtocol.HeaderSize);
        header[0] = compressed ? (byte)1 : (byte)0;
        BinaryPrimitives.WriteUInt32BigEndian(header[1..], (uint)length);
        output.Advance(GrpcProtocol.HeaderSize);
    }

    /// <summary>Passes writes through while counting them, to check an announced length.</summary>
    private sealed class CountingBufferWriter(IBufferWriter<byte> inner) : IBufferWriter<byte>
    {
        public long Written { get; private set; }

        public void Advance(int count)
        {
            Written += count;
            inner.Advance(count);
        }

        public Memory<byte> GetMemory(int sizeHint = 0) => inner.GetMemory(sizeHint);

        public Span<byte> GetSpan(int sizeHint = 0) => inner.GetSpan(sizeHint);
    }
}
