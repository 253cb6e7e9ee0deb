using Employment.IdentityProvider.Citizens;
using Employment.IdentityProvider.Domain;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;

namespace Employment.IdentityProvider.Staff;

/// <summary>
/// The authorization endpoint once OpenIddict has checked the request (a registered client, its exact
/// redirect address, PKCE). For the staff's applications a member of staff not signed in goes to the sign-in
/// pages and comes back; one signed in gets a code naming their account; a disabled account is signed out and
/// sent to sign in again. For the citizens' (<see cref="BrowserClientUsers.Citizens"/>) a person not signed in
/// goes to the citizens' sign-in, one signed in gets a code naming their registry person id, or, when the site
/// asks for the employer scope, the employer they choose to act for (<see cref="ActingForEmployer"/>).
/// </summary>
public sealed class AuthorizeEndpoint(UserManager<StaffAccount> users, SignInManager<StaffAccount> signIn, IdentityProviderOptions options)
{
    public async Task<IResult> HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The authorization endpoint was reached without an OpenID Connect request.");
        var here = context.Request.PathBase + context.Request.Path + context.Request.QueryString;
        if (options.Applications.Find(a => a.ClientId == request.ClientId)?.Users == BrowserClientUsers.Citizens)
        {
            var citizen = await context.AuthenticateAsync(CitizenSession.Scheme);
            if (!citizen.Succeeded || citizen.Principal?.FindFirst(OpenIddictConstants.Claims.Subject)?.Value is not { Length: > 0 } personId)
            {
                return Results.Redirect("/citizen/signin?returnUrl=" + Uri.EscapeDataString(here));
            }

            return request.HasScope(CitizenPrincipal.EmployerScope)
                ? await context.RequestServices.GetRequiredService<ActingForEmployer>().DecideAsync(context, request, personId, options.Audience)
                : Results.SignIn(CitizenPrincipal.For(personId, options.Audience, request.GetScopes()), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        var session = await context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        if (!session.Succeeded || await users.GetUserAsync(session.Principal!) is not { } account)
        {
            return Results.Redirect("/signin?returnUrl=" + Uri.EscapeDataString(here));
        }

        if (account.Disabled || await users.IsLockedOutAsync(account))
        {
            await signIn.SignOutAsync();
            return Results.Redirect("/signin?returnUrl=" + Uri.EscapeDataString(here));
        }

        return Results.SignIn(StaffPrincipal.For(account, options.Audience, request.GetScopes()), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }
}
