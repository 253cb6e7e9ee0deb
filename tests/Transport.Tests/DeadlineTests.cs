using Grpc.Core;
using Transport.Tests.Infrastructure;
using Transport.Tests.V1;
using static Transport.Tests.Infrastructure.RawGrpcClient;
using static Transport.Tests.Infrastructure.TestAssertions;

namespace Transport.Tests;

/// <summary>PROTOCOL-HTTP2 Timeout (grpc-timeout) and the deadline semantics on both sides.</summary>
public sealed class DeadlineTests
{
    [Fact(Timeout = 30_000)]
    public async Task ClientDeadline_ExpiresWhileHandlerWaits_ClientGetsDeadlineExceeded()
    {
        await using var server = await TestServer.StartAsync();
        var client = server.CreateClient();

        await AssertRpcExceptionAsync(StatusCode.DeadlineExceeded, async () =>
            await client.UnaryAsync(new Request { Scenario = Scenario.AwaitCancellation }, deadline: DateTime.UtcNow.AddMilliseconds(300)));

        await server.Probe.HandlerCancelled.Task.WaitAsync(Patience);
        server.Logs.AssertNoUnexpectedErrors();
    }

    [Fact(Timeout = 30_000)]
    public async Task ClientDeadline_AlreadyPassed_FailsWithDeadlineExceededWithoutReachingTheServer()
    {
        await using var server = await TestServer.StartAsync();
        var client = server.CreateClient();

        await AssertRpcExceptionAsync(StatusCode.DeadlineExceeded, async () =>
            await client.UnaryAsync(new Request { Scenario = Scenario.AwaitCancellation }, deadline: DateTime.UtcNow.AddSeconds(-1)));

        Assert.False(server.Probe.HandlerStarted.Task.IsCompleted);
    }

    [Fact(Timeout = 30_000)]
    public async Task GrpcTimeoutExpiry_CancelsTheHandlerToken_AndServerEndsWithDeadlineExceeded()
    {
        // A raw client that never cancels: only the server's own grpc-timeout can end this call.
        await using var server = await TestServer.StartAsync();

        var response = await server.Raw.SendAsync(UnaryPath, Frame(new Request { Scenario = Scenario.AwaitCancellation }), ("grpc-timeout", "300m"));

        AssertStatus(response, StatusCode.DeadlineExceeded);
        await server.Probe.HandlerCancelled.Task.WaitAsync(Patience);
        server.Logs.AssertNoUnexpectedErrors();
    }

    [Fact(Timeout = 30_000)]
    public async Task GrpcTimeoutExpiry_HandlerIgnoresCancellation_ServerStillAnswersDeadlineExceededBeforeTheHandlerEnds()
    {
        await using var server = await TestServer.StartAsync();
        var request = new Request { Scenario = Scenario.IgnoreCancellation, DelayMs = 4000 };

        var response = await server.Raw.SendAsync(UnaryPath, Frame(request), ("grpc-timeout", "300m"));

        AssertStatus(response, StatusCode.DeadlineExceeded);
        Assert.False(server.Probe.HandlerFinished.Task.IsCompleted, "the status should not wait for the handler");
        Assert.Empty(response.Messages());

        // The late handler's answer is dropped quietly: it is not an error of the handler.
        await server.Probe.HandlerFinished.Task.WaitAsync(Patience);
        await server.AssertServesNormalCallAsync();
        server.Logs.AssertNoUnexpectedErrors();
    }

    [Fact(Timeout = 30_000)]
    public async Task ClientDeadline_HandlerSleepsWithoutLookingAtCancellation_ClientGetsDeadlineExceeded()
    {
        await using var server = await TestServer.StartAsync();
        var client = server.CreateClient();

        await AssertRpcExceptionAsync(StatusCode.DeadlineExceeded, async () =>
            await client.UnaryAsync(new Request { Scenario = Scenario.IgnoreCancellation, DelayMs = 4000 }, deadline: DateTime.UtcNow.AddMilliseconds(300)));

        Assert.False(server.Probe.HandlerFinished.Task.IsCompleted, "the client should not wait for the handler");
        await server.Probe.HandlerFinished.Task.WaitAsync(Patience);
    }

    [Fact(Timeout = 30_000)]
    public async Task ClientDeadline_IsSentAsGrpcTimeout_AndBecomesTheServerDeadline()
    {
        await using var server = await TestServer.StartAsync();
        var client = server.CreateClient();
        var deadline = DateTime.UtcNow.AddSeconds(30);

        var reply = await client.UnaryAsync(new Request(), deadline: deadline);

        Assert.Contains("grpc-timeout", reply.Info.HeaderNames);
        var expected = new DateTimeOffset(deadline).ToUnixTimeMilliseconds();
        Assert.InRange(reply.Info.DeadlineUnixMs, expected - 2000, expected + 2000);
    }

    [Fact(Timeout = 30_000)]
    public async Task ClientDeadline_FarInTheFuture_IsAcceptedByClientAndServer()
    {
        await using var server = await TestServer.StartAsync();
        var client = server.CreateClient();

        var reply = await client.UnaryAsync(new Request { Text = "patient" }, deadline: DateTime.UtcNow.AddDays(100));

        Assert.Equal("patient", reply.Text);
        Assert.True(reply.Info.DeadlineUnixMs > DateTimeOffset.UtcNow.AddDays(30).ToUnixTimeMilliseconds());
    }

    [Fact(Timeout = 30_000)]
    public async Task NoClientDeadline_SendsNoGrpcTimeout_AndServerHasNoDeadline()
    {
        await using var server = await TestServer.StartAsync();
        var client = server.CreateClient();

        var reply = await client.UnaryAsync(new Request());

        Assert.DoesNotContain("grpc-timeout", reply.Info.HeaderNames);
        Assert.Equal(0, reply.Info.DeadlineUnixMs);
    }

    [Fact(Timeout = 30_000)]
    public async Task ClientDeadline_ExpiresMidServerStream_ReaderGetsDeadlineExceeded()
    {
        await using var server = await TestServer.StartAsync();
        var client = server.CreateClient();

        using var call = client.ServerStream(new Request { Scenario = Scenario.AwaitCancellation }, deadline: DateTime.UtcNow.AddMilliseconds(500));
        Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));

        await AssertRpcExceptionAsync(StatusCode.DeadlineExceeded, () => call.ResponseStream.MoveNext(CancellationToken.None));
        Assert.Equal(StatusCode.DeadlineExceeded, call.GetStatus().StatusCode);
        await server.Probe.HandlerCancelled.Task.WaitAsync(Patience);
    }
}
