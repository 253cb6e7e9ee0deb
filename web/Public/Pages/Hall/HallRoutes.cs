using System.Security.Claims;
using Employment.Web.Kit.SignIn;
using Employment.Web.Public.Pages.Hall.Jobs;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Employment.Web.Public.Pages.Hall;

/// <summary>
/// The online hall (网上办事) under <see cref="PublicSiteOptions.HallPath"/>: every page needs a signed-in person, and
/// one not signed in is sent to the identity provider (real-name sign-in) and brought back. <see cref="EmployerPath"/>
/// signs in again asking for the employer scope, where the provider offers the employers the person may act for;
/// <see cref="PersonPath"/> returns to acting for oneself. Without a configured provider the hall is not mapped.
/// </summary>
public static class HallRoutes
{
    public const string EmployerPath = PublicSiteOptions.HallPath + "/as-employer";

    public const string PersonPath = PublicSiteOptions.HallPath + "/as-person";

    public const string SignOutPath = PublicSiteOptions.HallPath + "/signout";

    public static void MapHall(this IEndpointRouteBuilder pages, IEndpointRouteBuilder posts, PublicSiteOptions options)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(posts);
        ArgumentNullException.ThrowIfNull(options);
        if (!options.HallOpen)
        {
            pages.MapGet(PublicSiteOptions.HallPath, () => Page<HallClosedPage>([]));
            return;
        }

        var hall = pages.MapGroup(PublicSiteOptions.HallPath).AddEndpointFilter(NoStore);
        var signedIn = hall.MapGroup("").RequireAuthorization();
        signedIn.MapGet("", async (ClaimsPrincipal user, MyAffairs affairs, CancellationToken cancellation) =>
            Page<MinePage>(new() { ["View"] = await affairs.LoadAsync(HallUser.Of(user), cancellation) }));
        signedIn.MapGet("/apply/{service}/{kind}", async (string service, string kind, ClaimsPrincipal user, OnlineApplication apply, CancellationToken cancellation) =>
        {
            var (view, problem) = await apply.OpenAsync(HallUser.Of(user), service, kind, cancellation);
            return Opened(view, problem);
        });
        signedIn.MapGet("/withdraw/{service}/{reference}", async (string service, string reference, HallWithdrawals withdrawals, CancellationToken cancellation) =>
        {
            var (view, problem) = await withdrawals.OpenAsync(service, reference, cancellation);
            return view is not null ? Page<WithdrawPage>(new() { ["View"] = view })
                : problem is not null ? Page<HallProblemPage>(new() { ["Problem"] = problem })
                : (IResult)new RazorComponentResult<NotFoundPage>() { StatusCode = StatusCodes.Status404NotFound };
        });
        signedIn.MapGet("/letters/{service}/{reference}", async (string service, string reference, HallLetters letters, CancellationToken cancellation) =>
            await letters.GetAsync(service, reference, cancellation) switch
            {
                { Value: { } letter } => (IResult)Page<LetterPage>(new() { ["Letter"] = letter, ["Service"] = service }),
                { Problem: { NotFound: false } problem } => Page<HallProblemPage>(new() { ["Problem"] = problem }),
                _ => new RazorComponentResult<NotFoundPage>() { StatusCode = StatusCodes.Status404NotFound },
            });
        signedIn.MapGet("/appeals/{service}/{reference}", async (string service, string reference, HallAppeals appeals, CancellationToken cancellation) =>
            await appeals.OpenAsync(service, reference, cancellation) switch
            {
                ({ } view, _) => (IResult)Page<AppealPage>(new() { ["View"] = view }),
                (null, { } problem) => Page<HallProblemPage>(new() { ["Problem"] = problem }),
                _ => new RazorComponentResult<NotFoundPage>() { StatusCode = StatusCodes.Status404NotFound },
            });
        signedIn.MapGet("/offers/{id}", async (string id, ClaimsPrincipal user, HallOffers offers, CancellationToken cancellation) =>
        {
            var (view, problem) = await offers.OpenAsync(HallUser.Of(user), id, cancellation);
            return view is not null ? Page<OfferPage>(new() { ["View"] = view }) : Opened(null, problem);
        });
        signedIn.MapGet(HallConsents.Path[PublicSiteOptions.HallPath.Length..], async (ClaimsPrincipal user, HallConsents consents, CancellationToken cancellation) =>
            Consents(await consents.LoadAsync(HallUser.Of(user), cancellation), consents.Today));
        signedIn.MapGet(HallFacts.Path[PublicSiteOptions.HallPath.Length..], async (ClaimsPrincipal user, HallFacts facts, CancellationToken cancellation) =>
            Page<FactsPage>(new() { ["View"] = await facts.LoadAsync(HallUser.Of(user), cancellation) }));
        signedIn.MapGet(HallFacts.Path[PublicSiteOptions.HallPath.Length..] + "/{factId}/dispute", async (string factId, ClaimsPrincipal user, HallFacts facts, CancellationToken cancellation) =>
            await facts.OpenAsync(HallUser.Of(user), factId, cancellation) switch
            {
                ({ } view, _) => (IResult)Page<DisputePage>(new() { ["View"] = view }),
                (null, { } problem) => Page<HallProblemPage>(new() { ["Problem"] = problem }),
                _ => new RazorComponentResult<NotFoundPage>() { StatusCode = StatusCodes.Status404NotFound },
            });
        signedIn.MapGet(HallTexts.Path[PublicSiteOptions.HallPath.Length..], async (ClaimsPrincipal user, HallTexts texts, CancellationToken cancellation) =>
            Page<TextsPage>(new() { ["View"] = await texts.LoadAsync(HallUser.Of(user), cancellation) }));
        var signedPosts = posts.MapGroup(PublicSiteOptions.HallPath).RequireAuthorization().AddEndpointFilter(NoStore);
        signedPosts.MapPost(HallFacts.Path[PublicSiteOptions.HallPath.Length..] + "/{factId}/dispute", async (string factId, HttpRequest request, ClaimsPrincipal user, HallFacts facts, CancellationToken cancellation) =>
        {
            var (opened, problem) = await facts.OpenAsync(HallUser.Of(user), factId, cancellation);
            if (opened is null || !request.HasFormContentType)
            {
                return problem is not null ? Page<HallProblemPage>(new() { ["Problem"] = problem })
                    : (IResult)new RazorComponentResult<NotFoundPage>() { StatusCode = StatusCodes.Status404NotFound };
            }

            var (filed, form) = await facts.DisputeAsync(opened, await request.ReadFormAsync(cancellation), cancellation);
            return filed is not null ? Page<FactsPage>(new() { ["View"] = filed }) : Page<DisputePage>(new() { ["View"] = form });
        });
        signedPosts.MapPost("/appeals/{service}/{reference}", async (string service, string reference, HttpRequest request, HallAppeals appeals, CancellationToken cancellation) =>
            await appeals.OpenAsync(service, reference, cancellation) switch
            {
                ({ } view, _) when request.HasFormContentType => (IResult)Page<AppealPage>(new() { ["View"] = await appeals.FileAsync(view, await request.ReadFormAsync(cancellation), cancellation) }),
                ({ } view, _) => Page<AppealPage>(new() { ["View"] = view }),
                (null, { } problem) => Page<HallProblemPage>(new() { ["Problem"] = problem }),
                _ => new RazorComponentResult<NotFoundPage>() { StatusCode = StatusCodes.Status404NotFound },
            });
        signedPosts.MapPost(HallTexts.Path[PublicSiteOptions.HallPath.Length..], async (HttpRequest request, ClaimsPrincipal user, HallTexts texts, CancellationToken cancellation) =>
            Page<TextsPage>(new() { ["View"] = request.HasFormContentType
                ? await texts.SaveAsync(HallUser.Of(user), await request.ReadFormAsync(cancellation), cancellation)
                : await texts.LoadAsync(HallUser.Of(user), cancellation) }));
        signedPosts.MapPost(HallConsents.Path[PublicSiteOptions.HallPath.Length..], async (HttpRequest request, ClaimsPrincipal user, HallConsents consents, CancellationToken cancellation) =>
            Consents(request.HasFormContentType
                ? await consents.GrantAsync(HallUser.Of(user), await request.ReadFormAsync(cancellation), cancellation)
                : await consents.LoadAsync(HallUser.Of(user), cancellation), consents.Today));
        signedPosts.MapPost("/withdraw/{service}/{reference}", async (string service, string reference, HallWithdrawals withdrawals, CancellationToken cancellation) =>
            await withdrawals.WithdrawAsync(service, reference, cancellation) is { } problem
                ? (IResult)Page<HallProblemPage>(new() { ["Problem"] = problem })
                : Results.Redirect($"{PublicSiteOptions.HallPath}#record-{Uri.EscapeDataString(reference)}"));
        signedPosts.MapPost(HallConsents.Path[PublicSiteOptions.HallPath.Length..] + "/{id}/withdraw", async (string id, ClaimsPrincipal user, HallConsents consents, CancellationToken cancellation) =>
            Consents(await consents.WithdrawAsync(HallUser.Of(user), id, cancellation), consents.Today));
        signedPosts.MapPost("/offers/{id}", async (string id, HttpRequest request, ClaimsPrincipal user, HallOffers offers, CancellationToken cancellation) =>
        {
            var (view, problem) = await offers.OpenAsync(HallUser.Of(user), id, cancellation);
            return view is null || !request.HasFormContentType
                ? (view is not null ? Page<OfferPage>(new() { ["View"] = view }) : Opened(null, problem))
                : Page<OfferPage>(new() { ["View"] = await offers.AcceptAsync(view, await request.ReadFormAsync(cancellation), cancellation) });
        });
        signedPosts.MapPost("/apply/{service}/{kind}", async (string service, string kind, HttpRequest request, ClaimsPrincipal user, OnlineApplication apply, CancellationToken cancellation) =>
            {
                var (view, problem) = await apply.OpenAsync(HallUser.Of(user), service, kind, cancellation);
                return view is null || !request.HasFormContentType
                    ? Opened(view, problem)
                    : Page<ApplyPage>(new() { ["View"] = await apply.SubmitAsync(view, await request.ReadFormAsync(cancellation), cancellation) });
            });
        signedIn.MapGet(HallSelfChecks.Path[PublicSiteOptions.HallPath.Length..] + "/{address}", async (string address, ClaimsPrincipal user, HallSelfChecks checks, CancellationToken cancellation) =>
            await checks.OpenAsync(HallUser.Of(user), address, cancellation) is { } view
                ? (IResult)Page<SelfCheck.MeasureCheckPage>(new() { ["View"] = view })
                : new RazorComponentResult<NotFoundPage>() { StatusCode = StatusCodes.Status404NotFound });
        signedIn.MapHallJobs(signedPosts);
        hall.MapGet(EmployerPath[PublicSiteOptions.HallPath.Length..], () => SignInAgain(CitizenScopes.Employer));
        hall.MapGet(PersonPath[PublicSiteOptions.HallPath.Length..], () => SignInAgain(CitizenScopes.Person));
        hall.MapGet(options.SignIn.SignedOutPath[PublicSiteOptions.HallPath.Length..], (HttpRequest request) => Page<HallSignedOutPage>(new() { ["Failed"] = request.Query.ContainsKey("failed") }));
        posts.MapPost(SignOutPath, () => BrowserSignIn.SignOut(options.SignIn));
    }

    /// <summary>A person's own affairs: never kept by a browser's or a proxy's cache.</summary>
    private static async ValueTask<object?> NoStore(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        context.HttpContext.Response.Headers.CacheControl = "no-store";
        return await next(context);
    }

    /// <summary>The form, or the problem that keeps it from opening (a service down), or the 404 of a measure not taken online.</summary>
    private static IResult Opened(OnlineApplyView? view, ServiceProblem? problem) =>
        view is not null ? Page<ApplyPage>(new() { ["View"] = view })
        : problem is not null ? Page<HallProblemPage>(new() { ["Problem"] = problem })
        : new RazorComponentResult<NotFoundPage>() { StatusCode = StatusCodes.Status404NotFound };

    /// <summary>To the provider again with other scopes: its session signs the person in at once; the employer scope asks which employer.</summary>
    private static IResult SignInAgain(string[] scopes)
    {
        // The challenge's scopes replace the handler's (the collection is unset until given).
        var properties = new OpenIdConnectChallengeProperties { RedirectUri = PublicSiteOptions.HallPath, Scope = [.. scopes] };
        return Results.Challenge(properties, [OpenIdConnectDefaults.AuthenticationScheme]);
    }

    private static RazorComponentResult<ConsentsPage> Consents(ConsentsView view, DateOnly today) =>
        Page<ConsentsPage>(new() { ["View"] = view, ["Today"] = today });

    private static RazorComponentResult<TPage> Page<TPage>(Dictionary<string, object?> parameters)
        where TPage : IComponent => new(parameters);
}

/// <summary>The scopes the hall asks of the provider: a person for themselves, or acting for an employer (法人办事).</summary>
internal static class CitizenScopes
{
    public static readonly string[] Person = ["openid", "offline_access"];

    public static readonly string[] Employer = ["openid", "offline_access", "employer"];
}
