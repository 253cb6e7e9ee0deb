using Google.Protobuf;
using Grpc.Core;
using Transport.Tests.Infrastructure;
using Transport.Tests.V1;
using static Transport.Tests.Infrastructure.TestAssertions;

namespace Transport.Tests;

/// <summary>All four call types end to end through GrpcChannel and the generated client, and status with trailers.</summary>
public sealed class CallTypeTests
{
    private static readonly ByteString AllBytes = ByteString.CopyFrom(Enumerable.Range(0, 256).Select(i => (byte)i).ToArray());

    [Fact(Timeout = 30_000)]
    public async Task Unary_EchoesTheRequest_WithResponseHeadersAndOkStatus()
    {
        await using var server = await TestServer.StartAsync();
        var client = server.CreateClient();

        using var call = client.UnaryAsync(new Request { Text = "héllo", Payload = AllBytes });
        var reply = await call;

        Assert.Equal("héllo", reply.Text);
        Assert.Equal(AllBytes, reply.Payload);
        Assert.Equal("HTTP/2", reply.Info.Protocol);
        Assert.Equal(StatusCode.OK, call.GetStatus().StatusCode);
        Assert.NotNull(await call.ResponseHeadersAsync);
        Assert.Contains("te", reply.Info.HeaderNames);
    }

    [Fact(Timeout = 30_000)]
    public async Task Unary_BlockingCall_Works()
    {
        await using var server = await TestServer.StartAsync();
        var client = server.CreateClient();

        var reply = await Task.Run(() => client.Unary(new Request { Text = "blocking" }));

        Assert.Equal("blocking", reply.Text);
    }

    [Fact(Timeout = 30_000)]
    public async Task ServerStreaming_ManyMessages_ArriveInOrderThenOkStatus()
    {
        await using var server = await TestServer.StartAsync();
        var client = server.CreateClient();

        using var call = client.ServerStream(new Request { Count = 2000, Text = "s" });
        var indexes = new List<int>();
        while (await call.ResponseStream.MoveNext(CancellationToken.None))
        {
            indexes.Add(call.ResponseStream.Current.Index);
        }

        Assert.Equal(Enumerable.Range(0, 2000), indexes);
        Assert.Equal(StatusCode.OK, call.GetStatus().StatusCode);
    }

    [Fact(Timeout = 30_000)]
    public async Task ServerStreaming_ZeroMessages_EndsWithOk()
    {
        await using var server = await TestServer.StartAsync();
        var client = server.CreateClient();

        using var call = client.ServerStream(new Request { Count = 0 });

        Assert.False(await call.ResponseStream.MoveNext(CancellationToken.None));
        Assert.Equal(StatusCode.OK, call.GetStatus().StatusCode);
    }

    [Fact(Timeout = 30_000)]
    public async Task ClientStreaming_ManyMessages_AreAllReceived()
    {
        await using var server = await TestServer.StartAsync();
        var client = server.CreateClient();

        using var call = client.ClientStream();
        for (var i = 0; i < 200; i++)
        {
            await call.RequestStream.WriteAsync(new Request { Text = i.ToString(System.Globalization.CultureInfo.InvariantCulture), Payload = ByteString.CopyFrom((byte)i) });
        }

        await call.RequestStream.CompleteAsync();
        var reply = await call;

        Assert.Equal(200, reply.Index);
        Assert.Equal(string.Join(",", Enumerable.Range(0, 200)), reply.Text);
        Assert.Equal(Enumerable.Range(0, 200).Select(i => (byte)i), reply.Payload.ToByteArray());
    }

    [Fact(Timeout = 30_000)]
    public async Task ClientStreaming_NoMessages_StillGetsTheResponse()
    {
        await using var server = await TestServer.StartAsync();
        var client = server.CreateClient();

        using var call = client.ClientStream();
        await call.RequestStream.CompleteAsync();
        var reply = await call;

        Assert.Equal(0, reply.Index);
    }

    [Fact(Timeout = 30_000)]
    public async Task DuplexStreaming_PingPongEcho_InterleavesRequestsAndResponses()
    {
        await using var server = await TestServer.StartAsync();
        var client = server.CreateClient();

        using var call = client.Duplex();
        for (var i = 0; i < 100; i++)
        {
            await call.RequestStream.WriteAsync(new Request { Text = $"ping {i}" });
            Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));
            Assert.Equal($"ping {i}", call.ResponseStream.Current.Text);
            Assert.Equal(i, call.ResponseStream.Current.Index);
        }

        await call.RequestStream.CompleteAsync();
        Assert.False(await call.ResponseStream.MoveNext(CancellationToken.None));
        Assert.Equal(StatusCode.OK, call.GetStatus().StatusCode);
    }

    [Fact(Timeout = 30_000)]
    public async Task DuplexStreaming_WritesAllThenReadsAll()
    {
        await using var server = await TestServer.StartAsync();
        var client = server.CreateClient();

        using var call = client.Duplex();
        var reading = call.ResponseStream.ReadAllAsync().ToListAsync().AsTask();
        for (var i = 0; i < 300; i++)
        {
            await call.RequestStream.WriteAsync(new Request { Payload = AllBytes });
        }

        await call.RequestStream.CompleteAsync();
        var replies = await reading.WaitAsync(Patience);

        Assert.Equal(Enumerable.Range(0, 300), replies.Select(r => r.Index));
    }

    [Fact(Timeout = 30_000)]
    public async Task ErrorStatus_InTrailersOnlyResponse_CarriesTrailersToTheRpcException()
    {
        await using var server = await TestServer.StartAsync();
        var client = server.CreateClient();

        using var call = client.UnaryAsync(new Request { Scenario = Scenario.FailWithStatus, StatusCode = (int)StatusCode.NotFound, Text = "no such thing" });
        var exception = await AssertRpcExceptionAsync(StatusCode.NotFound, async () => await call);

        Assert.Equal("no such thing", exception.Status.Detail);
        AssertFailureTrailers(exception.Trailers);
        AssertFailureTrailers(call.GetTrailers());
        Assert.Equal(StatusCode.NotFound, call.GetStatus().StatusCode);
    }

    [Fact(Timeout = 30_000)]
    public async Task ErrorStatus_AfterStreamedMessages_CarriesTrailersToTheRpcException()
    {
        await using var server = await TestServer.StartAsync();
        var client = server.CreateClient();

        using var call = client.ServerStream(new Request { Scenario = Scenario.FailWithStatus, Count = 3, StatusCode = (int)StatusCode.Aborted, Text = "aborted late" });
        for (var i = 0; i < 3; i++)
        {
            Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));
        }

        var exception = await AssertRpcExceptionAsync(StatusCode.Aborted, () => call.ResponseStream.MoveNext(CancellationToken.None));

        Assert.Equal("aborted late", exception.Status.Detail);
        AssertFailureTrailers(exception.Trailers);
        AssertFailureTrailers(call.GetTrailers());
    }

    [Fact(Timeout = 30_000)]
    public async Task ConcurrentCallsOnOneChannel_AllSucceed()
    {
        await using var server = await TestServer.StartAsync();
        var client = server.CreateClient();

        var replies = await Task.WhenAll(Enumerable.Range(0, 200).Select(async i =>
            await client.UnaryAsync(new Request { Text = i.ToString(System.Globalization.CultureInfo.InvariantCulture) })));

        Assert.Equal(Enumerable.Range(0, 200).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), replies.Select(r => r.Text));
    }

    private static void AssertFailureTrailers(Metadata trailers)
    {
        Assert.Equal("trailer value", trailers.GetValue("x-trailer-text"));
        Assert.Equal(TestServiceImpl.TrailerBytes, trailers.GetValueBytes("x-trailer-bin"));
    }
}
