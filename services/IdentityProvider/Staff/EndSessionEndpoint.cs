using Employment.IdentityProvider.Citizens;
using Employment.IdentityProvider.Pages;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Server.AspNetCore;

namespace Employment.IdentityProvider.Staff;

/// <summary>
/// Signing out (<c>/connect/endsession</c>, once OpenIddict has checked the request): the provider's own session
/// ends, whoever held it (a clerk's or a citizen's), on the server as well as in the browser — every session of that
/// clerk or person at the provider, and every token issued to them, so that a copy of a cookie taken before signs no
/// one in and no application renews its session with a refresh token (<see cref="ProviderSessions"/>). The browser
/// goes back to the application's registered <c>post_logout_redirect_uri</c>. A counter computer is shared: a clerk
/// who signs out of the workbench must not leave a session the next person at that computer would be signed in by.
/// A request that names the session it ends (<c>id_token_hint</c>, as the workbench and the hall send it, checked by
/// OpenIddict) signs out at once; one that does not, while someone is signed in, is asked first (退出登录？) and signs out
/// only when that page's form comes back with its antiforgery token, so a link or a form on another site ends no one's
/// sessions.
/// </summary>
public sealed class EndSessionEndpoint
{
    /// <summary>The confirmation form's field that says the person chose to sign out.</summary>
    private const string Confirmed = "confirm_sign_out";

    public async Task<IResult> HandleAsync(HttpContext context, IAntiforgery antiforgery)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(antiforgery);
        var subjects = new[]
        {
            await ProviderSessions.SignedInAsync(context, IdentityConstants.ApplicationScheme, StaffSession.SubjectOf),
            await ProviderSessions.SignedInAsync(context, CitizenSession.Scheme, CitizenSession.SubjectOf),
        };
        var request = context.GetOpenIddictServerRequest();
        if (string.IsNullOrEmpty(request?.IdTokenHint) && subjects.Any(s => s is not null) && !await ChoseToSignOutAsync(context, antiforgery))
        {
            return ProviderPages.Respond(context, antiforgery, tokens => ConfirmPage(tokens, request));
        }

        foreach (var subject in subjects)
        {
            if (subject is not null)
            {
                await ProviderSessions.EndAsync(context.RequestServices, subject, context.RequestAborted);
            }
        }

        await context.SignOutAsync(IdentityConstants.ApplicationScheme);
        await context.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme);
        await context.SignOutAsync(CitizenSession.Scheme);
        // OpenIddict sends the browser to the validated post-logout address, or here when the request named none.
        return Results.SignOut(new AuthenticationProperties { RedirectUri = "/signin/done" }, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }

    private static async Task<bool> ChoseToSignOutAsync(HttpContext context, IAntiforgery antiforgery) =>
        HttpMethods.IsPost(context.Request.Method) && context.Request.HasFormContentType
        && (await context.Request.ReadFormAsync(context.RequestAborted))[Confirmed] == "1"
        && await antiforgery.IsRequestValidAsync(context);

    /// <summary>退出登录？: the request's own parameters posted back with the choice, so OpenIddict checks them again.</summary>
    private static string ConfirmPage(AntiforgeryTokenSet tokens, OpenIddict.Abstractions.OpenIddictRequest? request)
    {
        var kept = new[] { ("client_id", request?.ClientId), ("post_logout_redirect_uri", request?.PostLogoutRedirectUri), ("state", request?.State) }
            .Where(p => !string.IsNullOrEmpty(p.Item2))
            .Select(p => $"<input type=\"hidden\" name=\"{p.Item1}\" value=\"{ProviderPages.E(p.Item2!)}\">");
        return ProviderPages.Frame("退出登录", null, $"""
            <p>是否退出就业创业服务平台的登录？退出后，在这台电脑上使用的工作台和网上办事都需要重新登录。</p>
            <form method="post" action="/connect/endsession">
              <input type="hidden" name="{ProviderPages.E(tokens.FormFieldName)}" value="{ProviderPages.E(tokens.RequestToken!)}">
              <input type="hidden" name="{Confirmed}" value="1">
              {string.Join("", kept)}
              <button type="submit" autofocus>退出登录</button>
            </form>
            <p class="hint">如果不是您要退出，关闭这个页面即可，登录不受影响。</p>
            """);
    }
}

/// <summary>A clerk's session at the provider (Identity's application cookie): its principal's name is the 工号.</summary>
public static class StaffSession
{
    public static string? SubjectOf(System.Security.Claims.ClaimsPrincipal principal) => principal?.Identity?.Name;
}
