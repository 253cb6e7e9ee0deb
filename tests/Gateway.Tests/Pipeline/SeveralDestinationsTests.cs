using Employment.Jobs.V1;
using Xunit;

namespace Gateway.Tests.Pipeline;

/// <summary>
/// "several destinations per service for when a service runs more than one copy": the job-matching
/// cluster has two copies of the stand-in, and calls reach both.
/// </summary>
[Collection(nameof(GatewayCollection))]
public sealed class SeveralDestinationsTests(PlatformUnderTest platform)
{
    [Fact(Timeout = 30_000)]
    public async Task Calls_are_spread_over_every_copy_of_a_service()
    {
        var client = new JobMatching.JobMatchingClient(platform.Invoker);
        var answeredBy = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < 10; i++)
        {
            answeredBy.Add((await client.GetPublicPostingAsync(new GetPublicPostingRequest { PostingId = "J-" + i })).Title);
        }

        Assert.Equal(["job-matching-1", "job-matching-2"], answeredBy.Order(StringComparer.Ordinal));
    }
}
