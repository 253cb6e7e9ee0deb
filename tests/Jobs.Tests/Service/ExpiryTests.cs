using Employment.TestInfrastructure;
using Grpc.Core;
using Xunit;
using V1 = Employment.Jobs.V1;

namespace Jobs.Tests.Service;

/// <summary>R29's validity period: a posting past its last day leaves search and the public view by itself, and the counter sees it expired.</summary>
public sealed class ExpiryTests(ClockedJobsHost host) : IClassFixture<ClockedJobsHost>
{
    [Fact(Timeout = 60_000)]
    public async Task R29_a_posting_past_its_last_day_leaves_search_and_the_public_view_and_reads_expired_at_the_counter()
    {
        var posting = JobsHost.Lawful(title: "西点师");
        var last = new DateOnly(posting.Valid.From.Year, posting.Valid.From.Month, posting.Valid.From.Day).AddDays(1);
        posting.Valid.Until = JobsHost.Date(last);
        var created = await host.CreateAsync(posting);
        Assert.Contains((await host.Jobs.SearchPostingsAsync(new V1.SearchPostingsRequest { Query = "西点师" })).Hits, h => h.PostingId == created.PostingId);

        host.Clock.UtcNow = host.Clock.UtcNow.AddDays(3);

        Assert.DoesNotContain((await host.Jobs.SearchPostingsAsync(new V1.SearchPostingsRequest { Query = "西点师" })).Hits, h => h.PostingId == created.PostingId);
        var error = await Assert.ThrowsAsync<RpcException>(() => host.Jobs.GetPublicPostingAsync(new V1.GetPublicPostingRequest { PostingId = created.PostingId }).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, error.StatusCode);
        var counter = await host.Jobs.GetPostingAsync(new V1.GetPostingRequest { PostingId = created.PostingId }, TestCallers.Counter());
        Assert.Equal(V1.PostingStatus.Expired, counter.Status);
    }
}
