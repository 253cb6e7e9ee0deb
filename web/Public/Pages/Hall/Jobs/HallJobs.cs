using System.Globalization;
using Employment.Common.V1;
using Employment.Jobs.V1;
using Employment.Web.Kit.Forms;
using Microsoft.AspNetCore.Http;

namespace Employment.Web.Public.Pages.Hall.Jobs;

/// <summary>求职 in the hall: the person's resume, their applications and who read the resume.</summary>
public sealed record SeekerJobsView(HallUser User, string WhoZh, ServiceAnswer<Resume> Resume, ServiceAnswer<ListMyJobApplicationsResponse> Applications,
    ServiceAnswer<ListMyResumeReadsResponse> Reads, ServiceProblem? Refusal, string? DoneZh)
{
    /// <summary>The person's saved searches (订阅).</summary>
    public ServiceAnswer<ListMySearchesResponse>? Searches { get; init; }

    /// <summary>推荐岗位 for the resume: the newest of its places, or ranked on it when <see cref="Personal"/>; none without a resume place.</summary>
    public ServiceAnswer<MatchJobsResponse>? Matches { get; init; }

    /// <summary>The person asked for matches ranked on their resume (算法推荐 only when asked).</summary>
    public bool Personal { get; init; }

    /// <summary>The self-checks a person takes about themselves, as their services describe them, filled from the registry when opened.</summary>
    public IReadOnlyList<SelfCheck.DescribedSelfCheck> Measures { get; init; } = [];
}

/// <summary>订阅 confirmed on its own page (a person sent to sign in comes back to it): the search as the form holds it.</summary>
public sealed record SaveSearchView(HallUser User, string WhoZh, SavedSearchForm Form, ServiceProblem? Refusal);

/// <summary>The resume form: the resume as read (or as posted, with the refusal that kept it).</summary>
public sealed record ResumeFormView(HallUser User, string WhoZh, ServiceAnswer<Resume> Resume, ResumeForm Form, ServiceProblem? Refusal)
{
    /// <summary>The posting the person was applying to when sent to write the resume: saving it brings them back there.</summary>
    public string ForPosting { get; init; } = "";
}

/// <summary>投递 confirmed on its own page, so a person sent to sign in comes back to it: the posting and their resume.</summary>
public sealed record ApplyConfirmView(HallUser User, string WhoZh, ServiceAnswer<PublicPosting> Posting, ServiceAnswer<Resume> Resume, string IdempotencyKey);

/// <summary>
/// 求职 for a signed-in person, through the job-matching service's JobsOnline with the person's own token: the
/// service decides whose resume and applications they are.
/// </summary>
public sealed class HallJobs(ServiceCalls calls, SelfCheck.SelfCheckForms selfChecks)
{
    public const string Path = PublicSiteOptions.HallPath + "/jobs";

    public const string ResumePath = Path + "/resume";

    public const string ServiceZh = "求职招聘服务";

    public static string ApplyPathOf(string postingId) => $"{Path}/apply/{Uri.EscapeDataString(postingId)}";

    /// <summary>The form field (and query) naming the posting a resume is written for.</summary>
    public const string ForPostingField = "for";

    /// <summary>填写简历 on the way to a posting: once saved, back to 投递 of that posting.</summary>
    public static string ResumePathFor(string postingId) => $"{ResumePath}?{ForPostingField}={Uri.EscapeDataString(postingId)}";

    /// <summary>Where saving the resume goes next: the posting's 投递 when one was named (a posting id: letters, digits, '-' and '_'), else 求职.</summary>
    public static string AfterResumeSaved(string forPosting) =>
        forPosting.Length is > 0 and <= 64 && forPosting.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') ? ApplyPathOf(forPosting) : Path + "?saved=1";

    public static string WithdrawPathOf(string applicationId) => $"{Path}/applications/{Uri.EscapeDataString(applicationId)}/withdraw";

    public const string SearchesPath = Path + "/searches";

    public static string StopSearchPathOf(string searchId) => $"{SearchesPath}/{Uri.EscapeDataString(searchId)}/stop";

    /// <summary>How many postings 推荐岗位 shows.</summary>
    public const int MatchesShown = 5;

    public async Task<SeekerJobsView> LoadAsync(HallUser user, CancellationToken cancellation, ServiceProblem? refusal = null, string? done = null, bool personal = false)
    {
        ArgumentNullException.ThrowIfNull(user);
        var resume = ResumeAsync(cancellation);
        var applications = calls.CallAsync<JobsOnline.JobsOnlineClient, ListMyJobApplicationsResponse>(ServiceZh,
            (c, o) => c.ListMyJobApplicationsAsync(new ListMyJobApplicationsRequest { Page = new PageRequest { PageSize = 50 } }, o).ResponseAsync, cancellation);
        var reads = calls.CallAsync<JobsOnline.JobsOnlineClient, ListMyResumeReadsResponse>(ServiceZh,
            (c, o) => c.ListMyResumeReadsAsync(new ListMyResumeReadsRequest { Page = new PageRequest { PageSize = 50 } }, o).ResponseAsync, cancellation);
        var searches = calls.CallAsync<JobsOnline.JobsOnlineClient, ListMySearchesResponse>(ServiceZh,
            (c, o) => c.ListMySearchesAsync(new ListMySearchesRequest { Page = new PageRequest { PageSize = 50 } }, o).ResponseAsync, cancellation);
        var who = HallNames.WhoAsync(calls, user, cancellation);
        var measures = selfChecks.ListAsync(cancellation);
        var read = await resume;
        var matches = read.Value is { } stated && MatchesRequest(stated.Stated, personal) is { } request
            ? await calls.CallAsync<JobMatching.JobMatchingClient, MatchJobsResponse>(ServiceZh, (c, o) => c.MatchJobsAsync(request, o).ResponseAsync, cancellation)
            : null;
        return new SeekerJobsView(user, (await who).Value ?? "", read, await applications, await reads, refusal, done)
        {
            Searches = await searches, Matches = matches, Personal = personal && matches is not null,
            Measures = [.. (await measures).Checks.Where(c => c.ForPeople)],
        };
    }

    /// <summary>
    /// The matching the resume asks for: its places' newest postings, nothing about the person used (第十七条), unless the
    /// person asks for matches ranked on what their resume states (words, places, pay). No place, no list.
    /// </summary>
    private static MatchJobsRequest? MatchesRequest(StatedResume stated, bool personal)
    {
        if (stated.Regions.Count == 0)
        {
            return null;
        }

        var preferences = new JobPreferences { Regions = { stated.Regions } };
        var ranked = personal && stated.WantedOccupations.Count > 0;
        if (ranked)
        {
            preferences.OccupationWords.Add(stated.WantedOccupations);
            preferences.MinSalary = stated.MinSalary;
            preferences.MinSalaryPeriod = stated.MinSalaryPeriod;
        }

        return new MatchJobsRequest { Preferences = preferences, NonPersonalised = !ranked, Page = new PageRequest { PageSize = MatchesShown } };
    }

    /// <summary>The 订阅 form, filled from the search the person came from (找工作's own URL words).</summary>
    public async Task<SaveSearchView> OpenSaveSearchAsync(HallUser user, IQueryCollection query, CancellationToken cancellation)
    {
        var who = await HallNames.WhoAsync(calls, user, cancellation);
        return new SaveSearchView(user, who.Value ?? "", SavedSearchForm.From(query), null);
    }

    /// <summary>订阅: saved (null), or the form again with the refusal.</summary>
    public async Task<SaveSearchView?> SaveSearchAsync(HallUser user, IFormCollection posted, CancellationToken cancellation)
    {
        var form = SavedSearchForm.From(posted);
        var saved = form.Request(out var problem) is { } request
            ? await calls.CallAsync<JobsOnline.JobsOnlineClient, SavedSearch>(ServiceZh, (c, o) => c.SaveMySearchAsync(request, o).ResponseAsync, cancellation)
            : ServiceAnswer<SavedSearch>.Failed(ServiceProblem.Refused(ServiceZh, problem!));
        if (saved.Value is not null)
        {
            return null;
        }

        var who = await HallNames.WhoAsync(calls, user, cancellation);
        return new SaveSearchView(user, who.Value ?? "", form, saved.Problem);
    }

    public Task<ServiceAnswer<SavedSearch>> StopSearchAsync(string searchId, CancellationToken cancellation) =>
        calls.CallAsync<JobsOnline.JobsOnlineClient, SavedSearch>(ServiceZh,
            // Stopping one search twice is one act: its key is the search's.
            (c, o) => c.StopMySearchAsync(new StopMySearchRequest { IdempotencyKey = "stop-" + searchId, SearchId = searchId }, o).ResponseAsync, cancellation);

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
