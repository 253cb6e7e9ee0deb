using System.Globalization;
using Employment.Common.V1;
using Employment.Jobs.V1;
using Employment.Web.Kit.Forms;
using Microsoft.AspNetCore.Http;

namespace Employment.Web.Public.Pages.Hall.Jobs;

/// <summary>求职 in the hall: the person's resume, their applications and who read the resume.</summary>
public sealed record SeekerJobsView(HallUser User, string WhoZh, ServiceAnswer<Resume> Resume, ServiceAnswer<ListMyJobApplicationsResponse> Applications,
    ServiceAnswer<ListMyResumeReadsResponse> Reads, ServiceProblem? Refusal, string? DoneZh);

/// <summary>The resume form: the resume as read (or as posted, with the refusal that kept it).</summary>
public sealed record ResumeFormView(HallUser User, string WhoZh, ServiceAnswer<Resume> Resume, ResumeForm Form, ServiceProblem? Refusal);

/// <summary>投递 confirmed on its own page, so a person sent to sign in comes back to it: the posting and their resume.</summary>
public sealed record ApplyConfirmView(HallUser User, string WhoZh, ServiceAnswer<PublicPosting> Posting, ServiceAnswer<Resume> Resume, string IdempotencyKey);

/// <summary>
/// 求职 for a signed-in person, through the job-matching service's JobsOnline with the person's own token: the
/// service decides whose resume and applications they are.
/// </summary>
public sealed class HallJobs(ServiceCalls calls)
{
    public const string Path = PublicSiteOptions.HallPath + "/jobs";

    public const string ResumePath = Path + "/resume";

    public const string ServiceZh = "求职招聘服务";

    public static string ApplyPathOf(string postingId) => $"{Path}/apply/{Uri.EscapeDataString(postingId)}";

    public static string WithdrawPathOf(string applicationId) => $"{Path}/applications/{Uri.EscapeDataString(applicationId)}/withdraw";

    public async Task<SeekerJobsView> LoadAsync(HallUser user, CancellationToken cancellation, ServiceProblem? refusal = null, string? done = null)
    {
        ArgumentNullException.ThrowIfNull(user);
        var resume = ResumeAsync(cancellation);
        var applications = calls.CallAsync<JobsOnline.JobsOnlineClient, ListMyJobApplicationsResponse>(ServiceZh,
            (c, o) => c.ListMyJobApplicationsAsync(new ListMyJobApplicationsRequest { Page = new PageRequest { PageSize = 50 } }, o).ResponseAsync, cancellation);
        var reads = calls.CallAsync<JobsOnline.JobsOnlineClient, ListMyResumeReadsResponse>(ServiceZh,
            (c, o) => c.ListMyResumeReadsAsync(new ListMyResumeReadsRequest { Page = new PageRequest { PageSize = 50 } }, o).ResponseAsync, cancellation);
        var who = HallNames.WhoAsync(calls, user, cancellation);
        return new SeekerJobsView(user, (await who).Value ?? "", await resume, await applications, await reads, refusal, done);
    }

    public async Task<ResumeFormView> OpenResumeAsync(HallUser user, CancellationToken cancellation)
    {
        var resume = await ResumeAsync(cancellation);
        var who = await HallNames.WhoAsync(calls, user, cancellation);
        return new ResumeFormView(user, who.Value ?? "", resume, ResumeForm.Of(resume.Value), null);
    }

    /// <summary>保存: the form as posted; the refusal keeps it as typed.</summary>
    public async Task<(ResumeFormView? Refused, bool Saved)> SaveResumeAsync(HallUser user, IFormCollection posted, CancellationToken cancellation)
    {
        var form = ResumeForm.From(posted);
        var saved = form.Request(out var problem) is { } request
            ? await calls.CallAsync<JobsOnline.JobsOnlineClient, Resume>(ServiceZh, (c, o) => c.SaveMyResumeAsync(request, o).ResponseAsync, cancellation)
            : ServiceAnswer<Resume>.Failed(ServiceProblem.Refused(ServiceZh, problem!));
        if (saved.Value is not null)
        {
            return (null, true);
        }

        var view = await OpenResumeAsync(user, cancellation);
        return (view with { Form = form, Refusal = saved.Problem }, false);
    }

    public async Task<ApplyConfirmView> OpenApplyAsync(HallUser user, string postingId, CancellationToken cancellation)
    {
        var posting = calls.CallAsync<JobMatching.JobMatchingClient, PublicPosting>(ServiceZh,
            (c, o) => c.GetPublicPostingAsync(new GetPublicPostingRequest { PostingId = postingId }, o).ResponseAsync, cancellation);
        var resume = ResumeAsync(cancellation);
        var who = HallNames.WhoAsync(calls, user, cancellation);
        return new ApplyConfirmView(user, (await who).Value ?? "", await posting, await resume, ScreenKeys.New());
    }

    /// <summary>投递: the application made (its id), or the refusal (already applied, no resume, the posting closed).</summary>
    public Task<ServiceAnswer<JobApplication>> ApplyAsync(string postingId, IFormCollection posted, CancellationToken cancellation) =>
        calls.CallAsync<JobsOnline.JobsOnlineClient, JobApplication>(ServiceZh,
            (c, o) => c.ApplyToPostingAsync(new ApplyToPostingRequest { IdempotencyKey = ScreenKeys.Of(posted), PostingId = postingId }, o).ResponseAsync, cancellation);

    public Task<ServiceAnswer<JobApplication>> WithdrawAsync(string applicationId, CancellationToken cancellation) =>
        calls.CallAsync<JobsOnline.JobsOnlineClient, JobApplication>(ServiceZh,
            // Withdrawing one application twice is one act: its key is the application's.
            (c, o) => c.WithdrawJobApplicationAsync(new WithdrawJobApplicationRequest { IdempotencyKey = "withdraw-" + applicationId, ApplicationId = applicationId }, o).ResponseAsync, cancellation);

    private Task<ServiceAnswer<Resume>> ResumeAsync(CancellationToken cancellation) =>
        calls.CallAsync<JobsOnline.JobsOnlineClient, Resume>(ServiceZh, (c, o) => c.GetMyResumeAsync(new GetMyResumeRequest(), o).ResponseAsync, cancellation);

    /// <summary>A resume's pay floor as a person reads it.</summary>
    public static string PayZh(StatedResume stated) =>
        stated.MinSalary is { Fen: > 0 } floor
            ? $"{(floor.Fen / 100).ToString("N0", CultureInfo.InvariantCulture)} 元/{(stated.MinSalaryPeriod == PayPeriod.Day ? "天" : stated.MinSalaryPeriod == PayPeriod.Hour ? "小时" : "月")}起"
            : "未填写";

    public static string VisibilityZh(ResumeVisibility visibility) => visibility switch
    {
        ResumeVisibility.AppliedEmployers => "投递的单位可以看到完整简历",
        ResumeVisibility.AllEmployers => "平台上所有单位都可以看到完整简历",
        _ => "不公开：单位只能看到隐去姓名的概要（求职意向、学历、证书、到岗时间）",
    };
}
