using Employment.Common.V1;
using Employment.Jobs.V1;
using Employment.Web.Kit.Forms;
using Microsoft.AspNetCore.Http;

namespace Employment.Web.Public.Pages.Hall.Jobs;

/// <summary>招聘管理: the employer's postings with their applicants counted.</summary>
public sealed record RecruitView(HallUser User, string WhoZh, ServiceAnswer<ListMyPostingsResponse> Postings)
{
    /// <summary>What was just done (发布), said once at the top.</summary>
    public string? DoneZh { get; init; }
}

/// <summary>发布岗位: the form as typed and what kept it (a finding of the R29 screen names its clause).</summary>
public sealed record NewPostingView(HallUser User, string WhoZh, PostingForm Form, ServiceProblem? Refusal);

/// <summary>One posting's applicants.</summary>
public sealed record ApplicantsView(HallUser User, string WhoZh, string PostingId, ServiceAnswer<ListPostingApplicantsResponse> Applicants);

/// <summary>One applicant opened (the opening recorded for the seeker), with the answer forms and what kept the last one.</summary>
public sealed record ApplicantView(HallUser User, string WhoZh, ServiceAnswer<Applicant> Applicant, ServiceProblem? Refusal, string IdempotencyKey);

/// <summary>
/// 招聘管理 for an agent acting for an employer, through JobsOnline with the agent's token: the service finds the
/// employer the token names and shows only its own postings and applicants.
/// </summary>
public sealed class HallRecruit(ServiceCalls calls)
{
    public const string Path = PublicSiteOptions.HallPath + "/recruit";

    public const string NewPostingPath = Path + "/new";

    public async Task<NewPostingView> OpenPostingAsync(HallUser user, CancellationToken cancellation) =>
        new(user, (await HallNames.WhoAsync(calls, user, cancellation)).Value ?? "", PostingForm.Empty(), null);

    /// <summary>发布: filed (null), or the form again with the refusal in the service's words.</summary>
    public async Task<NewPostingView?> FilePostingAsync(HallUser user, IFormCollection posted, CancellationToken cancellation)
    {
        var form = PostingForm.From(posted);
        var filed = form.Request(out var problem) is { } request
            ? await calls.CallAsync<JobsOnline.JobsOnlineClient, JobPosting>(HallJobs.ServiceZh, (c, o) => c.FileMyPostingAsync(request, o).ResponseAsync, cancellation)
            : ServiceAnswer<JobPosting>.Failed(ServiceProblem.Refused(HallJobs.ServiceZh, problem!));
        return filed.Value is not null ? null : new(user, (await HallNames.WhoAsync(calls, user, cancellation)).Value ?? "", form, filed.Problem);
    }

    public static string PostingPathOf(string postingId) => $"{Path}/postings/{Uri.EscapeDataString(postingId)}";

    public static string ApplicantPathOf(string applicationId) => $"{Path}/applicants/{Uri.EscapeDataString(applicationId)}";

    public async Task<RecruitView> PostingsAsync(HallUser user, CancellationToken cancellation, string? done = null)
    {
        var postings = calls.CallAsync<JobsOnline.JobsOnlineClient, ListMyPostingsResponse>(HallJobs.ServiceZh,
            (c, o) => c.ListMyPostingsAsync(new ListMyPostingsRequest { Page = new PageRequest { PageSize = 50 } }, o).ResponseAsync, cancellation);
        var who = HallNames.WhoAsync(calls, user, cancellation);
        return new RecruitView(user, (await who).Value ?? "", await postings) { DoneZh = done };
    }

    public async Task<ApplicantsView> ApplicantsAsync(HallUser user, string postingId, CancellationToken cancellation)
    {
        var applicants = calls.CallAsync<JobsOnline.JobsOnlineClient, ListPostingApplicantsResponse>(HallJobs.ServiceZh,
            (c, o) => c.ListPostingApplicantsAsync(new ListPostingApplicantsRequest { PostingId = postingId, Page = new PageRequest { PageSize = 50 } }, o).ResponseAsync, cancellation);
        var who = HallNames.WhoAsync(calls, user, cancellation);
        return new ApplicantsView(user, (await who).Value ?? "", postingId, await applicants);
    }

    public async Task<ApplicantView> ApplicantAsync(HallUser user, string applicationId, CancellationToken cancellation, ServiceProblem? refusal = null)
    {
        var applicant = calls.CallAsync<JobsOnline.JobsOnlineClient, Applicant>(HallJobs.ServiceZh,
            (c, o) => c.GetApplicantAsync(new GetApplicantRequest { ApplicationId = applicationId }, o).ResponseAsync, cancellation);
        var who = HallNames.WhoAsync(calls, user, cancellation);
        return new ApplicantView(user, (await who).Value ?? "", await applicant, refusal, ScreenKeys.New());
    }

    /// <summary>邀请面试, 不合适 or 录用, as the form posted; the refusal, if any.</summary>
    public async Task<ServiceProblem?> AnswerAsync(string applicationId, string action, IFormCollection posted, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(posted);
        var key = ScreenKeys.Of(posted);
        string F(string name) => posted[name].ToString().Trim();
        ServiceAnswer<Applicant> answer;
        switch (action)
        {
            case "invite":
                answer = await calls.CallAsync<JobsOnline.JobsOnlineClient, Applicant>(HallJobs.ServiceZh,
                    (c, o) => c.InviteApplicantAsync(new InviteApplicantRequest { IdempotencyKey = key, ApplicationId = applicationId, Note = F("note") }, o).ResponseAsync, cancellation);
                break;
            case "decline":
                answer = await calls.CallAsync<JobsOnline.JobsOnlineClient, Applicant>(HallJobs.ServiceZh,
                    (c, o) => c.DeclineApplicantAsync(new DeclineApplicantRequest { IdempotencyKey = key, ApplicationId = applicationId, Reason = F("reason") }, o).ResponseAsync, cancellation);
                break;
            case "hire":
                if (TypedDates.Of(F("contract_start")) is not { } start)
                {
                    return ServiceProblem.Refused(HallJobs.ServiceZh, "“劳动合同起始日期”应写成 2026-12-01 这样的年-月-日。");
                }

                var openEnded = F("open_ended") == "on";
                var months = 0;
                if (!openEnded && !int.TryParse(F("term_months"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out months))
                {
                    return ServiceProblem.Refused(HallJobs.ServiceZh, "请填写合同期限（月），或勾选“无固定期限”。");
                }

                answer = await calls.CallAsync<JobsOnline.JobsOnlineClient, Applicant>(HallJobs.ServiceZh,
                    (c, o) => c.RecordHireAsync(new RecordHireRequest { IdempotencyKey = key, ApplicationId = applicationId, ContractStart = start, TermMonths = months, OpenEnded = openEnded }, o).ResponseAsync, cancellation);
                break;
            default:
                return ServiceProblem.Refused(HallJobs.ServiceZh, "不能办理这个操作。");
        }

        return answer.Problem;
    }
}
