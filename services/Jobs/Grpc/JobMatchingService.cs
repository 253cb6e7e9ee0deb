using Employment.Jobs.UseCases;
using Employment.ServiceDefaults.Security;
using Grpc.Core;
using V1 = Employment.Jobs.V1;

namespace Employment.Jobs.Grpc;

/// <summary>
/// employment.jobs.v1.JobMatching. Each method checks the request's shape, calls one use case and
/// returns its answer; rules live in Domain/, data in Data/. Roles are the proto's (checked again by
/// the host's access interceptor); a counter acts within its region. Matching and seekers are not
/// served yet (UNIMPLEMENTED, from the base class).
/// </summary>
internal sealed class JobMatchingService(
    ICallerResolver callers,
    SearchPostings search,
    PostingQueries queries,
    FilePosting file,
    ChangePosting change) : V1.JobMatching.JobMatchingBase
{
    public override Task<V1.SearchPostingsResponse> SearchPostings(V1.SearchPostingsRequest request, ServerCallContext context) =>
        search.SearchAsync(request, context.CancellationToken);

    public override Task<V1.PublicPosting> GetPublicPosting(V1.GetPublicPostingRequest request, ServerCallContext context)
    {
        RequireId(request.PostingId);
        return queries.GetPublicAsync(request.PostingId, context.CancellationToken);
    }

    public override Task<V1.JobPosting> CreatePosting(V1.CreatePostingRequest request, ServerCallContext context) =>
        file.CreateAsync(request, callers.Resolve(context), context.CancellationToken);

    public override Task<V1.JobPosting> UpdatePosting(V1.UpdatePostingRequest request, ServerCallContext context)
    {
        RequireId(request.PostingId);
        RequireVersion(request.ExpectedVersion);
        return change.UpdateAsync(request, callers.Resolve(context), context.CancellationToken);
    }

    public override Task<V1.JobPosting> WithdrawPosting(V1.WithdrawPostingRequest request, ServerCallContext context)
    {
        RequireId(request.PostingId);
        RequireVersion(request.ExpectedVersion);
        return change.WithdrawAsync(request, callers.Resolve(context), context.CancellationToken);
    }

    public override Task<V1.JobPosting> GetPosting(V1.GetPostingRequest request, ServerCallContext context)
    {
        RequireId(request.PostingId);
        return queries.GetAsync(request.PostingId, callers.Resolve(context), context.CancellationToken);
    }

    public override Task<V1.ListPostingsResponse> ListPostings(V1.ListPostingsRequest request, ServerCallContext context) =>
        queries.ListAsync(request, callers.Resolve(context), context.CancellationToken);

    private static void RequireId(string postingId)
    {
        if (string.IsNullOrWhiteSpace(postingId))
        {
            throw RpcErrors.Invalid("posting_id", "请提供岗位编号（posting_id）。");
        }
    }

    private static void RequireVersion(long expectedVersion)
    {
        if (expectedVersion <= 0)
        {
            throw RpcErrors.Invalid("expected_version", "请提供读取岗位时的版本号（expected_version）。");
        }
    }
}
