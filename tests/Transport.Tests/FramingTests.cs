using Google.Protobuf;
using Grpc.Core;
using Transport.Tests.Infrastructure;
using Transport.Tests.V1;
using static Transport.Tests.Infrastructure.RawGrpcClient;
using static Transport.Tests.Infrastructure.TestAssertions;

namespace Transport.Tests;

/// <summary>
/// PROTOCOL-HTTP2 Length-Prefixed-Message: message boundaries are independent of DATA frame
/// boundaries, in both directions.
/// </summary>
public sealed class FramingTests
{
    [Fact(Timeout = 30_000)]
    public async Task UnaryMessage_TrickledInOneToThreeByteDataFrames_IsReassembled()
    {
        await using var server = await TestServer.StartAsync();
        var request = new Request { Text = "trickled", Payload = ByteString.CopyFrom(Enumerable.Range(0, 200).Select(i => (byte)i).ToArray()) };
        var content = new TrickleContent(Frame(request));

        var response = await server.Raw.SendAsync(UnaryPath, content);

        AssertStatus(response, StatusCode.OK);
        Assert.True(content.Writes > 100, $"only {content.Writes} writes");
        var reply = Reply.Parser.ParseFrom(Assert.Single(response.Messages()).Payload);
        Assert.Equal(request.Payload, reply.Payload);
        Assert.Equal("trickled", reply.Text);
    }

    [Fact(Timeout = 30_000)]
    public async Task ClientStreamingMessages_TrickledAcrossDataFrames_AreAllRead()
    {
        await using var server = await TestServer.StartAsync();
        byte[] body = [.. Frame(new Request { Text = "a" }), .. Frame(new Request { Text = "bb" }), .. Frame([]), .. Frame(new Request { Text = "ccc" })];
        var content = new TrickleContent(body);

        var response = await server.Raw.SendAsync(ClientStreamPath, content);

        AssertStatus(response, StatusCode.OK);
        var reply = Reply.Parser.ParseFrom(Assert.Single(response.Messages()).Payload);
        Assert.Equal(4, reply.Index);
        Assert.Equal("a,bb,,ccc", reply.Text);
    }

    [Fact(Timeout = 30_000)]
    public async Task ClientStreamingMessages_SeveralInOneWrite_AreAllRead()
    {
        await using var server = await TestServer.StartAsync();
        var body = Enumerable.Range(0, 50).SelectMany(i => Frame(new Request { Text = i.ToString(System.Globalization.CultureInfo.InvariantCulture) })).ToArray();

        var response = await server.Raw.SendAsync(ClientStreamPath, body);

        AssertStatus(response, StatusCode.OK);
        var reply = Reply.Parser.ParseFrom(Assert.Single(response.Messages()).Payload);
        Assert.Equal(50, reply.Index);
        Assert.Equal(string.Join(",", Enumerable.Range(0, 50)), reply.Text);
    }

    [Fact(Timeout = 30_000)]
    public async Task ClientStreaming_EndOfStreamInsideSecondMessage_EndsWithInternal()
    {
        await using var server = await TestServer.StartAsync();
        var second = Frame(new Request { Text = "second" });
        byte[] body = [.. Frame(new Request { Text = "first" }), .. second[..^3]];

        var response = await server.Raw.SendAsync(ClientStreamPath, body);

        AssertStatus(response, StatusCode.Internal);
        await server.AssertServesNormalCallAsync();
    }

    [Fact(Timeout = 30_000)]
    public async Task LargeMessages_SpanningManyDataFramesAndFlowControlWindows_RoundTripBothWays()
    {
        await using var server = await TestServer.StartAsync();
        var client = server.CreateClient();
        var payload = new byte[3 * 1024 * 1024];
        new Random(42).NextBytes(payload);

        var reply = await client.UnaryAsync(new Request { Payload = ByteString.CopyFrom(payload) });

        Assert.True(reply.Payload.Span.SequenceEqual(payload));
    }

    [Fact(Timeout = 30_000)]
    public async Task ServerStreamingMessages_ManySmallOnes_ArriveWholeAndInOrder()
    {
        await using var server = await TestServer.StartAsync();
        var client = server.CreateClient();

        using var call = client.ServerStream(new Request { Count = 500, Payload = ByteString.CopyFrom(1, 2, 3) });
        var indexes = new List<int>();
        await foreach (var reply in call.ResponseStream.ReadAllAsync())
        {
            Assert.Equal(new byte[] { 1, 2, 3 }, reply.Payload.ToByteArray());
            indexes.Add(reply.Index);
        }

        Assert.Equal(Enumerable.Range(0, 500), indexes);
        Assert.Equal(StatusCode.OK, call.GetStatus().StatusCode);
    }
}
