using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.DependencyInjection;

namespace Employment.Web.Kit.SignIn;

/// <summary>
/// How an application signs its users in: at the identity provider (<see cref="Authority"/>, its issuer) as the browser
/// application <see cref="ClientId"/>, its pages under <see cref="PathBase"/>, its session kept on the server
/// (<see cref="ServerSessions"/>) under the key the cookie <see cref="CookieName"/> carries (that path only), ended
/// after <see cref="IdleSession"/> without use and on sign-out.
/// </summary>
public sealed record BrowserSignInSettings(string Authority, string ProviderAddress, string ClientId, string PathBase, string CookieName, TimeSpan IdleSession)
{
    /// <summary>Where the provider sends the browser back with the code.</summary>
    public string CallbackPath => PathBase + "/signin-oidc";

    /// <summary>Where the provider sends the browser back after signing out there.</summary>
    public string SignedOutCallbackPath => PathBase + "/signout-callback-oidc";

    /// <summary>The application's own page saying the user is signed out (or was not signed in, with <c>?failed=1</c>).</summary>
    public string SignedOutPath => PathBase + "/signed-out";
}

/// <summary>
/// A user signs in at the identity provider (ASP.NET Core's OpenID Connect handler: the authorization code with PKCE,
/// the provider's own pages) and holds the application's session cookie, which keeps their access and refresh tokens
/// (<see cref="SessionTokens"/> sends the access token on every call; <see cref="TokenRenewal"/> renews it). The
/// services decide with the access token alone.
/// </summary>
public static class BrowserSignIn
{
    public static void AddBrowserSignIn(this IServiceCollection services, BrowserSignInSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (!Uri.TryCreate(settings.Authority, UriKind.Absolute, out var authority))
        {
            throw new InvalidOperationException("The sign-in's Authority must be the identity provider's issuer (the gateway's public address), e.g. https://jiuye.example.gov.cn/.");
        }

        var https = authority.Scheme == Uri.UriSchemeHttps;
        services.AddAuthentication(authentication =>
            {
                authentication.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                authentication.DefaultChallengeScheme = OpenIdConnectDefaults.AuthenticationScheme;
            })
            .AddCookie(cookie =>
            {
                cookie.Cookie.Name = settings.CookieName;
                cookie.Cookie.Path = settings.PathBase;
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                cookie.Cookie.SecurePolicy = https ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
                cookie.ExpireTimeSpan = settings.IdleSession;
                cookie.SlidingExpiration = true;
                cookie.Events.OnValidatePrincipal = TokenRenewal.RenewWhenDueAsync;
            })
            .AddOpenIdConnect(oidc =>
            {
                oidc.Authority = settings.Authority;
                if (settings.ProviderAddress.Length > 0)
                {
                    var provider = new Uri(settings.ProviderAddress.TrimEnd('/') + "/", UriKind.Absolute);
                    oidc.BackchannelHttpHandler = new ProviderBackchannel(authority, provider);
                }

                oidc.RequireHttpsMetadata = https;
                oidc.ClientId = settings.ClientId;
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
                oidc.TokenValidationParameters.NameClaimType = "name";
                oidc.TokenValidationParameters.RoleClaimType = "role";
                oidc.CallbackPath = settings.CallbackPath;
                oidc.SignedOutCallbackPath = settings.SignedOutCallbackPath;
                oidc.SignedOutRedirectUri = settings.SignedOutPath;
                oidc.NonceCookie.SameSite = SameSiteMode.Lax;
                oidc.CorrelationCookie.SameSite = SameSiteMode.Lax;
                oidc.NonceCookie.SecurePolicy = oidc.CorrelationCookie.SecurePolicy = https ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
                oidc.NonceCookie.Path = oidc.CorrelationCookie.Path = settings.PathBase;
                // A refused sign-in (the user cancelled, an account disabled) is a page of ours, not an exception.
                oidc.Events.OnRemoteFailure = context =>
                {
                    context.Response.Redirect(settings.SignedOutPath + "?failed=1");
                    context.HandleResponse();
                    return Task.CompletedTask;
                };
            });
        ServerSessions.KeepFor(services, settings.CookieName);
        services.AddAuthorization();
        services.AddHttpContextAccessor();
    }

    /// <summary>
    /// The sign-in's return address is the one the browser used: the gateway's host and scheme, as it forwards them,
    /// trusted from loopback and <paramref name="trustedProxyNetworks"/> (CIDR) only.
    /// </summary>
    public static void TrustTheGatewaysForwarding(this IServiceCollection services, IEnumerable<string> trustedProxyNetworks)
    {
        ArgumentNullException.ThrowIfNull(trustedProxyNetworks);
        services.Configure<ForwardedHeadersOptions>(forwarded =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedHost | ForwardedHeaders.XForwardedProto;
            foreach (var network in trustedProxyNetworks)
            {
                forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
    }

    /// <summary>Signs the user out here and at the provider, whose session would otherwise sign the next person at this computer in.</summary>
    public static IResult SignOut(BrowserSignInSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return Results.SignOut(
            new AuthenticationProperties { RedirectUri = settings.SignedOutPath },
            [CookieAuthenticationDefaults.AuthenticationScheme, OpenIdConnectDefaults.AuthenticationScheme]);
    }
}
