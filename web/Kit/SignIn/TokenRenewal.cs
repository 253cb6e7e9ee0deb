using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Employment.Web.Kit.SignIn;

/// <summary>
/// A signed-in user's access token lives minutes (the provider's <c>AccessTokenLifetime</c>); a page opened after that
/// sends a renewed one. When the session's token is due (less than a minute left), the refresh token is redeemed at the
/// provider's token endpoint and the session keeps the new tokens. The provider reads the account again on every
/// refresh: a disabled clerk, one moved to another office, an agent whose grant was revoked, is refused or renewed as
/// they now are. A refused refresh ends the session, so the next page asks them to sign in again.
/// </summary>
public static partial class TokenRenewal
{
    private static readonly TimeSpan Ahead = TimeSpan.FromMinutes(1);

    public static async Task RenewWhenDueAsync(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var services = context.HttpContext.RequestServices;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        if (!DateTimeOffset.TryParse(context.Properties.GetTokenValue("expires_at"), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var expires)
            || expires - Ahead > now)
        {
            return;
        }

        var oidc = services.GetRequiredService<IOptionsMonitor<OpenIdConnectOptions>>().Get(OpenIdConnectDefaults.AuthenticationScheme);
        var renewed = context.Properties.GetTokenValue("refresh_token") is { Length: > 0 } refresh
            ? await RedeemAsync(oidc, refresh, context.HttpContext.RequestAborted)
            : null;
        if (renewed?.AccessToken is not { Length: > 0 })
        {
            NotRenewed(services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(TokenRenewal)), context.Principal?.FindFirst("sub")?.Value ?? "", renewed?.Error ?? "no_refresh_token");
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return;
        }

        context.Properties.UpdateTokenValue("access_token", renewed.AccessToken);
        if (renewed.RefreshToken is { Length: > 0 })
        {
            context.Properties.UpdateTokenValue("refresh_token", renewed.RefreshToken);
        }

        if (int.TryParse(renewed.ExpiresIn, CultureInfo.InvariantCulture, out var seconds))
        {
            context.Properties.UpdateTokenValue("expires_at", now.AddSeconds(seconds).ToString("o", CultureInfo.InvariantCulture));
        }

        context.ShouldRenew = true;
    }

    private static async Task<OpenIdConnectMessage?> RedeemAsync(OpenIdConnectOptions oidc, string refreshToken, CancellationToken cancellationToken)
    {
        var configuration = await oidc.ConfigurationManager!.GetConfigurationAsync(cancellationToken);
        using var request = new HttpRequestMessage(HttpMethod.Post, configuration.TokenEndpoint)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "refresh_token",
                ["client_id"] = oidc.ClientId!,
                ["refresh_token"] = refreshToken,
            }),
        };
        try
        {
            using var response = await oidc.Backchannel.SendAsync(request, cancellationToken);
            return new OpenIdConnectMessage(await response.Content.ReadAsStringAsync(cancellationToken));
        }
        catch (HttpRequestException)
        {
            return null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sign-in: the session of {Subject} ended, its token not renewed ({Reason})")]
    private static partial void NotRenewed(ILogger logger, string subject, string reason);
}
