using Grpc.Core;
using Transport.Tests.Infrastructure;
using Transport.Tests.V1;
using static Transport.Tests.Infrastructure.TestAssertions;

namespace Transport.Tests;

/// <summary>
/// Client cancellation: the client resets the stream (RST_STREAM CANCEL), the server handler's token
/// fires, and the client's call ends CANCELLED.
/// </summary>
public sealed class CancellationTests
{
    [Fact(Timeout = 30_000)]
    public async Task ClientCancelsUnaryCall_ServerHandlerSeesCancellation_ClientGetsCancelled()
    {
        await using var server = await TestServer.StartAsync();
        var client = server.CreateClient();
        using var cts = new CancellationTokenSource();

        using var call = client.UnaryAsync(new Request { Scenario = Scenario.AwaitCancellation }, cancellationToken: cts.Token);
        await server.Probe.HandlerStarted.Task.WaitAsync(Patience);
        cts.Cancel();

        await AssertRpcExceptionAsync(StatusCode.Cancelled, async () => await call);
        await server.Probe.HandlerCancelled.Task.WaitAsync(Patience);
        Assert.Equal(StatusCode.Cancelled, call.GetStatus().StatusCode);
        server.Logs.AssertNoUnexpectedErrors();
    }

    [Fact(Timeout = 30_000)]
    public async Task ClientCancelsServerStreamingCall_ServerHandlerSeesCancellation_ReaderGetsCancelled()
    {
        await using var server = await TestServer.StartAsync();
        var client = server.CreateClient();
        using var cts = new CancellationTokenSource();

        using var call = client.ServerStream(new Request { Scenario = Scenario.AwaitCancellation }, cancellationToken: cts.Token);
        Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));
        var next = call.ResponseStream.MoveNext(CancellationToken.None);
        cts.Cancel();

        await AssertRpcExceptionAsync(StatusCode.Cancelled, () => next);
        await server.Probe.HandlerCancelled.Task.WaitAsync(Patience);
        server.Logs.AssertNoUnexpectedErrors();
    }

    [Fact(Timeout = 30_000)]
    public async Task ReaderCancellationToken_CancelsTheServerStreamingCall()
    {
        await using var server = await TestServer.StartAsync();
        var client = server.CreateClient();
        using var cts = new CancellationTokenSource();

        using var call = client.ServerStream(new Request { Scenario = Scenario.AwaitCancellation });
        Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));
        var next = call.ResponseStream.MoveNext(cts.Token);
        cts.Cancel();

        await AssertRpcExceptionAsync(StatusCode.Cancelled, () => next);
        await server.Probe.HandlerCancelled.Task.WaitAsync(Patience);
    }

    [Fact(Timeout = 30_000)]
    public async Task ClientCancelsDuplexCall_ServerHandlerSeesCancellation()
    {
        await using var server = await TestServer.StartAsync();
        var client = server.CreateClient();
        using var cts = new CancellationTokenSource();

        using var call = client.Duplex(cancellationToken: cts.Token);
        await call.RequestStream.WriteAsync(new Request { Text = "one" });
        Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));
        await call.RequestStream.WriteAsync(new Request { Scenario = Scenario.AwaitCancellation });
        await server.Probe.HandlerStarted.Task.WaitAsync(Patience);
        cts.Cancel();

        await AssertRpcExceptionAsync(StatusCode.Cancelled, () => call.ResponseStream.MoveNext(CancellationToken.None));
        await server.Probe.HandlerCancelled.Task.WaitAsync(Patience);
    }

    [Fact(Timeout = 30_000)]
    public async Task DisposingACallInFlight_ResetsTheStream_ServerHandlerSeesCancellation()
    {
        await using var server = await TestServer.StartAsync();
        var client = server.CreateClient();

        var call = client.UnaryAsync(new Request { Scenario = Scenario.AwaitCancellation });
        await server.Probe.HandlerStarted.Task.WaitAsync(Patience);
        call.Dispose();

        await server.Probe.HandlerCancelled.Task.WaitAsync(Patience);
        await AssertRpcExceptionAsync(StatusCode.Cancelled, async () => await call);
    }

    [Fact(Timeout = 30_000)]
    public async Task TokenCancelledBeforeTheCall_FailsWithCancelledWithoutReachingTheServer()
    {
        await using var server = await TestServer.StartAsync();
        var client = server.CreateClient();

        await AssertRpcExceptionAsync(StatusCode.Cancelled, async () =>
            await client.UnaryAsync(new Request { Scenario = Scenario.AwaitCancellation }, cancellationToken: new CancellationToken(canceled: true)));

        Assert.False(server.Probe.HandlerStarted.Task.IsCompleted);
    }
}
