using System.Text.Encodings.Web;
using System.Text.Unicode;
using Employment.ServiceDefaults.Time;
using Employment.Web.Kit.Hosting;
using Employment.Web.Kit.Layout;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Employment.Web.Workbench.Site;

/// <summary>
/// The workbench's screens under <see cref="WorkbenchOptions.PathBase"/>: Razor components rendered on the server, one
/// stylesheet, no script. Every screen but the signed-out page needs a signed-in clerk (the provider's sign-in
/// otherwise); every form posts with its antiforgery token; every service call carries the clerk's token.
/// </summary>
public static class WorkbenchSite
{
    public const string Home = WorkbenchOptions.PathBase + "/";

    public const string StylesheetPath = WorkbenchOptions.PathBase + "/workbench.css";

    public const string FindPath = WorkbenchOptions.PathBase + "/find";

    public const string SignOutPath = WorkbenchOptions.PathBase + "/signout";

    public const string RegisterPersonPath = WorkbenchOptions.PathBase + "/people";

    public const string RegisterEmployerPath = WorkbenchOptions.PathBase + "/employers";

    public static void AddWorkbenchScreens(this IServiceCollection services)
    {
        services.AddRazorComponents();
        // Chinese written as UTF-8, not as numeric entities; markup characters are still encoded.
        services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ChinaClock>();
        services.AddSingleton<WindowSearch>();
        services.AddSingleton<WindowRegistration>();
        services.AddSingleton<PersonWindow>();
        services.AddSingleton<EmployerWindow>();
        services.AddSingleton<FactDesk>();
        services.AddSingleton<ConsentDesk>();
        services.AddSingleton<TextDesk>();
        services.AddSingleton<Pages.Disputes.DisputeDesk>();
        services.AddSingleton<Pages.Appeals.AppealDesk>();
        services.AddSingleton<FactConflictsDesk>();
        services.AddSingleton<OwedReads>();
        services.AddSingleton<IApplicationDesk, TrainingDesk>();
        services.AddSingleton<IApplicationDesk, HiringDesk>();
        services.AddSingleton<IApplicationDesk, LoanDesk>();
        services.AddSingleton<ApplicationDesks>();
        services.AddSingleton<TakeApplication>();
        services.AddSingleton<Pages.Decide.TrainingDecision>();
        services.AddSingleton<MaterialFiles>();
        services.AddSingleton<Pages.Decide.CounterWithdrawal>();
        services.AddSingleton<Pages.Queue.QueueReads>();
        services.AddSingleton<Pages.Queue.WorkHandOvers>();
        services.AddSingleton<Pages.Decide.HiringDecision>();
        services.AddSingleton<Pages.Decide.ReviewStep>();
        services.AddSingleton<Pages.Decide.LetterStep>();
        services.AddSingleton<Pages.Decide.LoanDecision>();
        services.AddSingleton<Pages.Pay.PaymentScreens>();
        services.AddSingleton<Pages.Audit.AuditScreens>();
        services.AddSingleton<Pages.Figures.FigureScreens>();
        services.AddSingleton<Pages.Figures.FigureCharts>();
    }

    public static void MapWorkbenchScreens(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var stylesheet = KitStyles.With(EmbeddedText.Read(typeof(WorkbenchSite).Assembly, "Employment.Web.Workbench.workbench.css"));
        var open = app.MapGroup(WorkbenchOptions.PathBase).AddEndpointFilter(async (context, next) =>
        {
            PageHeaders.Apply(context.HttpContext.Response.Headers);
            // A clerk's screens hold personal data: never kept by the browser or a proxy.
            context.HttpContext.Response.Headers.CacheControl = "no-store";
            return await next(context);
        });
        open.MapGet("/workbench.css", (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.Text(stylesheet, "text/css; charset=utf-8");
        });
        open.MapGet("/signed-out", (HttpRequest request) => Page<SignedOutPage>(new() { ["Failed"] = request.Query.ContainsKey("failed") }));

        var screens = open.MapGroup("").RequireAuthorization();
        var posts = screens.MapGroup("").AddEndpointFilter(async (context, next) =>
        {
            var antiforgery = context.HttpContext.RequestServices.GetRequiredService<IAntiforgery>();
            return await antiforgery.IsRequestValidAsync(context.HttpContext)
                ? await next(context)
                // A form from another site, or one kept open past the session: back to the start, nothing done.
                : Results.Redirect(Home);
        });

        // An auditor starts at the signals: the window's registry reads are the counter's.
        screens.MapGet("/", (HttpContext context) => Clerk(context).Auditor
            ? Results.Redirect(Pages.Audit.AuditScreens.Path)
            : Page<WindowPage>(new() { ["View"] = new WindowSearchView(new WindowQuery(""), null, null, false), ["Clerk"] = Clerk(context) }));
        // Posted, so that an identity number stays out of addresses, the browser's history and the logs.
        posts.MapPost("/find", async (HttpContext context, WindowSearch search, CancellationToken cancellation) =>
        {
            var query = context.Request.HasFormContentType ? WindowQuery.From(await context.Request.ReadFormAsync(cancellation)) : new WindowQuery("");
            var (found, view) = await search.FindAsync(query, cancellation);
            return found is not null
                ? Results.Redirect(found)
                : Page<WindowPage>(new() { ["View"] = view, ["Clerk"] = Clerk(context) });
        });
        // 登记: a person or an employer the registry does not hold, from the search that did not find them.
        foreach (var path in new[] { "/people", "/employers" })
        {
            posts.MapPost(path, async (HttpContext context, WindowRegistration registration, CancellationToken cancellation) =>
            {
                var (registered, view) = await registration.RegisterAsync(RegistrationForm.From(await context.Request.ReadFormAsync(cancellation)), cancellation);
                return registered is not null ? Results.Redirect(registered) : Page<WindowPage>(new() { ["View"] = view, ["Clerk"] = Clerk(context) });
            });
        }

        screens.MapGet("/people/{personId}", async (string personId, HttpContext context, PersonWindow window, CancellationToken cancellation) =>
            Page<PersonPage>(new() { ["View"] = await window.LoadAsync(personId, Clerk(context), cancellation), ["Clerk"] = Clerk(context) }));
        screens.MapGet("/people/{personId}/consent", async (string personId, HttpContext context, ConsentDesk desk, CancellationToken cancellation) =>
            ConsentScreen(context, desk, await desk.OpenAsync(personId, cancellation)));
        posts.MapPost("/people/{personId}/consent", async (string personId, HttpContext context, ConsentDesk desk, CancellationToken cancellation) =>
            await desk.OpenAsync(personId, cancellation) is ({ } opened, _)
                ? ConsentScreen(context, desk, (await desk.RecordAsync(opened, await context.Request.ReadFormAsync(cancellation), Clerk(context).OfficeRegion, cancellation), null))
                : ConsentScreen(context, desk, (null, null)));
        // 申诉复查: the office's appeals in every service, settled one by one by a clerk who did not make the decision.
        screens.MapGet("/appeals", async (HttpContext context, Pages.Appeals.AppealDesk desk, CancellationToken cancellation) =>
            Page<Pages.Appeals.AppealsPage>(new() { ["View"] = await desk.LoadAsync(cancellation), ["Clerk"] = Clerk(context) }));
        posts.MapPost("/appeals/{service}/{appealId}", async (string service, string appealId, HttpContext context, Pages.Appeals.AppealDesk desk, CancellationToken cancellation) =>
            Page<Pages.Appeals.AppealsPage>(new() { ["View"] = await desk.SettleAsync(service, appealId, await context.Request.ReadFormAsync(cancellation), cancellation), ["Clerk"] = Clerk(context) }));
        // 登记信息纠错: the office's disputes, settled one by one; a dispute's evidence opens as a 申报材料 does.
        screens.MapGet("/disputes", async (HttpContext context, Pages.Disputes.DisputeDesk desk, CancellationToken cancellation) =>
            Page<Pages.Disputes.DisputesPage>(new() { ["View"] = await desk.LoadAsync(cancellation), ["Clerk"] = Clerk(context) }));
        posts.MapPost("/disputes/{disputeId}", async (string disputeId, HttpContext context, Pages.Disputes.DisputeDesk desk, CancellationToken cancellation) =>
            Page<Pages.Disputes.DisputesPage>(new() { ["View"] = await desk.SettleAsync(disputeId, await context.Request.ReadFormAsync(cancellation), cancellation), ["Clerk"] = Clerk(context) }));
        screens.MapGet("/disputes/{disputeId}/evidence/{materialId}", async (string disputeId, string materialId, HttpContext context, Pages.Disputes.DisputeDesk desk, CancellationToken cancellation) =>
            MaterialFiles.Of(await desk.EvidenceAsync(disputeId, materialId, cancellation), context.Response));
        screens.MapGet("/people/{personId}/texts", async (string personId, HttpContext context, TextDesk desk, CancellationToken cancellation) =>
            TextScreen(context, await desk.OpenAsync(personId, cancellation)));
        posts.MapPost("/people/{personId}/texts", async (string personId, HttpContext context, TextDesk desk, CancellationToken cancellation) =>
            await desk.OpenAsync(personId, cancellation) is ({ } opened, _)
                ? TextScreen(context, (await desk.SaveAsync(opened, await context.Request.ReadFormAsync(cancellation), cancellation), null))
                : TextScreen(context, (null, null)));
        screens.MapGet("/employers/{employerId}", async (string employerId, HttpContext context, EmployerWindow window, CancellationToken cancellation) =>
            Page<EmployerPage>(new() { ["View"] = await window.LoadAsync(employerId, Clerk(context), cancellation), ["Clerk"] = Clerk(context) }));
        // 受理: a kind's form for a person or an employer, 预审 and 确认受理 posted back to the same address.
        foreach (var (segment, employer) in new[] { ("people", false), ("employers", true) })
        {
            screens.MapGet($"/{segment}/{{subjectId}}/apply/{{desk}}/{{kind}}", async (string subjectId, string desk, string kind, HttpContext context, TakeApplication take, CancellationToken cancellation) =>
                await take.OpenAsync(employer, subjectId, desk, kind, cancellation) switch
                {
                    ({ } view, _) => Page<ApplyPage>(new() { ["View"] = view, ["Clerk"] = Clerk(context) }),
                    (null, { } problem) => Page<ProblemPage>(new() { ["Problem"] = problem, ["Clerk"] = Clerk(context) }),
                    _ => NotFound(context),
                });
            posts.MapPost($"/{segment}/{{subjectId}}/apply/{{desk}}/{{kind}}", async (string subjectId, string desk, string kind, HttpContext context, TakeApplication take, CancellationToken cancellation) =>
            {
                var (opened, problem) = await take.OpenAsync(employer, subjectId, desk, kind, cancellation);
                if (opened is null)
                {
                    return problem is null ? NotFound(context) : Page<ProblemPage>(new() { ["Problem"] = problem, ["Clerk"] = Clerk(context) });
                }

                var form = await context.Request.ReadFormAsync(cancellation);
                var (screen, receipt) = await take.PostAsync(opened, form, Clerk(context), cancellation);
                return receipt is not null
                    ? Page<ReceiptPage>(new() { ["View"] = receipt, ["Clerk"] = Clerk(context) })
                    : Page<ApplyPage>(new() { ["View"] = screen, ["Clerk"] = Clerk(context) });
            });
            // 不予受理: the office's written answer to what the applicant asked that is not its to take.
            posts.MapPost($"/{segment}/{{subjectId}}/apply/{{desk}}/{{kind}}/decline", async (string subjectId, string desk, string kind, HttpContext context, TakeApplication take, CancellationToken cancellation) =>
                await take.OpenAsync(employer, subjectId, desk, kind, cancellation) switch
                {
                    ({ } opened, _) => Page<NotAcceptedPage>(new() { ["View"] = await DeclineApplication.WriteAsync(opened, await context.Request.ReadFormAsync(cancellation), cancellation), ["Clerk"] = Clerk(context) }),
                    (null, { } problem) => Page<ProblemPage>(new() { ["Problem"] = problem, ["Clerk"] = Clerk(context) }),
                    _ => NotFound(context),
                });
        }

        MapFacts(screens, posts);

        // 待办: what waits on the office, across the services that decide.
        screens.MapGet("/queue", async (HttpContext context, Pages.Queue.QueueReads queue, CancellationToken cancellation) =>
            Page<Pages.Queue.QueuePage>(new() { ["View"] = await queue.LoadAsync(context.Request.Query, cancellation), ["Clerk"] = Clerk(context) }));
        // 移交: the office's reviewer hands a clerk's waiting items to another; the queue then shows the one who took them over.
        posts.MapPost("/queue/handover", async (HttpContext context, Pages.Queue.QueueReads queue, Pages.Queue.WorkHandOvers handOvers, CancellationToken cancellation) =>
        {
            var outcome = await handOvers.HandOverAsync(Pages.Queue.HandOverForm.Read(await context.Request.ReadFormAsync(cancellation)), cancellation);
            var filter = new Microsoft.AspNetCore.Http.QueryCollection(new Dictionary<string, Microsoft.Extensions.Primitives.StringValues> { ["clerk"] = outcome.Problems.Count == 0 ? outcome.Form.To : "" });
            var view = await queue.LoadAsync(filter, cancellation) with { HandedOver = outcome };
            return Page<Pages.Queue.QueuePage>(new() { ["View"] = view, ["Clerk"] = Clerk(context) });
        });

        // 发放: batches on 公示, the printed 公示名单, the bank's return file and payments by hand.
        MapPayments(screens, posts);

        // 稽核: the region's risk signals, a scan, one signal and its review (with the hold it places).
        MapAudit(screens, posts);
        MapFigures(screens, posts);

        // 审核 and 复核: a training application or a hiring claim read, decided and (where asked) reviewed; the page after
        // the last of them carries the written decision.
        screens.MapGet("/training/{applicationId}", async (string applicationId, HttpContext context, Pages.Decide.TrainingDecision decision, CancellationToken cancellation) =>
            Page<Pages.Decide.TrainingDecisionPage>(new() { ["View"] = await decision.LoadAsync(applicationId, cancellation), ["Clerk"] = Clerk(context) }));
        posts.MapPost("/training/{applicationId}", async (string applicationId, HttpContext context, Pages.Decide.TrainingDecision decision, CancellationToken cancellation) =>
            Page<Pages.Decide.TrainingDecisionPage>(new() { ["View"] = await decision.DecideAsync(applicationId, await context.Request.ReadFormAsync(cancellation), cancellation), ["Clerk"] = Clerk(context) }));

        // 代为撤回: withdrawn on the applicant's written request, then the record's own screen shows it 已撤回.
        posts.MapPost("/withdraw/{service}/{reference}", async (string service, string reference, HttpContext context, Pages.Decide.CounterWithdrawal withdrawal, CancellationToken cancellation) =>
            await withdrawal.WithdrawAsync(service, reference, await context.Request.ReadFormAsync(cancellation), cancellation) is { } problem
                ? (IResult)Page<ProblemPage>(new() { ["Problem"] = problem, ["Clerk"] = Clerk(context) })
                : Results.Redirect(Pages.Decide.DecisionPaths.Of(service, reference) ?? Home));
        screens.MapGet("/materials/{service}/{recordId}/{materialId}", async (string service, string recordId, string materialId, HttpContext context, MaterialFiles files, CancellationToken cancellation) =>
            MaterialFiles.Of(await files.GetAsync(service, recordId, materialId, cancellation), context.Response));
        posts.MapPost("/training/{applicationId}/review", async (string applicationId, HttpContext context, Pages.Decide.TrainingDecision decision, CancellationToken cancellation) =>
            Page<Pages.Decide.TrainingDecisionPage>(new() { ["View"] = await decision.ReviewAsync(applicationId, await context.Request.ReadFormAsync(cancellation), cancellation), ["Clerk"] = Clerk(context) }));

        screens.MapGet("/hiring/{claimId}", async (string claimId, HttpContext context, Pages.Decide.HiringDecision decision, CancellationToken cancellation) =>
            Page<Pages.Decide.HiringDecisionPage>(new() { ["View"] = await decision.LoadAsync(claimId, cancellation), ["Clerk"] = Clerk(context) }));
        posts.MapPost("/hiring/{claimId}", async (string claimId, HttpContext context, Pages.Decide.HiringDecision decision, CancellationToken cancellation) =>
            Page<Pages.Decide.HiringDecisionPage>(new() { ["View"] = await decision.DecideAsync(claimId, await context.Request.ReadFormAsync(cancellation), cancellation), ["Clerk"] = Clerk(context) }));

        posts.MapPost("/hiring/{claimId}/review", async (string claimId, HttpContext context, Pages.Decide.HiringDecision decision, CancellationToken cancellation) =>
            Page<Pages.Decide.HiringDecisionPage>(new() { ["View"] = await decision.ReviewAsync(claimId, await context.Request.ReadFormAsync(cancellation), cancellation), ["Clerk"] = Clerk(context) }));

        // 创业担保贷款 after 受理: 审核, 担保审批, 推送银行.
        screens.MapGet("/loans/{applicationId}", async (string applicationId, HttpContext context, Pages.Decide.LoanDecision decision, CancellationToken cancellation) =>
            Page<Pages.Decide.LoanDecisionPage>(new() { ["View"] = await decision.LoadAsync(applicationId, cancellation), ["Clerk"] = Clerk(context) }));
        posts.MapPost("/loans/{applicationId}", async (string applicationId, HttpContext context, Pages.Decide.LoanDecision decision, CancellationToken cancellation) =>
            Page<Pages.Decide.LoanDecisionPage>(new() { ["View"] = await decision.MoveAsync(applicationId, await context.Request.ReadFormAsync(cancellation), cancellation), ["Clerk"] = Clerk(context) }));

        posts.MapPost("/signout", (WorkbenchOptions options) => BrowserSignIn.SignOut(options.SignIn));
        screens.MapFallback((HttpContext context) => NotFound(context));
    }

    private static ClerkClaims Clerk(HttpContext context) => ClerkClaims.Of(context.User);

    /// <summary>补录 and 更正 of a person's or an employer's facts, each posted back to its own address.</summary>
    private static void MapFacts(RouteGroupBuilder screens, RouteGroupBuilder posts)
    {
        foreach (var (segment, employer) in new[] { ("people", false), ("employers", true) })
        {
            var add = $"/{segment}/{{subjectId}}/facts/add/{{kind}}";
            var correct = $"/{segment}/{{subjectId}}/facts/{{factId}}/correct";
            screens.MapGet(add, async (string subjectId, string kind, HttpContext context, FactDesk facts, CancellationToken cancellation) =>
                FactScreen(context, await facts.OpenAddAsync(employer, subjectId, kind, cancellation)));
            screens.MapGet(correct, async (string subjectId, string factId, HttpContext context, FactDesk facts, CancellationToken cancellation) =>
                FactScreen(context, await facts.OpenCorrectAsync(employer, subjectId, factId, cancellation)));
            posts.MapPost(add, async (string subjectId, string kind, HttpContext context, FactDesk facts, CancellationToken cancellation) =>
                await FactPostAsync(context, facts, await facts.OpenAddAsync(employer, subjectId, kind, cancellation), cancellation));
            posts.MapPost(correct, async (string subjectId, string factId, HttpContext context, FactDesk facts, CancellationToken cancellation) =>
                await FactPostAsync(context, facts, await facts.OpenCorrectAsync(employer, subjectId, factId, cancellation), cancellation));
            // 已核对 of a 来源不一致: back to the window's list, or the registry's refusal in words.
            posts.MapPost($"/{segment}/{{subjectId}}/conflicts/{{conflictId}}", async (string subjectId, string conflictId, HttpContext context, FactConflictsDesk conflicts, CancellationToken cancellation) =>
                await conflicts.SettleAsync(employer, subjectId, conflictId, await context.Request.ReadFormAsync(cancellation), cancellation) is { } problem
                    ? Page<ProblemPage>(new() { ["Problem"] = problem, ["Clerk"] = Clerk(context) })
                    : Results.Redirect((employer ? EmployerWindow.PathOf(subjectId) : PersonWindow.PathOf(subjectId)) + "#conflicts"));
        }
    }

    private static IResult TextScreen(HttpContext context, (TextDeskView? View, ServiceProblem? Problem) opened) => opened switch
    {
        ({ } view, _) => Page<TextDeskPage>(new() { ["View"] = view, ["Clerk"] = Clerk(context) }),
        (null, { } problem) => Page<ProblemPage>(new() { ["Problem"] = problem, ["Clerk"] = Clerk(context) }),
        _ => NotFound(context),
    };

    private static IResult ConsentScreen(HttpContext context, ConsentDesk desk, (ConsentDeskView? View, ServiceProblem? Problem) opened) => opened switch
    {
        ({ } view, _) => Page<ConsentDeskPage>(new() { ["View"] = view, ["Clerk"] = Clerk(context), ["Today"] = desk.Today }),
        (null, { } problem) => Page<ProblemPage>(new() { ["Problem"] = problem, ["Clerk"] = Clerk(context) }),
        _ => NotFound(context),
    };

    private static IResult FactScreen(HttpContext context, (FactView? View, ServiceProblem? Problem) opened) => opened switch
    {
        ({ } view, _) => Page<FactPage>(new() { ["View"] = view, ["Clerk"] = Clerk(context) }),
        (null, { } problem) => Page<ProblemPage>(new() { ["Problem"] = problem, ["Clerk"] = Clerk(context) }),
        _ => NotFound(context),
    };

    private static async Task<IResult> FactPostAsync(HttpContext context, FactDesk facts, (FactView? View, ServiceProblem? Problem) opened, CancellationToken cancellation)
    {
        if (opened.View is null)
        {
            return FactScreen(context, opened);
        }

        var (saved, screen) = await facts.PostAsync(opened.View, await context.Request.ReadFormAsync(cancellation), cancellation);
        return saved is not null ? Results.Redirect(saved) : Page<FactPage>(new() { ["View"] = screen, ["Clerk"] = Clerk(context) });
    }

    private static void MapPayments(RouteGroupBuilder screens, RouteGroupBuilder posts)
    {
        const string Payments = "/payments";
        screens.MapGet(Payments, async (HttpContext context, Pages.Pay.PaymentScreens payments, CancellationToken cancellation) =>
            Page<Pages.Pay.PaymentsPage>(new() { ["View"] = await payments.OverviewAsync(ScreenKeys.New(), null, cancellation), ["Clerk"] = Clerk(context) }));
        posts.MapPost(Payments + "/{desk}/batches", async (string desk, HttpContext context, Pages.Pay.PaymentScreens payments, CancellationToken cancellation) =>
        {
            if (payments.Desk(desk) is not { } found)
            {
                return NotFound(context);
            }

            var (batchId, again) = await payments.CreateBatchAsync(found, await context.Request.ReadFormAsync(cancellation), Clerk(context).OfficeRegion, cancellation);
            return batchId is not null
                ? Results.Redirect(Pages.Pay.BatchView.PathOf(desk, batchId))
                : Page<Pages.Pay.PaymentsPage>(new() { ["View"] = again, ["Clerk"] = Clerk(context) });
        });
        posts.MapPost(Payments + "/{desk}/objections/{objectionId}", async (string desk, string objectionId, HttpContext context, Pages.Pay.PaymentScreens payments, CancellationToken cancellation) =>
            payments.Desk(desk) is { } found
                ? Page<Pages.Pay.PaymentsPage>(new() { ["View"] = await payments.ResolveObjectionAsync(found, objectionId, await context.Request.ReadFormAsync(cancellation), cancellation), ["Clerk"] = Clerk(context) })
                : NotFound(context));
        screens.MapGet(Payments + "/{desk}/batches/{batchId}", async (string desk, string batchId, HttpContext context, Pages.Pay.PaymentScreens payments, CancellationToken cancellation) =>
            payments.Desk(desk) is { } found
                ? Page<Pages.Pay.BatchPage>(new() { ["View"] = await payments.BatchAsync(found, batchId, [], [], cancellation), ["Clerk"] = Clerk(context) })
                : NotFound(context));
        posts.MapPost(Payments + "/{desk}/batches/{batchId}/return", async (string desk, string batchId, HttpContext context, Pages.Pay.PaymentScreens payments, CancellationToken cancellation) =>
            payments.Desk(desk) is { } found
                ? Page<Pages.Pay.BatchPage>(new() { ["View"] = await payments.ReturnFileAsync(found, batchId, await context.Request.ReadFormAsync(cancellation), cancellation), ["Clerk"] = Clerk(context) })
                : NotFound(context));
        posts.MapPost(Payments + "/{desk}/batches/{batchId}/pay", async (string desk, string batchId, HttpContext context, Pages.Pay.PaymentScreens payments, CancellationToken cancellation) =>
            payments.Desk(desk) is { } found
                ? Page<Pages.Pay.BatchPage>(new() { ["View"] = await payments.PayByHandAsync(found, batchId, await context.Request.ReadFormAsync(cancellation), cancellation), ["Clerk"] = Clerk(context) })
                : NotFound(context));
    }

    private static void MapAudit(RouteGroupBuilder screens, RouteGroupBuilder posts)
    {
        const string Audit = "/audit";
        screens.MapGet(Audit, async (HttpContext context, Pages.Audit.AuditScreens audit, CancellationToken cancellation) =>
            Page<Pages.Audit.SignalsPage>(new() { ["View"] = await audit.ListAsync(context.Request.Query, cancellation), ["Clerk"] = Clerk(context) }));
        posts.MapPost(Audit + "/scan", async (HttpContext context, Pages.Audit.AuditScreens audit, CancellationToken cancellation) =>
            Page<Pages.Audit.SignalsPage>(new() { ["View"] = await audit.ScanAsync(await context.Request.ReadFormAsync(cancellation), Clerk(context).OfficeRegion, cancellation), ["Clerk"] = Clerk(context) }));
        screens.MapGet(Audit + "/{signalId}", async (string signalId, HttpContext context, Pages.Audit.AuditScreens audit, CancellationToken cancellation) =>
            Page<Pages.Audit.SignalPage>(new() { ["View"] = await audit.SignalAsync(signalId, cancellation), ["Clerk"] = Clerk(context) }));
        posts.MapPost(Audit + "/{signalId}/review", async (string signalId, HttpContext context, Pages.Audit.AuditScreens audit, CancellationToken cancellation) =>
            Page<Pages.Audit.SignalPage>(new() { ["View"] = await audit.ReviewAsync(signalId, await context.Request.ReadFormAsync(cancellation), cancellation), ["Clerk"] = Clerk(context) }));
    }

    private static void MapFigures(RouteGroupBuilder screens, RouteGroupBuilder posts)
    {
        const string Figures = "/figures";
        screens.MapGet(Figures, async (HttpContext context, Pages.Figures.FigureScreens figures, CancellationToken cancellation) =>
            Page<Pages.Figures.FiguresPage>(new() { ["View"] = await figures.ShowAsync(context.Request.Query, Clerk(context), cancellation), ["Clerk"] = Clerk(context) }));
        screens.MapGet(Figures + "/records", async (HttpContext context, Pages.Figures.FigureScreens figures, CancellationToken cancellation) =>
            Page<Pages.Figures.FigureRecordsPage>(new() { ["View"] = await figures.RecordsAsync(context.Request.Query, Clerk(context), cancellation), ["Clerk"] = Clerk(context) }));
        screens.MapGet(Figures + "/report.xlsx", async (HttpContext context, Pages.Figures.FigureScreens figures, ChinaClock clock, CancellationToken cancellation) =>
        {
            var choice = Pages.Figures.FigureChoice.Of(context.Request.Query, Clerk(context).OfficeRegion, clock.Today);
            var month = int.TryParse(context.Request.Query["month"], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 12 ? m : (int?)null;
            return await figures.ReadAsync(choice, cancellation) is { } read
                ? Results.File(Pages.Figures.FigureReport.Of(read, month), Pages.Figures.FigureReport.ContentType, $"figures-{choice.Region}-{choice.Year}{(month is { } n ? $"-{n:D2}" : "")}.xlsx")
                : NotFound(context);
        });
        screens.MapGet(Figures + "/charts/{chart}.png", async (string chart, HttpContext context, Pages.Figures.FigureScreens figures, Pages.Figures.FigureCharts charts, ChinaClock clock, CancellationToken cancellation) =>
        {
            var read = await figures.ReadAsync(Pages.Figures.FigureChoice.Of(context.Request.Query, Clerk(context).OfficeRegion, clock.Today), cancellation);
            byte[]? drawn = (chart, read) switch
            {
                (_, null) => null,
                ("progress", { } f) => charts.Progress(f.Targets),
                ("months", { } f) => charts.Months(f.Months),
                ("counties", { } f) => charts.Counties(f.Counties),
                _ => null,
            };
            return drawn is null ? NotFound(context) : Results.File(drawn, Pages.Figures.FigureCharts.ContentType);
        });
        screens.MapGet(Figures + "/samples", async (HttpContext context, Pages.Figures.FigureScreens figures, CancellationToken cancellation) =>
            Page<Pages.Figures.AuditSamplesPage>(new() { ["View"] = await figures.SamplesAsync(Clerk(context), null, cancellation), ["Clerk"] = Clerk(context) }));
        posts.MapPost(Figures + "/samples", async (HttpContext context, Pages.Figures.FigureScreens figures, CancellationToken cancellation) =>
            await figures.DrawAsync(await context.Request.ReadFormAsync(cancellation), Clerk(context), cancellation) switch
            {
                ({ } drawn, _) => (IResult)Page<Pages.Figures.AuditSamplePage>(new() { ["View"] = drawn, ["Clerk"] = Clerk(context) }),
                (_, var form) => Page<Pages.Figures.AuditSamplesPage>(new() { ["View"] = form, ["Clerk"] = Clerk(context) }),
            });
        screens.MapGet(Figures + "/samples/{sampleId}", async (string sampleId, HttpContext context, Pages.Figures.FigureScreens figures, CancellationToken cancellation) =>
            Page<Pages.Figures.AuditSamplePage>(new() { ["View"] = await figures.SampleAsync(sampleId, cancellation), ["Clerk"] = Clerk(context) }));
        posts.MapPost(Figures + "/refresh", async (HttpContext context, Pages.Figures.FigureScreens figures, CancellationToken cancellation) =>
            Page<Pages.Figures.FiguresPage>(new() { ["View"] = await figures.RefreshAsync(await context.Request.ReadFormAsync(cancellation), Clerk(context), cancellation), ["Clerk"] = Clerk(context) }));
        posts.MapPost(Figures + "/enter", async (HttpContext context, Pages.Figures.FigureScreens figures, CancellationToken cancellation) =>
            Page<Pages.Figures.FiguresPage>(new() { ["View"] = await figures.EnterAsync(await context.Request.ReadFormAsync(cancellation), Clerk(context), cancellation), ["Clerk"] = Clerk(context) }));
    }

    /// <summary>The Chinese page of a request the workbench could not serve (<see cref="SiteErrors"/>).</summary>
    public static IResult ErrorPage(HttpContext context, int status)
    {
        ArgumentNullException.ThrowIfNull(context);
        PageHeaders.Apply(context.Response.Headers);
        return new RazorComponentResult<Pages.Shared.ErrorPage>(new Dictionary<string, object?> { ["Status"] = status }) { StatusCode = status };
    }

    private static IResult NotFound(HttpContext context) => new RazorComponentResult<NotFoundPage>(new Dictionary<string, object?> { ["Clerk"] = Clerk(context) })
    {
        StatusCode = StatusCodes.Status404NotFound,
    };

    private static RazorComponentResult<TPage> Page<TPage>(Dictionary<string, object?> parameters)
        where TPage : IComponent => new(parameters);
}
