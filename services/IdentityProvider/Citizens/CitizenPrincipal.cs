using System.Security.Claims;
using Employment.ServiceDefaults.Security;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Employment.IdentityProvider.Citizens;

/// <summary>
/// What a citizen's tokens say, what <c>Caller</c> reads: their registry person id as subject and role person;
/// or, acting for an employer, role employer with the employer's registry id (employer_id) beside the person.
/// Nothing else of the person (the site reads their name from the registry with the token).
/// </summary>
public static class CitizenPrincipal
{
    /// <summary>The scope a site asks for when the person is to act for an employer (法人办事).</summary>
    public const string EmployerScope = "employer";

    public static ClaimsPrincipal For(string personId, string audience, IEnumerable<string> scopes, string? employerId = null)
    {
        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Subject, TokenClaims.Role);
        identity.SetClaim(Claims.Subject, personId);
        identity.SetClaim(TokenClaims.Role, TokenClaims.RoleName(employerId is null ? CallerRole.Person : CallerRole.Employer));
        if (employerId is not null)
        {
            identity.SetClaim(TokenClaims.EmployerId, employerId);
        }

        identity.SetDestinations(_ => [Destinations.AccessToken, Destinations.IdentityToken]);
        var principal = new ClaimsPrincipal(identity);
        principal.SetAudiences(audience);
        principal.SetScopes(scopes);
        return principal;
    }
}

/// <summary>The citizen's sign-in session at the provider: a cookie of its own, apart from the staff's.</summary>
public static class CitizenSession
{
    public const string Scheme = "citizen-session";

    /// <summary>The session's principal: the person id as subject.</summary>
    public static ClaimsPrincipal For(string personId) =>
        new(new ClaimsIdentity([new Claim(Claims.Subject, personId)], Scheme, Claims.Subject, TokenClaims.Role));

    /// <summary>The person id a session's principal names.</summary>
    public static string? SubjectOf(ClaimsPrincipal principal) => principal?.FindFirst(Claims.Subject)?.Value;
}
