using System.Text.Json;
using Employment.Gateway;
using Employment.Jobs.V1;
using Employment.TestInfrastructure;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using Xunit;

namespace Gateway.Tests.Pipeline;

/// <summary>
/// "beyond the requests in flight at the moment of a kill, no failures with a second copy
/// alive": a copy that refuses connections (a dead process's port) costs no failed call while another
/// copy is healthy — the gateway sends a call refused at connect to another copy (the service never
/// saw it) and takes the refusing copy out of rotation at once (passive health policy
/// <c>RefusedConnection</c>). A copy that dies with a call on its connection (<see cref="DroppingCopy"/>)
/// costs no failed call either when the method's contract declares it safe to repeat
/// (<c>idempotency_level</c>); any other call is never sent twice. Real sockets; the active probe is off
/// so that only these act.
/// </summary>
public sealed class RefusedCopyTests : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "gateway-refused-" + Guid.NewGuid().ToString("N"));
    private readonly CapturedLog _log = new(LogLevel.Warning);
    private readonly List<ServiceUnderTest> _copies = [];
    private readonly List<WebApplication> _gateways = [];
    private readonly List<IDisposable> _clients = [];
    private readonly List<DroppingCopy> _droppers = [];

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

        foreach (var dropper in _droppers)
        {
            await dropper.DisposeAsync();
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
        // 503 overall (the other services of gateway.json run nowhere here): the public answer is yes or no,
        // with no address; an operator's details list every destination.
        using var summary = await http.GetAsync(new Uri("/healthz", UriKind.Relative));
        var said = await summary.Content.ReadAsStringAsync();
        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, summary.StatusCode);
        Assert.DoesNotContain("127.0.0.1", said, StringComparison.Ordinal);
        Assert.DoesNotContain("job-matching", said, StringComparison.Ordinal);
        using var anonymous = await http.GetAsync(new Uri("/healthz/details", UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, anonymous.StatusCode);
        using var asCounter = new HttpRequestMessage(HttpMethod.Get, "/healthz/details");
        asCounter.Headers.TryAddWithoutValidation("authorization", TestCallers.Counter().GetValue("authorization"));
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await http.SendAsync(asCounter)).StatusCode);
        using var asOperator = new HttpRequestMessage(HttpMethod.Get, "/healthz/details");
        asOperator.Headers.TryAddWithoutValidation("authorization", TestCallers.Admin().GetValue("authorization"));
        using var response = await http.SendAsync(asOperator);
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

    [Fact(Timeout = 60_000)]
    public async Task A_call_declared_NO_SIDE_EFFECTS_lost_by_a_dying_copy_is_answered_by_the_other_copy()
    {
        var healthy = await StartCopyAsync("job-matching-2");
        var dying = Dropper();
        var (client, _) = await StartGatewayAsync(("job-matching-1", dying.Address), ("job-matching-2", healthy.Address));

        var answeredBy = new List<string>();
        for (var i = 0; i < 10; i++)
        {
            answeredBy.Add((await client.GetPublicPostingAsync(new GetPublicPostingRequest { PostingId = "J-" + i })).Title);
        }

        Assert.All(answeredBy, name => Assert.Equal("job-matching-2", name));
        Assert.True(dying.CallsDropped >= 1, "round robin gave the dying copy a call");
        Assert.Contains(_log.Lines, l => l.Contains("job-matching-1 lost /employment.jobs.v1.JobMatching/GetPublicPosting before answering", StringComparison.Ordinal));
    }

    [Fact(Timeout = 60_000)]
    public async Task A_public_match_with_a_body_lost_by_a_dying_copy_is_sent_again_with_the_same_body()
    {
        var healthy = await StartCopyAsync("job-matching-2");
        var dying = Dropper();
        var (client, _) = await StartGatewayAsync(("job-matching-1", dying.Address), ("job-matching-2", healthy.Address));

        for (var i = 0; i < 6; i++)
        {
            var request = new MatchJobsRequest { Preferences = new JobPreferences { OccupationCodes = { "6-31-01-0" + i } }, Page = new Employment.Common.V1.PageRequest { PageSize = 7 } };
            var answer = await client.MatchJobsAsync(request);
            // The echo answers with what it received: the body the second copy got is the whole first one.
            Assert.Equal("6-31-01-0" + i, Assert.Single(answer.Matches).Posting.OccupationCode);
            Assert.Equal(7, Assert.Single(answer.Matches).Score);
        }

        Assert.True(dying.CallsDropped >= 1, "round robin gave the dying copy a call");
        // The body is recorded as YARP reads it, not read ahead of it: YARP's lifting of the body-size limit
        // fails (and warns) only on an attempt after the first, never on every call.
        var sentAgain = _log.Lines.Count(l => l.Contains("before answering", StringComparison.Ordinal));
        Assert.True(_log.Lines.Count(l => l.Contains("Unable to disable max request body size", StringComparison.Ordinal)) <= sentAgain);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_call_not_declared_safe_to_repeat_is_never_sent_to_a_second_copy_after_the_first_lost_it()
    {
        var first = Dropper();
        var second = Dropper();
        var (client, _) = await StartGatewayAsync(("job-matching-1", first.Address), ("job-matching-2", second.Address));

        var error = await Assert.ThrowsAsync<RpcException>(async () =>
            await client.WithdrawPostingAsync(new WithdrawPostingRequest { PostingId = "J-1" }, TestCallers.Counter()));

        Assert.Equal(StatusCode.Unavailable, error.StatusCode);
        Assert.Equal(1, first.CallsDropped + second.CallsDropped);
        Assert.DoesNotContain(_log.Lines, l => l.Contains("before answering", StringComparison.Ordinal));
    }

    [Fact(Timeout = 60_000)]
    public async Task A_call_declared_safe_to_repeat_lost_by_every_copy_is_tried_once_on_each_and_answered_UNAVAILABLE()
    {
        var first = Dropper();
        var second = Dropper();
        var (client, _) = await StartGatewayAsync(("job-matching-1", first.Address), ("job-matching-2", second.Address));

        var error = await Assert.ThrowsAsync<RpcException>(async () => await client.GetPublicPostingAsync(new GetPublicPostingRequest { PostingId = "J-1" }));

        Assert.Equal(StatusCode.Unavailable, error.StatusCode);
        Assert.Equal(1, first.CallsDropped);
        Assert.Equal(1, second.CallsDropped);
    }

    private DroppingCopy Dropper()
    {
        var dropper = new DroppingCopy();
        _droppers.Add(dropper);
        return dropper;
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
