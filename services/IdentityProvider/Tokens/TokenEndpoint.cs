using System.Security.Claims;
using System.Text.Json;
using Employment.IdentityProvider.Citizens;
using Employment.IdentityProvider.Clients;
using Employment.IdentityProvider.Domain;
using Employment.IdentityProvider.Staff;
using Microsoft.AspNetCore.Identity;
using Employment.ServiceDefaults.Security;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Employment.IdentityProvider.Tokens;

/// <summary>
/// The token endpoint's answer once OpenIddict has checked the request and authenticated the client: a
/// bank's or service's access token names the client as subject, its role and, for a bank, its bank code —
/// what <c>Caller</c> reads — for the platform's services as audience; a member of staff's (a code, or a
/// refresh) names their 工号, role and office region.
/// </summary>
public sealed class TokenEndpoint(IOpenIddictApplicationManager applications, IdentityProviderOptions options, UserManager<StaffAccount> users)
{
    public async Task<IResult> HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The token endpoint was reached without an OpenID Connect request.");
        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            return await SignedInAsync(context);
        }

        if (!request.IsClientCredentialsGrantType())
        {
            return Refuse(Errors.UnsupportedGrantType, "不支持的授权类型。 (The grant type is not supported.)");
        }

        if (await applications.FindByClientIdAsync(request.ClientId!, context.RequestAborted) is not { } client)
        {
            return Refuse(Errors.InvalidClient, "客户端未登记。 (The client is not registered.)");
        }

        var properties = await applications.GetPropertiesAsync(client, context.RequestAborted);
        var role = Text(properties, MachineClients.RoleProperty);
        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Subject, TokenClaims.Role);
        identity.SetClaim(Claims.Subject, request.ClientId);
        identity.SetClaim(TokenClaims.Role, role);
        if (role == TokenClaims.RoleName(CallerRole.Bank))
        {
            identity.SetClaim(TokenClaims.BankCode, Text(properties, MachineClients.BankCodeProperty));
        }

        identity.SetDestinations(_ => [Destinations.AccessToken]);
        var principal = new ClaimsPrincipal(identity);
        principal.SetAudiences(options.Audience);
        return Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    /// <summary>
    /// A code or refresh token. A person's names their registry id again. A member of staff's account is read
    /// again, so a disabled or locked account's refresh is refused at once and its facts (role, office) are
    /// today's, not the sign-in's.
    /// </summary>
    private async Task<IResult> SignedInAsync(HttpContext context)
    {
        var granted = await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        var role = granted.Principal?.GetClaim(TokenClaims.Role);
        var subject = granted.Principal?.GetClaim(Claims.Subject);
        var scopes = granted.Principal?.GetScopes() ?? [];
        if (role == TokenClaims.RoleName(CallerRole.Person) && subject is { Length: > 0 } personId)
        {
            return Results.SignIn(CitizenPrincipal.For(personId, options.Audience, scopes), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        if (role == TokenClaims.RoleName(CallerRole.Employer) && subject is { Length: > 0 } agentId
            && granted.Principal?.GetClaim(TokenClaims.EmployerId) is { Length: > 0 } employerId)
        {
            // The registry is asked again: a grant revoked or ended since the sign-in renews nothing.
            return await context.RequestServices.GetRequiredService<ActingForEmployer>().StillActsForAsync(agentId, employerId, context.RequestAborted)
                ? Results.SignIn(CitizenPrincipal.For(agentId, options.Audience, scopes, employerId), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)
                : Refuse(Errors.InvalidGrant, "您已不能代表该单位办理（授权已撤销或到期），请重新登录。 (The person may no longer act for this employer.)");
        }

        var staffNumber = granted.Principal?.GetClaim(Claims.Subject);
        var account = staffNumber is null ? null : await users.FindByNameAsync(staffNumber);
        if (account is null || account.Disabled || await users.IsLockedOutAsync(account))
        {
            return Refuse(Errors.InvalidGrant, "该账号已停用或锁定，请重新登录或联系管理员。 (The account is disabled or locked.)");
        }

        return Results.SignIn(StaffPrincipal.For(account, options.Audience, granted.Principal!.GetScopes()), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static string Text(IReadOnlyDictionary<string, JsonElement> properties, string name) =>
        properties.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? "" : "";

    private static IResult Refuse(string error, string description) =>
        Results.Forbid(
            new AuthenticationProperties(new Dictionary<string, string?>
            {
                [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
                [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
            }),
            [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
