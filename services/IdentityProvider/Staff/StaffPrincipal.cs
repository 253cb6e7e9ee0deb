using System.Security.Claims;
using Employment.IdentityProvider.Domain;
using Employment.ServiceDefaults.Security;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Employment.IdentityProvider.Staff;

/// <summary>
/// What a member of staff's access token says: their 工号 as subject, their role, their office's region and their name.
/// The identity token the workbench reads says the same (it shows the clerk who and where they are signed in as);
/// the services decide by the access token alone.
/// </summary>
public static class StaffPrincipal
{
    public static ClaimsPrincipal For(StaffAccount account, string audience, IEnumerable<string> scopes)
    {
        ArgumentNullException.ThrowIfNull(account);
        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Subject, TokenClaims.Role);
        identity.SetClaim(Claims.Subject, account.StaffNumber);
        identity.SetClaim(TokenClaims.Role, account.StaffRole);
        identity.SetClaim(TokenClaims.RegionCode, account.OfficeRegion);
        identity.SetClaim(Claims.Name, account.DisplayName);
        if (account.MayReview)
        {
            identity.SetClaim(TokenClaims.Review, "true");
        }

        identity.SetDestinations(_ => [Destinations.AccessToken, Destinations.IdentityToken]);
        var principal = new ClaimsPrincipal(identity);
        principal.SetAudiences(audience);
        principal.SetScopes(scopes);
        return principal;
    }
}
