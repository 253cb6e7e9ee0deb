using System.Text.RegularExpressions;
using Grpc.Core;
using Microsoft.Extensions.Logging;
using Transport.Tests.Infrastructure;
using Transport.Tests.V1;
using static Transport.Tests.Infrastructure.TestAssertions;

namespace Transport.Tests;

/// <summary>
/// A handler's unhandled exception becomes INTERNAL without leaking its message to the client; the
/// server log ties the exception to the client's status through a correlation id.
/// </summary>
public sealed partial class ErrorHandlingTests
{
    private const string Secret = "connection string password=hunter2";

    [Fact(Timeout = 30_000)]
    public async Task HandlerException_ClientGetsInternalWithCorrelationIdButNotTheExceptionMessage()
    {
        await using var server = await TestServer.StartAsync();
        var client = server.CreateClient();

        var exception = await AssertRpcExceptionAsync(StatusCode.Internal, async () =>
            await client.UnaryAsync(new Request { Scenario = Scenario.Throw, Text = Secret }));

        Assert.DoesNotContain(Secret, exception.Status.Detail);
        Assert.DoesNotContain(nameof(InvalidOperationException), exception.Status.Detail);
        var correlationId = CorrelationId().Match(exception.Status.Detail).Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(correlationId), $"no correlation id in '{exception.Status.Detail}'");

        var entry = Assert.Single(server.Logs.Entries, e => e.Level == LogLevel.Error && e.Exception is not null);
        Assert.IsType<InvalidOperationException>(entry.Exception);
        Assert.Equal(Secret, entry.Exception!.Message);
        Assert.Contains(correlationId, entry.Message);
        Assert.Contains("/transport.test.v1.TransportTest/Unary", entry.Message);
    }

    [Fact(Timeout = 30_000)]
    public async Task HandlerException_EachCallHasItsOwnCorrelationId()
    {
        await using var server = await TestServer.StartAsync();
        var client = server.CreateClient();

        var first = await Assert.ThrowsAsync<RpcException>(async () => await client.UnaryAsync(new Request { Scenario = Scenario.Throw }));
        var second = await Assert.ThrowsAsync<RpcException>(async () => await client.UnaryAsync(new Request { Scenario = Scenario.Throw }));

        Assert.NotEqual(CorrelationId().Match(first.Status.Detail).Groups[1].Value, CorrelationId().Match(second.Status.Detail).Groups[1].Value);
    }

    [Fact(Timeout = 30_000)]
    public async Task HandlerException_WithEnableDetailedErrors_ClientSeesTheExceptionMessage()
    {
        await using var server = await TestServer.StartAsync(new() { Grpc = o => o.EnableDetailedErrors = true });
        var client = server.CreateClient();

        var exception = await AssertRpcExceptionAsync(StatusCode.Internal, async () =>
            await client.UnaryAsync(new Request { Scenario = Scenario.Throw, Text = "detailed boom" }));

        Assert.Contains("detailed boom", exception.Status.Detail);
        Assert.Matches(CorrelationId(), exception.Status.Detail);
    }

    [Fact(Timeout = 30_000)]
    public async Task HandlerException_AfterStreamedMessages_EndsTheStreamWithInternalInTrailers()
    {
        await using var server = await TestServer.StartAsync();
        var client = server.CreateClient();

        using var call = client.ServerStream(new Request { Scenario = Scenario.Throw, Count = 3, Text = Secret });
        for (var i = 0; i < 3; i++)
        {
            Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));
        }

        var exception = await AssertRpcExceptionAsync(StatusCode.Internal, () => call.ResponseStream.MoveNext(CancellationToken.None));
        Assert.DoesNotContain(Secret, exception.Status.Detail);
        var correlationId = CorrelationId().Match(exception.Status.Detail).Groups[1].Value;
        Assert.Contains(server.Logs.Entries, e => e.Exception?.Message == Secret && e.Message.Contains(correlationId, StringComparison.Ordinal));
    }

    [Fact(Timeout = 30_000)]
    public async Task HandlerException_ServerKeepsServing()
    {
        await using var server = await TestServer.StartAsync();
        var client = server.CreateClient();

        for (var i = 0; i < 5; i++)
        {
            await Assert.ThrowsAsync<RpcException>(async () => await client.UnaryAsync(new Request { Scenario = Scenario.Throw }));
        }

        await server.AssertServesNormalCallAsync();
    }

    [GeneratedRegex(@"Correlation id: (\S+)")]
    private static partial Regex CorrelationId();
}
