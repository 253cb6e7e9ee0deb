using System.Diagnostics;
using System.Net;
using Employment.Jobs.V1;
using Employment.TestInfrastructure;
using Xunit;

namespace Gateway.Tests.Pipeline;

/// <summary>"Observability": a W3C traceparent is accepted and the trace continues to the service.</summary>
[Collection(nameof(GatewayCollection))]
public sealed class TracePropagationTests(PlatformUnderTest platform)
{
    [Fact(Timeout = 30_000)]
    public async Task A_gRPC_call_carries_the_callers_trace_to_the_service()
    {
        using var trace = new CallerTrace();
        var posting = await new JobMatching.JobMatchingClient(platform.Invoker).GetPublicPostingAsync(new GetPublicPostingRequest { PostingId = "J-1" });
        AssertContinues(posting.Description, trace.TraceId);
    }

    [Fact(Timeout = 30_000)]
    public async Task A_REST_call_carries_the_callers_trace_to_the_service()
    {
        using var trace = new CallerTrace();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/jobs/postings/J-2");
        var response = await platform.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var posting = Google.Protobuf.JsonParser.Default.Parse<PublicPosting>(await response.Content.ReadAsStringAsync());
        AssertContinues(posting.Description, trace.TraceId);
    }

    // The same trace, a span of the gateway's own as the parent: 00-<trace>-<span>-<flags>.
    private static void AssertContinues(string traceparent, ActivityTraceId traceId)
    {
        var parts = traceparent.Split('-');
        Assert.True(parts.Length == 4, $"traceparent '{traceparent}'");
        Assert.Equal(traceId.ToString(), parts[1]);
    }
}
