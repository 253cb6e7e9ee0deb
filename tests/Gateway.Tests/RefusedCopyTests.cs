using System.Text.Json;
using Employment.Gateway;
using Employment.Jobs.V1;
using Employment.TestInfrastructure;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using Xunit;

namespace Gateway.Tests;

/// <summary>
/// Issue 17, "beyond the requests in flight at the moment of a kill, no failures with a second copy
/// alive": a copy that refuses connections (a dead process's port) costs no failed call while another
/// copy is healthy — the gateway sends a call refused at connect to another copy (the service never
/// saw it) and takes the refusing copy out of rotation at once (passive health policy
/// <c>RefusedConnection</c>). Real sockets; the active probe is off so that only these two act.
/// </summary>
public sealed class RefusedCopyTests : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "gateway-refused-" + Guid.NewGuid().ToString("N"));
    private readonly CapturedLog _log = new(LogLevel.Warning);
    private readonly List<ServiceUnderTest> _copies = [];
    private readonly List<WebApplication> _gateways = [];
    private readonly List<IDisposable> _clients = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        _clients.ForEach(c => c.Dispose());
        foreach (var gateway in _gateways)
        {
            await gateway.StopAsync();
            await gateway.DisposeAsync();
        }

        foreach (var copy in _copies)
        {
            await copy.DisposeAsync();
        }

        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact(Timeout = 60_000)]
    public async Task Connect_refused_by_one_copy_is_sent_to_the_healthy_copy_and_no_call_fails()
    {
        var healthy = await StartCopyAsync("job-matching-2");
        var (client, _) = await StartGatewayAsync(("job-matching-1", RefusingAddress()), ("job-matching-2", healthy.Address));

        var answeredBy = new List<string>();
        for (var i = 0; i < 20; i++)
        {
            answeredBy.Add((await client.GetPublicPostingAsync(new GetPublicPostingRequest { PostingId = "J-" + i })).Title);
        }

        Assert.All(answeredBy, name => Assert.Equal("job-matching-2", name));
    }

    [Fact(Timeout = 60_000)]
    public async Task Passive_health_takes_a_refusing_copy_out_of_rotation_at_the_first_refusal()
    {
        var healthy = await StartCopyAsync("job-matching-2");
        var (client, http) = await StartGatewayAsync(("job-matching-1", RefusingAddress()), ("job-matching-2", healthy.Address));

        // Round robin would give every other call to the refusing copy; after the first refusal it gets none.
        for (var i = 0; i < 20; i++)
        {
            await client.GetPublicPostingAsync(new GetPublicPostingRequest { PostingId = "J-" + i });
        }

        Assert.Equal(1, _log.Lines.Count(l => l.Contains("job-matching-1 refused the connection", StringComparison.Ordinal)));
        // 503 overall (the other services of gateway.json run nowhere here); the body still lists every destination.
        using var response = await http.GetAsync(new Uri("/healthz", UriKind.Relative));
        using var health = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var destinations = health.RootElement.GetProperty("services").EnumerateArray()
            .Single(s => s.GetProperty("service").GetString() == "job-matching")
            .GetProperty("destinations").EnumerateArray()
            .ToDictionary(d => d.GetProperty("id").GetString()!, d => d.GetProperty("passive").GetString());
        Assert.Equal("unhealthy", destinations["job-matching-1"]);
        Assert.NotEqual("unhealthy", destinations["job-matching-2"]);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_copy_that_stops_between_calls_costs_no_failed_call_while_the_other_copy_answers()
    {
        var first = await StartCopyAsync("job-matching-1");
        var second = await StartCopyAsync("job-matching-2");
        var (client, _) = await StartGatewayAsync(("job-matching-1", first.Address), ("job-matching-2", second.Address));
        var before = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < 6; i++)
        {
            before.Add((await client.GetPublicPostingAsync(new GetPublicPostingRequest { PostingId = "J-" + i })).Title);
        }

        // Both copies were in use; then one goes away and its port refuses connections.
        Assert.Equal(2, before.Count);
        _copies.Remove(first);
        await first.DisposeAsync();

        for (var i = 0; i < 20; i++)
        {
            Assert.Equal("job-matching-2", (await client.GetPublicPostingAsync(new GetPublicPostingRequest { PostingId = "K-" + i })).Title);
        }
    }

    [Fact(Timeout = 60_000)]
    public async Task When_every_copy_refuses_the_caller_gets_UNAVAILABLE_after_each_copy_was_tried_once()
    {
        var (client, _) = await StartGatewayAsync(("job-matching-1", RefusingAddress()), ("job-matching-2", RefusingAddress()));

        var error = await Assert.ThrowsAsync<RpcException>(async () => await client.GetPublicPostingAsync(new GetPublicPostingRequest { PostingId = "J-1" }));

        Assert.Equal(StatusCode.Unavailable, error.StatusCode);
        Assert.Equal(1, _log.Lines.Count(l => l.Contains("refused the connection; the call goes to one of the 1 other copies", StringComparison.Ordinal)));
    }

    /// <summary>A loopback port nothing listens on: connecting is refused, as at a killed process's port.</summary>
    private static string RefusingAddress() => $"http://127.0.0.1:{FreePort.Get()}";

    private async Task<ServiceUnderTest> StartCopyAsync(string name)
    {
        var copy = await ServiceUnderTest.StartAsync(new EchoJobMatching.Module(name), [$"--DataDirectory={_directory}"]);
        _copies.Add(copy);
        return copy;
    }

    private async Task<(JobMatching.JobMatchingClient Client, HttpClient Http)> StartGatewayAsync(params (string Id, string Address)[] copies)
    {
        var grpcPort = FreePort.Get();
        var httpPort = FreePort.Get();
        var gateway = GatewayHost.Build(
            [
                $"--Gateway:GrpcPort={grpcPort}",
                $"--Gateway:HttpPort={httpPort}",
                "--Web:Enabled=false",
                "--ReverseProxy:Clusters:job-matching:HealthCheck:Active:Enabled=false",
                "--ReverseProxy:Clusters:job-matching:LoadBalancingPolicy=RoundRobin",
                .. copies.Select(c => $"--ReverseProxy:Clusters:job-matching:Destinations:{c.Id}:Address={c.Address}"),
                .. TestCallers.HostArguments,
            ],
            b =>
            {
                b.Logging.ClearProviders();
                b.Logging.AddProvider(_log);
            });
        await gateway.StartAsync();
        _gateways.Add(gateway);
        var channel = GrpcChannel.ForAddress($"http://127.0.0.1:{grpcPort}");
        var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{httpPort}") };
        _clients.Add(channel);
        _clients.Add(http);
        return (new JobMatching.JobMatchingClient(channel), http);
    }
}
