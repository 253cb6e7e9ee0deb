using System.Text.Encodings.Web;
using System.Text.Unicode;
using Employment.ServiceDefaults.Time;
using Employment.Web.Kit.Forms;
using Employment.Web.Kit.Hosting;
using Employment.Web.Kit.Layout;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Employment.Web.Public.Site;

/// <summary>
/// The job seekers' pages, reached through the gateway's HTTP port: Razor components rendered on the
/// server (every value HTML-encoded by the renderer), one small stylesheet and one optional script,
/// public and without login. They call only public methods of the services (<see cref="ServiceClients"/>),
/// never a database.
/// </summary>
public static class PublicSite
{
    public const string StylesheetPath = "/web/site.css";

    /// <summary>Where the 我能享受哪些政策 page's loan form posts.</summary>


    /// <summary>The one script: "使用我的位置" on the place lists (Pages/Jobs/near.js); every page works without it.</summary>
    public const string NearScriptPath = "/web/near.js";

    /// <summary>The 办理进度 page, whose POST performs a lookup (the gateway limits those per address).</summary>
    public const string ProgressPath = "/progress";

    public static void AddPublicSite(this WebApplicationBuilder builder, PublicSiteOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        builder.Services.AddRazorComponents();
        // Chinese written as UTF-8, not as numeric entities (which would triple a page's weight);
        // markup characters (<, >, &, quotes) are still encoded.
        builder.Services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<ChinaClock>();
        builder.Services.AddPageClients(builder.Configuration, options);
        builder.Services.AddSingleton<PolicyList>();
        builder.Services.AddMemoryCache();
        builder.Services.AddSingleton<DescribedForms>();
        builder.Services.AddSingleton<SelfCheckForms>();
        builder.Services.AddSingleton<ApplicationProgressLookup>();
        builder.Services.AddSingleton<JobSearch>();
        builder.Services.AddSingleton<PostingDetail>();
        builder.Services.AddSingleton<JobMatch>();
        builder.Services.AddSingleton<ServicePoints>();
        builder.Services.AddSingleton<MyAffairs>();
        builder.Services.AddSingleton<OnlineApplication>();
        builder.Services.AddSingleton<HallOffers>();
        builder.Services.AddSingleton<HallConsents>();
        builder.Services.AddSingleton<HallWithdrawals>();
        builder.Services.AddSingleton<HallLetters>();
        builder.Services.AddSingleton<HallAppeals>();
        builder.Services.AddSingleton<HallTexts>();
        builder.Services.AddSingleton<HallFacts>();
        builder.Services.AddSingleton<Pages.Hall.Jobs.HallJobs>();
        builder.Services.AddSingleton<Pages.Hall.HallSelfChecks>();
        builder.Services.AddSingleton<Pages.Hall.Jobs.HallRecruit>();
        builder.Services.AddSingleton<PublicNotices>();
    }

    public static void MapPublicSite(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var stylesheet = KitStyles.With(EmbeddedText.Read(typeof(PublicSite).Assembly, "Employment.Web.Public.site.css"));
        var nearScript = EmbeddedText.Read(typeof(PublicSite).Assembly, "Employment.Web.Public.near.js");
        var pages = app.MapGroup("").AddEndpointFilter(async (context, next) =>
        {
            PageHeaders.Apply(context.HttpContext.Response.Headers);
            return await next(context);
        });

        // Anything else is this site's Chinese 404 page: the gateway sends here only what a browser asks.
        app.MapFallback(NotFoundAsync);

        // Every form posts with the antiforgery token its page rendered (and the cookie beside it): a post
        // from another site is refused before it is read. The checks store nothing today, but the online
        // hall's signed-in pages will act for the person, and they share these endpoints' shape.
        var posts = pages.MapGroup("").AddEndpointFilter(async (context, next) =>
        {
            var antiforgery = context.HttpContext.RequestServices.GetRequiredService<IAntiforgery>();
            if (!await antiforgery.IsRequestValidAsync(context.HttpContext))
            {
                // The site's own page in Chinese, with the way back to the form.
                return new RazorComponentResult<ExpiredFormPage>(new Dictionary<string, object?> { ["FormPath"] = context.HttpContext.Request.Path.Value ?? "/" })
                {
                    StatusCode = StatusCodes.Status400BadRequest,
                };
            }

            return await next(context);
        });

        pages.MapGet(StylesheetPath, (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.Text(stylesheet, "text/css; charset=utf-8");
        });
        pages.MapGet(NearScriptPath, (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.Text(nearScript, "text/javascript; charset=utf-8");
        });
        pages.MapGet("/", async (OnlineApplication online, PublicSiteOptions options, CancellationToken cancellation) =>
            Page<HomePage>(new() { ["Online"] = options.HallOpen ? (await online.KindsAsync(cancellation)).Kinds : null }));
        pages.MapGet("/policies", async (HttpRequest request, PolicyList list, CancellationToken cancellation) =>
            Page<PolicyListPage>(new() { ["View"] = await list.LoadAsync(request.Query, cancellation) }));
        pages.MapGet("/self-check", async (SelfCheckForms forms, CancellationToken cancellation) =>
            Page<SelfCheckPage>(new() { ["Measures"] = await forms.ListAsync(cancellation) }));
        // The measures checked on a page of their own, as their services describe them: an unknown one is the Chinese 404 page.
        pages.MapGet("/self-check/{address}", async (string address, SelfCheckForms forms, CancellationToken cancellation) =>
            await forms.FindAsync(address, cancellation) is { } check
                ? (IResult)Page<MeasureCheckPage>(new() { ["View"] = new MeasureCheckView(check, FormAnswers.Empty, [], null) })
                : new NotFoundResult());
        posts.MapPost("/self-check/{address}", async (string address, HttpRequest request, SelfCheckForms forms, CancellationToken cancellation) =>
        {
            if (await forms.FindAsync(address, cancellation) is not { } check)
            {
                return new NotFoundResult();
            }

            var answers = request.HasFormContentType ? FormAnswers.Read(check.Form, await request.ReadFormAsync(cancellation)) : FormAnswers.Empty;
            return (IResult)Page<MeasureCheckPage>(new() { ["View"] = await forms.CheckAsync(check, answers, cancellation) });
        });
        pages.MapGet(ProgressPath, () =>
            Page<ProgressPage>(new() { ["View"] = new ProgressView(ProgressQuery.Empty, null, null) }));
        // Posted and read by hand like the self-check: the code stays out of URLs and history; the
        // lookup acts for nobody, and the gateway's stricter progress limit counts these posts.
        posts.MapPost(ProgressPath, async (HttpRequest request, ApplicationProgressLookup lookup, CancellationToken cancellation) =>
        {
            var query = request.HasFormContentType ? ProgressQuery.From(await request.ReadFormAsync(cancellation)) : ProgressQuery.Empty;
            return Page<ProgressPage>(new() { ["View"] = await lookup.FindAsync(query, cancellation) });
        });
        pages.MapGet("/jobs", async (HttpRequest request, JobSearch search, CancellationToken cancellation) =>
            Page<JobsPage>(new() { ["View"] = await search.SearchAsync(JobFilters.From(request.Query), cancellation) }));
        pages.MapGet("/match", () =>
            Page<MatchPage>(new() { ["View"] = new MatchView(MatchFacts.Empty, null, null) }));
        // Posted and read by hand like the self-check: what a person says about themselves stays out
        // of URLs and history; nothing is stored and the match acts for nobody.
        posts.MapPost("/match", async (HttpRequest request, JobMatch match, CancellationToken cancellation) =>
        {
            var facts = request.HasFormContentType ? MatchFacts.From(await request.ReadFormAsync(cancellation)) : MatchFacts.Empty;
            return Page<MatchPage>(new() { ["View"] = await match.MatchAsync(facts, cancellation) });
        });
        pages.MapGet(PublicNotices.Path, async (HttpRequest request, PublicNotices notices, CancellationToken cancellation) =>
            Page<NoticesPage>(new() { ["View"] = await notices.LoadAsync(request.Query, cancellation) }));
        pages.MapGet(PublicNotices.Path + "/{batch}/objection", async (string batch, HttpRequest request, PublicNotices notices, CancellationToken cancellation) =>
            Page<ObjectionPage>(new() { ["View"] = await notices.OpenAsync(request.Query["service"].ToString(), batch, request.Query["record"].ToString(), cancellation) }));
        posts.MapPost(PublicNotices.Path + "/{batch}/objection", async (string batch, HttpRequest request, PublicNotices notices, CancellationToken cancellation) =>
        {
            var opened = await notices.OpenAsync(request.Query["service"].ToString(), batch, request.Query["record"].ToString(), cancellation);
            return Page<ObjectionPage>(new() { ["View"] = request.HasFormContentType ? await notices.FileAsync(opened, await request.ReadFormAsync(cancellation), cancellation) : opened });
        });
        pages.MapGet("/venues", async (HttpRequest request, ServicePoints points, CancellationToken cancellation) =>
            Page<ServicePointsPage>(new() { ["View"] = await points.LoadAsync(ServicePointFilters.From(request.Query), cancellation) }));
        pages.MapHall(posts, app.Services.GetRequiredService<PublicSiteOptions>());
        pages.MapGet("/jobs/{postingId}", async (string postingId, HttpRequest request, PostingDetail detail, PublicSiteOptions options, CancellationToken cancellation) =>
        {
            var view = await detail.LoadAsync(postingId, request.Query["back"], cancellation) with { OnlineApply = options.HallOpen };
            return new RazorComponentResult<JobPostingPage>(new Dictionary<string, object?> { ["View"] = view })
            {
                // A withdrawn, expired or unknown posting: 404 for crawlers and bookmarks, words for people.
                StatusCode = view.Gone ? StatusCodes.Status404NotFound : null,
            };
        });
    }

    /// <summary>The Chinese 404 page: where to go instead.</summary>
    public static Task NotFoundAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        PageHeaders.Apply(context.Response.Headers);
        return new RazorComponentResult<NotFoundPage>() { StatusCode = StatusCodes.Status404NotFound }.ExecuteAsync(context);
    }

    /// <summary>The Chinese page of a request the site could not serve (<see cref="SiteErrors"/>).</summary>
    public static IResult ErrorPage(HttpContext context, int status)
    {
        ArgumentNullException.ThrowIfNull(context);
        PageHeaders.Apply(context.Response.Headers);
        return new RazorComponentResult<Pages.Shared.ErrorPage>(new Dictionary<string, object?> { ["Status"] = status }) { StatusCode = status };
    }

    /// <summary>The Chinese 404 page as an endpoint's result.</summary>
    private sealed class NotFoundResult : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext) => NotFoundAsync(httpContext);
    }

    private static RazorComponentResult<TPage> Page<TPage>(Dictionary<string, object?> parameters)
        where TPage : IComponent => new(parameters);
}
