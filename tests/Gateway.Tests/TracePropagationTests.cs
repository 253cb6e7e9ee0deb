using System.Diagnostics;
using System.Net;
using Employment.Jobs.V1;
using Grpc.Core;
using Xunit;

namespace Gateway.Tests;

/// <summary>Issue 6, "Observability": a W3C traceparent is accepted and the trace continues to the service.</summary>
[Collection(nameof(GatewayCollection))]
public sealed class TracePropagationTests(PlatformUnderTest platform)
{
    [Fact(Timeout = 30_000)]
    public async Task A_gRPC_call_carries_the_callers_trace_to_the_service()
    {
        var (traceId, parent) = (ActivityTraceId.CreateRandom(), ActivitySpanId.CreateRandom());
        var posting = await new JobMatching.JobMatchingClient(platform.Channel).GetPostingAsync(
            new GetPostingRequest { PostingId = "J-1" }, new Metadata { { "traceparent", $"00-{traceId}-{parent}-01" } });
        AssertContinues(posting.Description, traceId);
    }

    [Fact(Timeout = 30_000)]
    public async Task A_REST_call_carries_the_callers_trace_to_the_service()
    {
        var (traceId, parent) = (ActivityTraceId.CreateRandom(), ActivitySpanId.CreateRandom());
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/jobs/J-2");
        request.Headers.Add("traceparent", $"00-{traceId}-{parent}-01");
        var response = await platform.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var posting = Google.Protobuf.JsonParser.Default.Parse<JobPosting>(await response.Content.ReadAsStringAsync());
        AssertContinues(posting.Description, traceId);
    }

    // The same trace, a span of the gateway's own as the parent: 00-<trace>-<span>-<flags>.
    private static void AssertContinues(string traceparent, ActivityTraceId traceId)
    {
        var parts = traceparent.Split('-');
        Assert.True(parts.Length == 4, $"traceparent '{traceparent}'");
        Assert.Equal(traceId.ToString(), parts[1]);
    }
}
