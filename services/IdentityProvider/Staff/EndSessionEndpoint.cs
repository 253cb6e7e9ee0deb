using Employment.IdentityProvider.Citizens;
using Employment.IdentityProvider.Pages;
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
/// </summary>
public sealed class EndSessionEndpoint
{
    public async Task<IResult> HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var subject in new[]
        {
            await ProviderSessions.SignedInAsync(context, IdentityConstants.ApplicationScheme, StaffSession.SubjectOf),
            await ProviderSessions.SignedInAsync(context, CitizenSession.Scheme, CitizenSession.SubjectOf),
        })
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
}

/// <summary>A clerk's session at the provider (Identity's application cookie): its principal's name is the 工号.</summary>
public static class StaffSession
{
    public static string? SubjectOf(System.Security.Claims.ClaimsPrincipal principal) => principal?.Identity?.Name;
}
