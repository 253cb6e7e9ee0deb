using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Employment.Web.Public.Pages.Hall.Jobs;

/// <summary>
/// 求职 and 招聘管理 in the hall: a person's resume, applications and the employers who read them; an agent's postings,
/// applicants and answers. Every post is followed by a redirect to the page it changed, or by the page with the refusal.
/// </summary>
public static class HallJobsRoutes
{
    public static void MapHallJobs(this IEndpointRouteBuilder signedIn, IEndpointRouteBuilder signedPosts)
    {
        ArgumentNullException.ThrowIfNull(signedIn);
        ArgumentNullException.ThrowIfNull(signedPosts);
        var jobs = HallJobs.Path[PublicSiteOptions.HallPath.Length..];
        var recruit = HallRecruit.Path[PublicSiteOptions.HallPath.Length..];

        signedIn.MapGet(jobs, async (HttpRequest request, ClaimsPrincipal user, HallJobs hall, CancellationToken cancellation) =>
            Page<SeekerJobsPage>(new()
            {
                ["View"] = await hall.LoadAsync(HallUser.Of(user), cancellation, done: DoneZh(request.Query), personal: request.Query["personal"] == "1"),
            }));
        signedIn.MapGet(jobs + "/resume", async (HttpRequest request, ClaimsPrincipal user, HallJobs hall, CancellationToken cancellation) =>
            Page<ResumePage>(new() { ["View"] = (await hall.OpenResumeAsync(HallUser.Of(user), cancellation)) with { ForPosting = request.Query[HallJobs.ForPostingField].ToString() } }));
        signedPosts.MapPost(jobs + "/resume", async (HttpRequest request, ClaimsPrincipal user, HallJobs hall, CancellationToken cancellation) =>
        {
            var form = await request.ReadFormAsync(cancellation);
            var forPosting = form[HallJobs.ForPostingField].ToString();
            var (refused, _) = await hall.SaveResumeAsync(HallUser.Of(user), form, cancellation);
            return refused is null
                ? (IResult)Results.Redirect(HallJobs.AfterResumeSaved(forPosting))
                : Page<ResumePage>(new() { ["View"] = refused with { ForPosting = forPosting } });
        });
        signedIn.MapGet(jobs + "/apply/{postingId}", async (string postingId, ClaimsPrincipal user, HallJobs hall, CancellationToken cancellation) =>
            Page<ApplyConfirmPage>(new() { ["View"] = await hall.OpenApplyAsync(HallUser.Of(user), postingId, cancellation) }));
        signedPosts.MapPost(jobs + "/apply/{postingId}", async (string postingId, HttpRequest request, ClaimsPrincipal user, HallJobs hall, CancellationToken cancellation) =>
        {
            var applied = await hall.ApplyAsync(postingId, await request.ReadFormAsync(cancellation), cancellation);
            return applied.Value is { } application
                ? (IResult)Results.Redirect($"{HallJobs.Path}?applied=1#application-{Uri.EscapeDataString(application.ApplicationId)}")
                : Page<SeekerJobsPage>(new() { ["View"] = await hall.LoadAsync(HallUser.Of(user), cancellation, applied.Problem) });
        });
        signedPosts.MapPost(jobs + "/applications/{id}/withdraw", async (string id, ClaimsPrincipal user, HallJobs hall, CancellationToken cancellation) =>
        {
            var withdrawn = await hall.WithdrawAsync(id, cancellation);
            return withdrawn.Problem is null
                ? (IResult)Results.Redirect($"{HallJobs.Path}#application-{Uri.EscapeDataString(id)}")
                : Page<SeekerJobsPage>(new() { ["View"] = await hall.LoadAsync(HallUser.Of(user), cancellation, withdrawn.Problem) });
        });
        signedIn.MapGet(jobs + "/searches/new", async (HttpRequest request, ClaimsPrincipal user, HallJobs hall, CancellationToken cancellation) =>
            Page<SaveSearchPage>(new() { ["View"] = await hall.OpenSaveSearchAsync(HallUser.Of(user), request.Query, cancellation) }));
        signedPosts.MapPost(jobs + "/searches", async (HttpRequest request, ClaimsPrincipal user, HallJobs hall, CancellationToken cancellation) =>
            await hall.SaveSearchAsync(HallUser.Of(user), await request.ReadFormAsync(cancellation), cancellation) is { } refused
                ? Page<SaveSearchPage>(new() { ["View"] = refused })
                : (IResult)Results.Redirect(HallJobs.Path + "?subscribed=1#jobs-searches"));
        signedPosts.MapPost(jobs + "/searches/{id}/stop", async (string id, ClaimsPrincipal user, HallJobs hall, CancellationToken cancellation) =>
        {
            var stopped = await hall.StopSearchAsync(id, cancellation);
            return stopped.Problem is null
                ? (IResult)Results.Redirect(HallJobs.Path + "?stopped=1#jobs-searches")
                : Page<SeekerJobsPage>(new() { ["View"] = await hall.LoadAsync(HallUser.Of(user), cancellation, stopped.Problem) });
        });

        signedIn.MapGet(recruit, async (HttpRequest request, ClaimsPrincipal user, HallRecruit hall, CancellationToken cancellation) =>
            Page<RecruitPage>(new() { ["View"] = await hall.PostingsAsync(HallUser.Of(user), cancellation, request.Query.ContainsKey("filed") ? "岗位已发布，求职者现在可以搜索到并投递。" : null) }));
        signedIn.MapGet(recruit + "/new", async (ClaimsPrincipal user, HallRecruit hall, CancellationToken cancellation) =>
            Page<NewPostingPage>(new() { ["View"] = await hall.OpenPostingAsync(HallUser.Of(user), cancellation) }));
        signedPosts.MapPost(recruit + "/new", async (HttpRequest request, ClaimsPrincipal user, HallRecruit hall, CancellationToken cancellation) =>
            await hall.FilePostingAsync(HallUser.Of(user), await request.ReadFormAsync(cancellation), cancellation) is { } refused
                ? Page<NewPostingPage>(new() { ["View"] = refused })
                : (IResult)Results.Redirect(HallRecruit.Path + "?filed=1"));
        signedIn.MapGet(recruit + "/postings/{id}", async (string id, ClaimsPrincipal user, HallRecruit hall, CancellationToken cancellation) =>
            Page<ApplicantsPage>(new() { ["View"] = await hall.ApplicantsAsync(HallUser.Of(user), id, cancellation) }));
        signedIn.MapGet(recruit + "/applicants/{id}", async (string id, ClaimsPrincipal user, HallRecruit hall, CancellationToken cancellation) =>
            Page<ApplicantPage>(new() { ["View"] = await hall.ApplicantAsync(HallUser.Of(user), id, cancellation) }));
        signedPosts.MapPost(recruit + "/applicants/{id}/{action}", async (string id, string action, HttpRequest request, ClaimsPrincipal user, HallRecruit hall, CancellationToken cancellation) =>
        {
            var refusal = await hall.AnswerAsync(id, action, await request.ReadFormAsync(cancellation), cancellation);
            return refusal is null
                ? (IResult)Results.Redirect(HallRecruit.ApplicantPathOf(id))
                : Page<ApplicantPage>(new() { ["View"] = await hall.ApplicantAsync(HallUser.Of(user), id, cancellation, refusal) });
        });
    }

    private static string? DoneZh(IQueryCollection query) =>
        query.ContainsKey("saved") ? "简历已保存。"
        : query.ContainsKey("applied") ? "已投递，单位回复后会在这里显示。"
        : query.ContainsKey("subscribed") ? "已订阅：有新岗位时每天最多发一条消息给您。"
        : query.ContainsKey("stopped") ? "已退订，不会再收到这个搜索的消息。"
        : null;

    private static RazorComponentResult<TPage> Page<TPage>(Dictionary<string, object?> parameters)
        where TPage : IComponent => new(parameters);
}
