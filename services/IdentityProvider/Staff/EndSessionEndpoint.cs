using Employment.IdentityProvider.Citizens;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Server.AspNetCore;

namespace Employment.IdentityProvider.Staff;

/// <summary>
/// Signing out (<c>/connect/endsession</c>, once OpenIddict has checked the request): the provider's own session
/// ends, whoever held it (a clerk's or a citizen's), and the browser goes back to the application's registered
/// <c>post_logout_redirect_uri</c>. A counter computer is shared: a clerk who signs out of the workbench must not
/// leave a session the next person at that computer would be signed in by.
/// </summary>
public sealed class EndSessionEndpoint
{
    public async Task<IResult> HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        await context.SignOutAsync(IdentityConstants.ApplicationScheme);
        await context.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme);
        await context.SignOutAsync(CitizenSession.Scheme);
        // OpenIddict sends the browser to the validated post-logout address, or here when the request named none.
        return Results.SignOut(new AuthenticationProperties { RedirectUri = "/signin/done" }, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }
}
