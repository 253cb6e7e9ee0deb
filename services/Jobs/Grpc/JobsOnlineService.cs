using Employment.Jobs.UseCases.Online;
using Employment.ServiceDefaults.Security;
using Grpc.Core;
using V1 = Employment.Jobs.V1;

namespace Employment.Jobs.Grpc;

/// <summary>
/// employment.jobs.v1.JobsOnline: a signed-in seeker's resume and applications, an employer agent's
/// postings and applicants. Each method calls one use case; who the caller is comes from the token
/// (a person's registry id, an agent's employer), never from the request.
/// </summary>
internal sealed class JobsOnlineService(ICallerResolver callers, MyResume resume, JobApplications applications, ApplicantInbox inbox, EmployerPostings postings, SavedSearches searches) : V1.JobsOnline.JobsOnlineBase
{
    public override Task<V1.Resume> GetMyResume(V1.GetMyResumeRequest request, ServerCallContext context) =>
        resume.GetAsync(callers.Resolve(context), context.CancellationToken);

    public override Task<V1.Resume> GetSeekerResume(V1.GetSeekerResumeRequest request, ServerCallContext context) =>
        resume.ForCounterAsync(request, callers.Resolve(context), context.CancellationToken);

    public override Task<V1.Resume> SaveMyResume(V1.SaveMyResumeRequest request, ServerCallContext context) =>
        resume.SaveAsync(request, callers.Resolve(context), context.CancellationToken);

    public override Task<V1.JobApplication> ApplyToPosting(V1.ApplyToPostingRequest request, ServerCallContext context) =>
        applications.ApplyAsync(request, callers.Resolve(context), context.CancellationToken);

    public override Task<V1.JobApplication> WithdrawJobApplication(V1.WithdrawJobApplicationRequest request, ServerCallContext context) =>
        applications.WithdrawAsync(request, callers.Resolve(context), context.CancellationToken);

    public override Task<V1.ListMyJobApplicationsResponse> ListMyJobApplications(V1.ListMyJobApplicationsRequest request, ServerCallContext context) =>
        applications.ListMineAsync(request, callers.Resolve(context), context.CancellationToken);

    public override Task<V1.ListMyResumeReadsResponse> ListMyResumeReads(V1.ListMyResumeReadsRequest request, ServerCallContext context) =>
        applications.ListReadsAsync(request, callers.Resolve(context), context.CancellationToken);

    public override Task<V1.ListMyPostingsResponse> ListMyPostings(V1.ListMyPostingsRequest request, ServerCallContext context) =>
        inbox.ListPostingsAsync(request, callers.Resolve(context), context.CancellationToken);

    public override Task<V1.ListPostingApplicantsResponse> ListPostingApplicants(V1.ListPostingApplicantsRequest request, ServerCallContext context) =>
        inbox.ListApplicantsAsync(request, callers.Resolve(context), context.CancellationToken);

    public override Task<V1.Applicant> GetApplicant(V1.GetApplicantRequest request, ServerCallContext context) =>
        inbox.GetAsync(request, callers.Resolve(context), context.CancellationToken);

    public override Task<V1.Applicant> InviteApplicant(V1.InviteApplicantRequest request, ServerCallContext context) =>
        inbox.InviteAsync(request, callers.Resolve(context), context.CancellationToken);

    public override Task<V1.Applicant> DeclineApplicant(V1.DeclineApplicantRequest request, ServerCallContext context) =>
        inbox.DeclineAsync(request, callers.Resolve(context), context.CancellationToken);

    public override Task<V1.Applicant> RecordHire(V1.RecordHireRequest request, ServerCallContext context) =>
        inbox.RecordHireAsync(request, callers.Resolve(context), context.CancellationToken);

    public override Task<V1.JobPosting> FileMyPosting(V1.FileMyPostingRequest request, ServerCallContext context) =>
        postings.FileAsync(request, callers.Resolve(context), context.CancellationToken);

    public override Task<V1.SavedSearch> SaveMySearch(V1.SaveMySearchRequest request, ServerCallContext context) =>
        searches.SaveAsync(request, callers.Resolve(context), context.CancellationToken);

    public override Task<V1.ListMySearchesResponse> ListMySearches(V1.ListMySearchesRequest request, ServerCallContext context) =>
        searches.ListMineAsync(request, callers.Resolve(context), context.CancellationToken);

    public override Task<V1.SavedSearch> StopMySearch(V1.StopMySearchRequest request, ServerCallContext context) =>
        searches.StopAsync(request, callers.Resolve(context), context.CancellationToken);
}
