using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Employment.Web.Workbench.SignIn;

/// <summary>
/// A clerk signs in at the identity provider (ASP.NET Core's OpenID Connect handler: the authorization code with PKCE,
/// the provider's password and authenticator pages) and holds the workbench's own session cookie, which keeps the
/// clerk's access and refresh tokens. Every screen needs it; the services decide with the access token alone.
/// </summary>
public static class ClerkSignIn
{
    public const string CallbackPath = WorkbenchOptions.PathBase + "/signin-oidc";

    public const string SignedOutCallbackPath = WorkbenchOptions.PathBase + "/signout-callback-oidc";

    public const string SignedOutPath = WorkbenchOptions.PathBase + "/signed-out";

    public static void AddClerkSignIn(this IServiceCollection services, WorkbenchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!Uri.TryCreate(options.Authority, UriKind.Absolute, out var authority))
        {
            throw new InvalidOperationException("Workbench:Authority must be the identity provider's issuer (the gateway's public address), e.g. https://jiuye.example.gov.cn/.");
        }

        var https = authority.Scheme == Uri.UriSchemeHttps;
        services.AddAuthentication(authentication =>
            {
                authentication.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                authentication.DefaultChallengeScheme = OpenIdConnectDefaults.AuthenticationScheme;
            })
            .AddCookie(cookie =>
            {
                cookie.Cookie.Name = "employment-workbench";
                cookie.Cookie.Path = WorkbenchOptions.PathBase;
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                cookie.Cookie.SecurePolicy = https ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
                cookie.ExpireTimeSpan = options.IdleSession;
                cookie.SlidingExpiration = true;
                cookie.Events.OnValidatePrincipal = ClerkTokenRenewal.RenewWhenDueAsync;
            })
            .AddOpenIdConnect(oidc =>
            {
                oidc.Authority = options.Authority;
                if (options.ProviderAddress.Length > 0)
                {
                    var provider = new Uri(options.ProviderAddress.TrimEnd('/') + "/", UriKind.Absolute);
                    oidc.BackchannelHttpHandler = new ProviderBackchannel(authority, provider);
                }

                oidc.RequireHttpsMetadata = https;
                oidc.ClientId = options.ClientId;
                oidc.ResponseType = "code";
                oidc.UsePkce = true;
                // Back by a plain redirect (not a cross-site form post), so the handler's own cookies may stay SameSite=Lax.
                oidc.ResponseMode = "query";
                oidc.Scope.Clear();
                oidc.Scope.Add("openid");
                oidc.Scope.Add("offline_access");
                oidc.SaveTokens = true;
                oidc.MapInboundClaims = false;
                oidc.GetClaimsFromUserInfoEndpoint = false;
                oidc.DisableTelemetry = true;
                oidc.TokenValidationParameters.NameClaimType = ClerkClaims.NameClaim;
                oidc.TokenValidationParameters.RoleClaimType = ClerkClaims.RoleClaim;
                oidc.CallbackPath = CallbackPath;
                oidc.SignedOutCallbackPath = SignedOutCallbackPath;
                oidc.SignedOutRedirectUri = SignedOutPath;
                oidc.NonceCookie.SameSite = SameSiteMode.Lax;
                oidc.CorrelationCookie.SameSite = SameSiteMode.Lax;
                oidc.NonceCookie.SecurePolicy = oidc.CorrelationCookie.SecurePolicy = https ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
                oidc.NonceCookie.Path = oidc.CorrelationCookie.Path = WorkbenchOptions.PathBase;
                // A refused sign-in (the clerk cancelled, an account disabled) is a page of ours, not an exception.
                oidc.Events.OnRemoteFailure = context =>
                {
                    context.Response.Redirect(SignedOutPath + "?failed=1");
                    context.HandleResponse();
                    return Task.CompletedTask;
                };
            });
        services.AddAuthorization();
    }

    /// <summary>Signs the clerk out here and at the provider, whose session would otherwise sign the next person at this computer in.</summary>
    public static IResult SignOut() => Results.SignOut(
        new AuthenticationProperties { RedirectUri = SignedOutPath },
        [CookieAuthenticationDefaults.AuthenticationScheme, OpenIdConnectDefaults.AuthenticationScheme]);
}
