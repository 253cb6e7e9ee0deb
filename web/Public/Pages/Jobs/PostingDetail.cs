using Employment.Jobs.V1;
using Grpc.Core;

namespace Employment.Web.Public.Pages.Jobs;

/// <summary>What the posting page shows: the public view, or that it is gone (NOT_FOUND), or a problem.</summary>
public sealed record PostingDetailView(string PostingId, ServiceAnswer<PublicPosting> Answer, bool Gone)
{
    /// <summary>The search the person came from (<see cref="JobFilters.BackUrl"/>), else the bare 找工作.</summary>
    public string BackUrl { get; init; } = "/jobs";

    /// <summary>The online hall is open: the page offers 网上投递 (a sign-in away).</summary>
    public bool OnlineApply { get; init; }
}

/// <summary>
/// One posting's public view (GetPublicPosting): the service's PublicPosting carries no credit code
/// and no identity number, so neither can reach the page.
/// </summary>
public sealed class PostingDetail(ServiceCalls calls)
{
    public async Task<PostingDetailView> LoadAsync(string postingId, string? back, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(postingId);
        var request = new GetPublicPostingRequest { PostingId = postingId };
        var answer = await calls.CallAsync(JobSearch.ServiceZh, async (JobMatching.JobMatchingClient client, CallOptions options) => await client.GetPublicPostingAsync(request, options), cancellation);
        return new PostingDetailView(postingId, answer, answer.Problem is { NotFound: true }) { BackUrl = JobFilters.BackUrl(back) };
    }
}
