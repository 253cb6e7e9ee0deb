using Employment.Jobs.UseCases;
using Employment.Jobs.UseCases.Matching;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Validation;
using Grpc.Core;
using V1 = Employment.Jobs.V1;

namespace Employment.Jobs.Grpc;

/// <summary>
/// employment.jobs.v1.JobMatching. Each method checks the request's shape, calls one use case and
/// returns its answer; rules live in Domain/, data in Data/. Roles are the proto's (checked again by
/// the host's access interceptor); a counter acts within its region. Matching's requests are read by
/// <see cref="MatchingInput"/> and its answers written by <see cref="MatchingAnswers"/>.
/// </summary>
internal sealed class JobMatchingService(
    ICallerResolver callers,
    SearchPostings search,
    PostingQueries queries,
    FilePosting file,
    ChangePosting change,
    MatchAnonymously matchAnonymously,
    SaveSeeker saveSeeker,
    MatchForSeeker matchForSeeker,
    FindCandidates findCandidates,
    ListSeekerTags listTags,
    DeleteSeekerTag deleteTag,
    SetMatchingMode setMode) : V1.JobMatching.JobMatchingBase
{
    public override Task<V1.SearchPostingsResponse> SearchPostings(V1.SearchPostingsRequest request, ServerCallContext context) =>
        search.SearchAsync(request, context.CancellationToken);

    public override Task<V1.PublicPosting> GetPublicPosting(V1.GetPublicPostingRequest request, ServerCallContext context)
    {
        RequestKeys.RequireId(request.PostingId, "posting_id", "岗位编号");
        return queries.GetPublicAsync(request.PostingId, context.CancellationToken);
    }

    public override Task<V1.JobPosting> CreatePosting(V1.CreatePostingRequest request, ServerCallContext context) =>
        file.CreateAsync(request, callers.Resolve(context), context.CancellationToken);

    public override Task<V1.JobPosting> UpdatePosting(V1.UpdatePostingRequest request, ServerCallContext context)
    {
        RequestKeys.RequireId(request.PostingId, "posting_id", "岗位编号");
        RequestKeys.RequireVersion(request.ExpectedVersion);
        return change.UpdateAsync(request, callers.Resolve(context), context.CancellationToken);
    }

    public override Task<V1.JobPosting> WithdrawPosting(V1.WithdrawPostingRequest request, ServerCallContext context)
    {
        RequestKeys.RequireId(request.PostingId, "posting_id", "岗位编号");
        RequestKeys.RequireVersion(request.ExpectedVersion);
        return change.WithdrawAsync(request, callers.Resolve(context), context.CancellationToken);
    }

    public override Task<V1.JobPosting> GetPosting(V1.GetPostingRequest request, ServerCallContext context)
    {
        RequestKeys.RequireId(request.PostingId, "posting_id", "岗位编号");
        return queries.GetAsync(request.PostingId, callers.Resolve(context), context.CancellationToken);
    }

    public override Task<V1.ListPostingsResponse> ListPostings(V1.ListPostingsRequest request, ServerCallContext context) =>
        queries.ListAsync(request, callers.Resolve(context), context.CancellationToken);

    public override Task<V1.MatchJobsResponse> MatchJobs(V1.MatchJobsRequest request, ServerCallContext context) =>
        matchAnonymously.MatchAsync(request, context.CancellationToken);

    public override Task<V1.Seeker> RegisterSeeker(V1.RegisterSeekerRequest request, ServerCallContext context) =>
        saveSeeker.RegisterAsync(request, callers.Resolve(context), context.CancellationToken);

    public override Task<V1.Seeker> UpdateSeeker(V1.UpdateSeekerRequest request, ServerCallContext context)
    {
        RequestKeys.RequireVersion(request.ExpectedVersion);
        return saveSeeker.UpdateAsync(request, callers.Resolve(context), context.CancellationToken);
    }

    public override async Task<V1.MatchJobsResponse> FindMatchesForSeeker(V1.FindMatchesForSeekerRequest request, ServerCallContext context) =>
        MatchingAnswers.Matches(await matchForSeeker.MatchAsync(request.SeekerId, request.Page?.PageSize ?? 0, request.Page?.PageToken ?? "", callers.Resolve(context), context.CancellationToken));

    public override async Task<V1.FindCandidatesResponse> FindCandidates(V1.FindCandidatesRequest request, ServerCallContext context)
    {
        RequestKeys.RequireId(request.PostingId, "posting_id", "岗位编号");
        return MatchingAnswers.Candidates(await findCandidates.FindAsync(request.PostingId, request.Page?.PageSize ?? 0, request.Page?.PageToken ?? "", callers.Resolve(context), context.CancellationToken));
    }

    public override async Task<V1.SeekerTags> ListSeekerTags(V1.ListSeekerTagsRequest request, ServerCallContext context) =>
        MatchingAnswers.Tags(await listTags.ListAsync(request.SeekerId, callers.Resolve(context), context.CancellationToken));

    public override async Task<V1.SeekerTags> DeleteSeekerTag(V1.DeleteSeekerTagRequest request, ServerCallContext context) =>
        MatchingAnswers.Tags(await deleteTag.DeleteAsync(request.SeekerId, request.TagId, callers.Resolve(context), context.CancellationToken));

    public override async Task<V1.SeekerTags> SetMatchingMode(V1.SetMatchingModeRequest request, ServerCallContext context) =>
        MatchingAnswers.Tags(await setMode.SetAsync(request.SeekerId, request.Personalised, callers.Resolve(context), context.CancellationToken));
}
