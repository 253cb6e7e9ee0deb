using System.Security.Claims;
using System.Security.Cryptography;
using Employment.IdentityProvider.Data;
using Employment.IdentityProvider.Domain;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;

namespace Employment.IdentityProvider.Pages;

/// <summary>
/// The provider's sessions kept on the server (<see cref="ProviderSession"/>, in its database, which every copy
/// reads): a cookie issued carries a new session's id; a cookie whose session is gone is refused and cleared. Ending a
/// subject's sessions also revokes the tokens the provider issued them (OpenIddict's token store), so an application's
/// refresh is refused too.
/// </summary>
public static class ProviderSessions
{
    /// <summary>The claim of a cookie's principal that names its session.</summary>
    public const string Claim = "employment_session";

    /// <summary>Hooks a cookie scheme's events: a session started on sign-in, checked on every request.</summary>
    public static void KeepOnTheServer(CookieAuthenticationOptions cookie, Func<ClaimsPrincipal, string?> subjectOf)
    {
        ArgumentNullException.ThrowIfNull(cookie);
        ArgumentNullException.ThrowIfNull(subjectOf);
        var signingIn = cookie.Events.OnSigningIn;
        cookie.Events.OnSigningIn = async context =>
        {
            await signingIn(context);
            if (context.Principal?.Identity is ClaimsIdentity identity && subjectOf(context.Principal) is { Length: > 0 } subject)
            {
                var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
                var db = context.HttpContext.RequestServices.GetRequiredService<IdentityProviderDbContext>();
                var time = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>();
                db.ProviderSessions.Add(new ProviderSession { Id = id, Subject = subject, StartedAt = time.GetUtcNow() });
                await db.SaveChangesAsync(context.HttpContext.RequestAborted);
                identity.AddClaim(new Claim(Claim, id));
            }
        };
        var validating = cookie.Events.OnValidatePrincipal;
        cookie.Events.OnValidatePrincipal = async context =>
        {
            var id = context.Principal?.FindFirst(Claim)?.Value;
            var db = context.HttpContext.RequestServices.GetRequiredService<IdentityProviderDbContext>();
            if (id is null || !await db.ProviderSessions.AsNoTracking().AnyAsync(s => s.Id == id, context.HttpContext.RequestAborted))
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(context.Scheme.Name);
                return;
            }

            await validating(context);
        };
    }

    /// <summary>The subject a scheme's cookie on this request names, if it is signed in.</summary>
    public static async Task<string?> SignedInAsync(Microsoft.AspNetCore.Http.HttpContext context, string scheme, Func<ClaimsPrincipal, string?> subjectOf)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(subjectOf);
        var result = await context.AuthenticateAsync(scheme);
        return result.Succeeded ? subjectOf(result.Principal) : null;
    }

    /// <summary>Ends every session of <paramref name="subject"/> at the provider and revokes every token issued to it.</summary>
    public static async Task EndAsync(IServiceProvider services, string subject, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        var db = services.GetRequiredService<IdentityProviderDbContext>();
        await db.ProviderSessions.Where(s => s.Subject == subject).ExecuteDeleteAsync(cancellationToken);
        await services.GetRequiredService<IOpenIddictTokenManager>().RevokeBySubjectAsync(subject, cancellationToken);
    }
}
