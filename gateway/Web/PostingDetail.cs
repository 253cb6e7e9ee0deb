using Employment.Jobs.V1;

namespace Employment.Gateway.Web;

/// <summary>What the posting page shows: the public view, or that it is gone (NOT_FOUND), or a problem.</summary>
public sealed record PostingDetailView(string PostingId, ServiceAnswer<PublicPosting> Answer, bool Gone)
{
    /// <summary>The search the person came from (<see cref="JobFilters.BackUrl"/>), else the bare 找工作.</summary>
    public string BackUrl { get; init; } = "/jobs";
}

/// <summary>
/// One posting's public view (<c>GET /v1/jobs/postings/{posting_id}</c>, GetPublicPosting): the
/// service's PublicPosting carries no credit code and no identity number, so neither can reach the page.
/// </summary>
public sealed class PostingDetail(JobsRest rest)
{
    public const string Route = "/v1/jobs/postings/";

    public async Task<PostingDetailView> LoadAsync(string postingId, string? back, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(postingId);
        var (answer, notFound) = await rest.GetAsync<PublicPosting>(Route + Uri.EscapeDataString(postingId), cancellation);
        return new PostingDetailView(postingId, answer, notFound) { BackUrl = JobFilters.BackUrl(back) };
    }
}
