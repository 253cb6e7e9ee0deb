using Employment.Jobs.V1;
using Grpc.Core;

namespace Employment.Web.Public.Pages.Jobs;

/// <summary>What the 找工作 page shows: the filters, a problem with them, or the service's answer.</summary>
public sealed record JobSearchView(JobFilters Filters, string? InputProblem, ServiceAnswer<SearchPostingsResponse>? Answer);

/// <summary>The public job search: the page's filters, once <see cref="JobSearchRequest"/> finds nothing wrong with them, become a SearchPostings call.</summary>
public sealed class JobSearch(ServiceCalls calls)
{
    public const string ServiceZh = "岗位搜索服务";

    /// <summary>Results a page shows: enough to scan, few enough for a phone.</summary>
    public const int PageSize = 20;

    public async Task<JobSearchView> SearchAsync(JobFilters filters, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(filters);
        if (!filters.Asked && filters.PageToken.Length == 0)
        {
            return new JobSearchView(filters, null, null);
        }

        if (JobSearchRequest.Problem(filters) is { } problem)
        {
            return new JobSearchView(filters, problem, null);
        }

        var request = JobSearchRequest.Build(filters, PageSize);
        var answer = await calls.CallAsync(ServiceZh, async (JobMatching.JobMatchingClient client, CallOptions options) => await client.SearchPostingsAsync(request, options), cancellation);
        return new JobSearchView(filters, null, answer);
    }
}
