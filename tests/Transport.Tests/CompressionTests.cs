using System.IO.Compression;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Net.Client;
using Transport.Tests.Infrastructure;
using Transport.Tests.V1;
using static Transport.Tests.Infrastructure.RawGrpcClient;
using static Transport.Tests.Infrastructure.TestAssertions;

namespace Transport.Tests;

/// <summary>
/// PROTOCOL-HTTP2 Message-Encoding: gzip in both directions, the per-message compressed flag,
/// NoCompress, and the receive limit applied to the decompressed size.
/// </summary>
public sealed class CompressionTests
{
    private static readonly ByteString Compressible = ByteString.CopyFrom(new byte[8 * 1024]);

    private static Metadata GzipRequest() => new() { { "grpc-internal-encoding-request", "gzip" } };

    private static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal))
        {
            gzip.Write(data);
        }

        return output.ToArray();
    }

    private static byte[] Gunzip(byte[] data)
    {
        using var input = new GZipStream(new MemoryStream(data), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    [Fact(Timeout = 30_000)]
    public async Task GzipRequest_AskedForThroughInternalEncodingRequestMetadata_IsCompressedAndDecoded()
    {
        await using var server = await TestServer.StartAsync();
        var client = server.CreateClient();

        var reply = await client.UnaryAsync(new Request { Payload = Compressible }, GzipRequest());

        Assert.Equal("gzip", reply.Info.RequestEncoding);
        Assert.Equal([true], reply.Info.RequestsCompressed);
        Assert.DoesNotContain("grpc-internal-encoding-request", reply.Info.HeaderNames);
        Assert.Equal(Compressible, reply.Payload);
    }

    [Fact(Timeout = 30_000)]
    public async Task GzipRequest_OnClientStreamingCall_EveryMessageIsCompressedAndDecoded()
    {
        await using var server = await TestServer.StartAsync();
        var client = server.CreateClient();

        using var call = client.ClientStream(GzipRequest());
        for (var i = 0; i < 3; i++)
        {
            await call.RequestStream.WriteAsync(new Request { Text = $"m{i}", Payload = Compressible });
        }

        await call.RequestStream.CompleteAsync();
        var reply = await call;

        Assert.Equal("gzip", reply.Info.RequestEncoding);
        Assert.Equal([true, true, true], reply.Info.RequestsCompressed);
        Assert.Equal("m0,m1,m2", reply.Text);
    }

    [Fact(Timeout = 30_000)]
    public async Task GzipRequest_OnDuplexCall_RoundTrips()
    {
        await using var server = await TestServer.StartAsync(new() { Grpc = o => o.ResponseCompressionAlgorithm = "gzip" });
        var client = server.CreateClient();

        using var call = client.Duplex(GzipRequest());
        for (var i = 0; i < 3; i++)
        {
            await call.RequestStream.WriteAsync(new Request { Text = $"d{i}", Payload = Compressible });
            Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));
            Assert.Equal($"d{i}", call.ResponseStream.Current.Text);
            Assert.Equal(Compressible, call.ResponseStream.Current.Payload);
        }

        await call.RequestStream.CompleteAsync();
        Assert.False(await call.ResponseStream.MoveNext(CancellationToken.None));
    }

    [Fact(Timeout = 30_000)]
    public async Task NoCompressWriteOption_OnClientCall_SendsThatMessageUncompressed()
    {
        await using var server = await TestServer.StartAsync();
        var client = server.CreateClient();

        var reply = await client.UnaryAsync(new Request { Payload = Compressible }, new CallOptions(GzipRequest(), writeOptions: new WriteOptions(WriteFlags.NoCompress)));

        Assert.Equal("gzip", reply.Info.RequestEncoding);
        Assert.Equal([false], reply.Info.RequestsCompressed);
    }

    [Fact(Timeout = 30_000)]
    public async Task NoCompressWriteOption_PerMessageOnClientStream_IsHonouredMessageByMessage()
    {
        await using var server = await TestServer.StartAsync();
        var client = server.CreateClient();

        using var call = client.ClientStream(GzipRequest());
        await call.RequestStream.WriteAsync(new Request { Payload = Compressible });
        call.RequestStream.WriteOptions = new WriteOptions(WriteFlags.NoCompress);
        await call.RequestStream.WriteAsync(new Request { Payload = Compressible });
        call.RequestStream.WriteOptions = null;
        await call.RequestStream.WriteAsync(new Request { Payload = Compressible });
        await call.RequestStream.CompleteAsync();
        var reply = await call;

        Assert.Equal([true, false, true], reply.Info.RequestsCompressed);
    }

    [Fact(Timeout = 30_000)]
    public async Task GzipResponse_FromResponseCompressionAlgorithm_IsCompressedOnTheWire()
    {
        await using var server = await TestServer.StartAsync(new() { Grpc = o => o.ResponseCompressionAlgorithm = "gzip" });

        var response = await server.Raw.SendAsync(UnaryPath, Frame(new Request { Payload = Compressible }), ("grpc-accept-encoding", "identity,gzip"));

        AssertStatus(response, StatusCode.OK);
        Assert.Equal("gzip", response.Header("grpc-encoding"));
        var (compressed, payload) = Assert.Single(response.Messages());
        Assert.True(compressed);
        Assert.True(payload.Length < Compressible.Length / 4);
        Assert.Equal(Compressible, Reply.Parser.ParseFrom(Gunzip(payload)).Payload);
    }

    [Fact(Timeout = 30_000)]
    public async Task GzipResponse_IsDecodedByOurClient()
    {
        await using var server = await TestServer.StartAsync(new() { Grpc = o => o.ResponseCompressionAlgorithm = "gzip" });
        var client = server.CreateClient();

        var reply = await client.UnaryAsync(new Request { Payload = Compressible });
        using var stream = client.ServerStream(new Request { Count = 20, Payload = Compressible });
        var streamed = await stream.ResponseStream.ReadAllAsync().ToListAsync();

        Assert.Equal(Compressible, reply.Payload);
        Assert.Equal(20, streamed.Count);
        Assert.All(streamed, r => Assert.Equal(Compressible, r.Payload));
    }

    [Fact(Timeout = 30_000)]
    public async Task GzipResponse_NotUsedWhenTheClientDoesNotAcceptGzip()
    {
        await using var server = await TestServer.StartAsync(new() { Grpc = o => o.ResponseCompressionAlgorithm = "gzip" });

        var response = await server.Raw.SendAsync(UnaryPath, Frame(new Request { Payload = Compressible }));

        AssertStatus(response, StatusCode.OK);
        Assert.Null(response.Header("grpc-encoding"));
        Assert.False(Assert.Single(response.Messages()).Compressed);
    }

    [Fact(Timeout = 30_000)]
    public async Task NoCompressWriteOption_OnServerResponse_SendsItUncompressedDespiteGrpcEncoding()
    {
        await using var server = await TestServer.StartAsync(new() { Grpc = o => o.ResponseCompressionAlgorithm = "gzip" });

        var response = await server.Raw.SendAsync(UnaryPath, Frame(new Request { Scenario = Scenario.NoCompressResponse, Payload = Compressible }), ("grpc-accept-encoding", "gzip"));

        AssertStatus(response, StatusCode.OK);
        Assert.Equal("gzip", response.Header("grpc-encoding"));
        var (compressed, payload) = Assert.Single(response.Messages());
        Assert.False(compressed);
        Assert.Equal(Compressible, Reply.Parser.ParseFrom(payload).Payload);
    }

    [Fact(Timeout = 30_000)]
    public async Task CompressedRequest_InflatingPastMaxReceiveMessageSize_EndsWithResourceExhausted()
    {
        await using var server = await TestServer.StartAsync(new() { Grpc = o => o.MaxReceiveMessageSize = 1024 });
        var bomb = Gzip(new Request { Payload = ByteString.CopyFrom(new byte[256 * 1024]) }.ToByteArray());
        Assert.True(bomb.Length < 1024, "the compressed message itself must be within the limit");

        var response = await server.Raw.SendAsync(UnaryPath, Frame(bomb, compressed: true), ("grpc-encoding", "gzip"));

        AssertStatus(response, StatusCode.ResourceExhausted);
        await server.AssertServesNormalCallAsync();
        server.Logs.AssertNoUnexpectedErrors();
    }

    [Fact(Timeout = 30_000)]
    public async Task CompressedResponse_InflatingPastClientMaxReceiveMessageSize_EndsWithResourceExhausted()
    {
        await using var server = await TestServer.StartAsync(new() { Grpc = o => o.ResponseCompressionAlgorithm = "gzip" });
        var client = server.CreateClient(new GrpcChannelOptions { MaxReceiveMessageSize = 1024 });

        await AssertRpcExceptionAsync(StatusCode.ResourceExhausted, async () =>
            await client.UnaryAsync(new Request { Scenario = Scenario.LargeReply, Count = 256 * 1024 }));
    }

    [Fact(Timeout = 30_000)]
    public async Task CompressedFlag_WithCorruptGzipData_EndsWithInternal()
    {
        await using var server = await TestServer.StartAsync();

        var response = await server.Raw.SendAsync(UnaryPath, Frame([1, 2, 3, 4, 5, 6, 7, 8], compressed: true), ("grpc-encoding", "gzip"));

        AssertStatus(response, StatusCode.Internal);
        await server.AssertServesNormalCallAsync();
    }

    [Fact(Timeout = 30_000)]
    public async Task GrpcEncodingIdentity_WithUncompressedMessages_IsAccepted()
    {
        await using var server = await TestServer.StartAsync();

        var response = await server.Raw.SendAsync(UnaryPath, Frame(new Request { Text = "id" }), ("grpc-encoding", "identity"));

        AssertStatus(response, StatusCode.OK);
    }
}
