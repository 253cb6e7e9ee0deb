using Grpc.Core;
using Transport.Tests.Infrastructure;
using Transport.Tests.V1;
using static Transport.Tests.Infrastructure.TestAssertions;

namespace Transport.Tests;

/// <summary>Connection management: a channel opens more connections when a connection's stream limit is reached.</summary>
public sealed class ConnectionTests
{
    [Fact(Timeout = 30_000)]
    public async Task StreamLimitReached_ChannelOpensMoreConnections_AndEveryLongRunningCallProgresses()
    {
        const int calls = 10;
        const int streamsPerConnection = 2;
        await using var server = await TestServer.StartAsync(new() { Kestrel = k => k.Limits.Http2.MaxStreamsPerConnection = streamsPerConnection });
        var client = server.CreateClient();

        // Each call answers once, then waits until all of them have arrived: with queued streams
        // instead of new connections, the barrier could never fill and the calls would time out.
        var streams = Enumerable.Range(0, calls).Select(_ => client.ServerStream(new Request { Scenario = Scenario.Barrier, Count = calls })).ToList();
        try
        {
            var replies = await Task.WhenAll(streams.Select(async call => await call.ResponseStream.ReadAllAsync().ToListAsync())).WaitAsync(TimeSpan.FromSeconds(25));

            Assert.All(replies, r => Assert.Equal([0, 1], r.Select(m => m.Index)));
            Assert.All(streams, s => Assert.Equal(StatusCode.OK, s.GetStatus().StatusCode));
            var connections = server.Probe.BarrierConnections.Distinct().Count();
            Assert.True(connections >= calls / streamsPerConnection, $"{calls} concurrent calls shared {connections} connections");
        }
        finally
        {
            streams.ForEach(s => s.Dispose());
        }
    }

    [Fact(Timeout = 30_000)]
    public async Task StreamLimitReached_BurstOfUnaryCalls_AllSucceedInsteadOfFailingWithRefusedStream()
    {
        // A burst on a fresh channel outruns the server's SETTINGS: streams beyond the limit are
        // refused (REFUSED_STREAM), which promises they were not processed, so they must be retried.
        await using var server = await TestServer.StartAsync(new() { Kestrel = k => k.Limits.Http2.MaxStreamsPerConnection = 2 });
        var client = server.CreateClient();

        var replies = await Task.WhenAll(Enumerable.Range(0, 20).Select(async i =>
            await client.UnaryAsync(new Request { Scenario = Scenario.IgnoreCancellation, DelayMs = 200, Text = $"call {i}" })));

        Assert.Equal(Enumerable.Range(0, 20).Select(i => $"call {i}"), replies.Select(r => r.Text));
    }
}
