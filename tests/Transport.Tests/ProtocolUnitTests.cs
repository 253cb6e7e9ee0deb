using System.Buffers;
using System.IO.Compression;
using System.IO.Pipelines;
using Grpc.Core;
using Grpc.Net.Compression;
using Grpc.Transport.Protocol;

namespace Transport.Tests;

/// <summary>Unit tests of the protocol pieces: grpc-timeout, grpc-message, metadata and message framing.</summary>
public sealed class ProtocolUnitTests
{
    [Theory(Timeout = 10_000)]
    [InlineData("1H", 36_000_000_000L)]
    [InlineData("2M", 1_200_000_000L)]
    [InlineData("3S", 30_000_000L)]
    [InlineData("4m", 40_000L)]
    [InlineData("5u", 50L)]
    [InlineData("700n", 7L)]
    [InlineData("0S", 0L)]
    [InlineData("00000001S", 10_000_000L)]
    [InlineData("99999999H", 99_999_999L * 36_000_000_000L)]
    public async Task GrpcTimeout_TryParse_AcceptsUpToEightDigitsAndEachUnit(string value, long ticks)
    {
        await Task.Yield();
        Assert.True(GrpcTimeout.TryParse(value, out var timeout));
        Assert.Equal(TimeSpan.FromTicks(ticks), timeout);
    }

    [Theory(Timeout = 10_000)]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("S")]
    [InlineData("1")]
    [InlineData("123456789S")]
    [InlineData("1x")]
    [InlineData("1h")]
    [InlineData("1s")]
    [InlineData("+1S")]
    [InlineData("-1S")]
    [InlineData("1 S")]
    [InlineData(" 1S")]
    [InlineData("1.0S")]
    [InlineData("１S")]
    [InlineData("abc")]
    public async Task GrpcTimeout_TryParse_RejectsAnythingButDigitsAndOneUnit(string? value)
    {
        await Task.Yield();
        Assert.False(GrpcTimeout.TryParse(value, out _));
    }

    [Theory(Timeout = 10_000)]
    [InlineData(0L, "1n")]
    [InlineData(-5L, "1n")]
    [InlineData(1L, "100n")]
    [InlineData(10_000_000L, "1000000u")]
    [InlineData(36_000_000_000L, "3600000m")]
    public async Task GrpcTimeout_Format_UsesTheFinestUnitThatFits(long ticks, string expected)
    {
        await Task.Yield();
        Assert.Equal(expected, GrpcTimeout.Format(TimeSpan.FromTicks(ticks)));
    }

    [Fact(Timeout = 10_000)]
    public async Task GrpcTimeout_Format_NeverShortensAndAlwaysParses()
    {
        await Task.Yield();
        var random = new Random(7);
        var samples = new List<TimeSpan> { TimeSpan.FromTicks(1), TimeSpan.FromTicks(999_999), TimeSpan.FromTicks(1_000_001), TimeSpan.FromDays(365), TimeSpan.FromDays(10_000), TimeSpan.MaxValue };
        samples.AddRange(Enumerable.Range(0, 500).Select(_ => TimeSpan.FromTicks(random.NextInt64(1, TimeSpan.TicksPerDay * 1000))));

        foreach (var sample in samples)
        {
            var text = GrpcTimeout.Format(sample);
            Assert.True(text.Length <= 9, text);
            Assert.True(GrpcTimeout.TryParse(text, out var parsed), text);
            if (sample <= TimeSpan.FromHours(99_999_999))
            {
                Assert.True(parsed >= sample, $"{sample} formatted as {text} parses back shorter: {parsed}");
            }
        }
    }

    [Theory(Timeout = 10_000)]
    [InlineData("", "")]
    [InlineData("plain text", "plain text")]
    [InlineData("100%", "100%25")]
    [InlineData("a\r\nb", "a%0D%0Ab")]
    [InlineData("é", "%C3%A9")]
    [InlineData("~ ", "~ ")]
    [InlineData("\u007f", "%7F")]
    public async Task PercentEncoding_Encode_EscapesPercentAndEverythingOutsidePrintableAscii(string value, string expected)
    {
        await Task.Yield();
        Assert.Equal(expected, PercentEncoding.Encode(value));
    }

    [Theory(Timeout = 10_000)]
    [InlineData("%C3%A9", "é")]
    [InlineData("%c3%a9", "é")]
    [InlineData("50%", "50%")]
    [InlineData("%4", "%4")]
    [InlineData("%zz", "%zz")]
    [InlineData("%%41", "%A")]
    [InlineData("no escapes", "no escapes")]
    public async Task PercentEncoding_Decode_IsLenientWithMalformedEscapes(string value, string expected)
    {
        await Task.Yield();
        Assert.Equal(expected, PercentEncoding.Decode(value));
    }

    [Fact(Timeout = 10_000)]
    public async Task PercentEncoding_RoundTripsAnyString()
    {
        await Task.Yield();
        string[] samples = ["", "%", "%%25", "ünï\r\n\t\0 ✓ 🚀 日本", new string('%', 100), "\uFFFD"];
        foreach (var sample in samples)
        {
            var encoded = PercentEncoding.Encode(sample);
            Assert.All(encoded, c => Assert.InRange(c, ' ', '~'));
            Assert.Equal(sample, PercentEncoding.Decode(encoded));
        }
    }

    [Fact(Timeout = 10_000)]
    public async Task MetadataHeaders_BinaryValues_CommaSeparatedPaddedOrNot_AreAllAccepted()
    {
        await Task.Yield();
        var metadata = new Metadata();

        MetadataHeaders.AddReceived(metadata, "x-bin", "AAE=, /w,AP8");
        MetadataHeaders.AddReceived(metadata, "x-text", "kept, as one");

        Assert.Equal([[0, 1], [0xff], [0, 0xff]], metadata.GetAll("x-bin").Select(e => e.ValueBytes));
        Assert.Equal("kept, as one", metadata.GetValue("x-text"));
    }

    [Fact(Timeout = 10_000)]
    public async Task MetadataHeaders_ReservedKeys_AreNotSent_ExceptStatusDetails()
    {
        await Task.Yield();
        Assert.False(MetadataHeaders.ShouldSend(new Metadata.Entry("grpc-anything", "v")));
        Assert.False(MetadataHeaders.ShouldSend(new Metadata.Entry("grpc-timeout", "1S")));
        Assert.True(MetadataHeaders.ShouldSend(new Metadata.Entry("grpc-status-details-bin", [1])));
        Assert.True(MetadataHeaders.ShouldSend(new Metadata.Entry("x-grpc-not-reserved", "v")));
    }

    [Fact(Timeout = 10_000)]
    public async Task MessageWriterAndReader_RoundTripSeveralMessages_SplitAcrossArbitraryChunks()
    {
        var buffer = new ArrayBufferWriter<byte>();
        var gzip = new GzipCompressionProvider();
        for (var i = 0; i < 20; i++)
        {
            MessageWriter.Write(buffer, new string((char)('a' + i), i * 50), SerializeString, i % 2 == 0 ? gzip : null, CompressionLevel.Fastest, null, "request");
        }

        var pipe = new Pipe();
        var reader = new MessageReader(pipe.Reader, 4096, gzip, "request");
        var bytes = buffer.WrittenMemory;
        var writeTask = Task.Run(async () =>
        {
            for (var offset = 0; offset < bytes.Length; offset += 7)
            {
                await pipe.Writer.WriteAsync(bytes.Slice(offset, Math.Min(7, bytes.Length - offset)));
            }

            await pipe.Writer.CompleteAsync();
        });

        for (var i = 0; i < 20; i++)
        {
            var (hasMessage, message) = await reader.ReadAsync(DeserializeString, CancellationToken.None);
            Assert.True(hasMessage);
            Assert.Equal(new string((char)('a' + i), i * 50), message);
            Assert.Equal(i % 2 == 0, reader.LastMessageCompressed);
        }

        Assert.False((await reader.ReadAsync(DeserializeString, CancellationToken.None)).HasMessage);
        await writeTask;
    }

    [Fact(Timeout = 10_000)]
    public async Task MessageWriter_OverMaxSendMessageSize_FailsWithResourceExhausted()
    {
        await Task.Yield();
        var exception = Assert.Throws<RpcException>(() =>
            MessageWriter.Write(new ArrayBufferWriter<byte>(), new string('x', 101), SerializeString, null, null, 100, "request"));
        Assert.Equal(StatusCode.ResourceExhausted, exception.StatusCode);
    }

    [Fact(Timeout = 10_000)]
    public async Task MessageReader_CompressedMessageInflatingPastTheLimit_FailsWithResourceExhausted()
    {
        var buffer = new ArrayBufferWriter<byte>();
        var gzip = new GzipCompressionProvider();
        MessageWriter.Write(buffer, new string('z', 100_000), SerializeString, gzip, CompressionLevel.Optimal, null, "request");
        Assert.True(buffer.WrittenCount < 1024);
        var reader = new MessageReader(PipeReader.Create(new ReadOnlySequence<byte>(buffer.WrittenMemory)), 1024, gzip, "request");

        var exception = await Assert.ThrowsAsync<RpcException>(async () => await reader.ReadAsync(DeserializeString, CancellationToken.None));

        Assert.Equal(StatusCode.ResourceExhausted, exception.StatusCode);
    }

    private static void SerializeString(string value, SerializationContext context) => context.Complete(System.Text.Encoding.UTF8.GetBytes(value));

    private static string DeserializeString(DeserializationContext context) => System.Text.Encoding.UTF8.GetString(context.PayloadAsNewBuffer());
}
