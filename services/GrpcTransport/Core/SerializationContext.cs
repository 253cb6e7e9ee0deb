using System.Buffers;

namespace Grpc.Core;

/// <summary>Where a marshaller writes one message.</summary>
public abstract class SerializationContext
{
    /// <summary>Completes with the whole payload in one array.</summary>
    public virtual void Complete(byte[] payload) => throw new NotImplementedException();

    /// <summary>A buffer writer to write the payload into; call <see cref="Complete()"/> after.</summary>
    public virtual IBufferWriter<byte> GetBufferWriter() => throw new NotImplementedException();

    /// <summary>Announces the payload length before it is written (optional).</summary>
    public virtual void SetPayloadLength(int payloadLength)
    {
    }

    /// <summary>Completes a payload written through <see cref="GetBufferWriter"/>.</summary>
    public virtual void Complete() => throw new NotImplementedException();
}

/// <summary>Where a marshaller reads one message from.</summary>
public abstract class DeserializationContext
{
    public abstract int PayloadLength { get; }

    public virtual byte[] PayloadAsNewBuffer() => PayloadAsReadOnlySequence().ToArray();

    public virtual ReadOnlySequence<byte> PayloadAsReadOnlySequence() => throw new NotImplementedException();
}

/// <summary>Collects a serialised message into an array (used for the array-based marshaller API).</summary>
internal sealed class ArraySerializationContext : SerializationContext
{
    private ArrayBufferWriter<byte>? _writer;
    private byte[]? _payload;

    public override void Complete(byte[] payload) => _payload = payload;

    public override IBufferWriter<byte> GetBufferWriter() => _writer ??= new ArrayBufferWriter<byte>();

    public override void Complete()
    {
    }

    public byte[] ToArray() => _payload ?? _writer?.WrittenSpan.ToArray() ?? Array.Empty<byte>();
}

/// <summary>Reads a message from one array.</summary>
internal sealed class ArrayDeserializationContext(byte[] payload) : DeserializationContext
{
    public override int PayloadLength => payload.Length;

    public override byte[] PayloadAsNewBuffer() => payload;

    public override ReadOnlySequence<byte> PayloadAsReadOnlySequence() => new(payload);
}
