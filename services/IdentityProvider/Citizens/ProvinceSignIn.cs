using Employment.IdentityNumbers;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenIddict.Client;
using OpenIddict.Client.AspNetCore;
using Employment.ServiceDefaults.Time;
using static Employment.IdentityProvider.Pages.ProviderPages;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Employment.IdentityProvider.Citizens;

/// <summary>
/// Citizens through the province's unified identity (统一身份认证): this service is its OpenID Connect client
/// (OpenIddict's, authorization code with PKCE, the identity token checked against the province's published
/// keys). Back from it, the identity number it asserts (<see cref="ProvinceIdentityOptions.IdNumberClaim"/>,
/// its check character verified) is matched in the registry, whose person id the session and then the tokens
/// name. Someone the registry does not hold is told where to register; each outcome goes to the sign-in log.
/// </summary>
public static partial class ProvinceSignIn
{
    public const string StartPath = "/citizen/signin/province";
    public const string CallbackPath = "/citizen/province/callback";

    public static void AddProvinceIdentity(this IServiceCollection services, ProvinceIdentityOptions province)
    {
        ArgumentNullException.ThrowIfNull(province);
        if (!Uri.TryCreate(province.Authority, UriKind.Absolute, out var authority) || province.ClientId.Length == 0 || province.ClientSecret.Length == 0)
        {
            throw new InvalidOperationException("IdentityProvider:Citizens:Province needs Authority (the province's absolute issuer), ClientId and ClientSecret.");
        }

        services.AddOpenIddict().AddClient(client =>
        {
            client.AllowAuthorizationCodeFlow();
            // OpenIddict asks for keys of its own all the same; the state itself is protected by data protection below.
            client.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
            client.SetRedirectionEndpointUris(CallbackPath.TrimStart('/'));
            // TLS ends at the gateway; the provider itself is reached over the cluster's network.
            client.UseAspNetCore().EnableRedirectionEndpointPassthrough().DisableTransportSecurityRequirement()
                .Configure(host =>
                {
                    // The province answers by a top-level redirect (response mode query), which carries a Lax cookie; so
                    // the correlation cookie is Lax and Secure when the request came over TLS, rather than the default
                    // None-and-always-Secure, which a browser drops on the cluster's plain HTTP.
                    host.CookieBuilder.SameSite = SameSiteMode.Lax;
                    host.CookieBuilder.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                });
            client.UseSystemNetHttp();
            // The state kept while a citizen is at the province, readable by whichever copy they come back to.
            client.UseDataProtection();
            client.AddRegistration(new OpenIddictClientRegistration
            {
                Issuer = authority,
                ClientId = province.ClientId,
                ClientSecret = province.ClientSecret,
                RedirectUri = new Uri(CallbackPath.TrimStart('/'), UriKind.Relative),
                Scopes = { Scopes.OpenId },
                ProviderDisplayName = province.DisplayName,
            });
        });
    }

    /// <summary>The way out to the province and back; without the stand-in, the citizens' sign-in page is the way out itself.</summary>
    public static void MapProvinceSignIn(this WebApplication app, bool standIn)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet(StartPath, (string? returnUrl) =>
            Results.Challenge(new AuthenticationProperties { RedirectUri = Local(returnUrl) }, [OpenIddictClientAspNetCoreDefaults.AuthenticationScheme]));
        if (!standIn)
        {
            app.MapGet("/citizen/signin", (string? returnUrl) => Results.Redirect(StartPath + "?returnUrl=" + Uri.EscapeDataString(Local(returnUrl))));
        }

        app.MapMethods(CallbackPath, [HttpMethods.Get, HttpMethods.Post], CallbackAsync);
    }

    private static async Task<IResult> CallbackAsync(HttpContext context, RegistryPeople registry, IdentityProviderOptions options, TimeProvider time, ILogger<RegistryPeople> log)
    {
        var province = options.Citizens.Province;
        var back = await context.AuthenticateAsync(OpenIddictClientAspNetCoreDefaults.AuthenticationScheme);
        if (!back.Succeeded || back.Principal is null)
        {
            ProvinceRefused(log, "-", "province_sign_in_failed", Address(context));
            return Answer($"{province.DisplayName}未完成登录，请重新登录。", StatusCodes.Status401Unauthorized, province);
        }

        var asserted = back.Principal.FindFirst(province.IdNumberClaim)?.Value ?? "";
        var today = ChinaClock.DateOf(time.GetUtcNow());
        if (!ResidentIdNumber.TryParse(asserted, today, out var idNumber, out _))
        {
            ProvinceRefused(log, "-", asserted.Length == 0 ? "no_id_number" : "bad_id_number", Address(context));
            return Answer($"{province.DisplayName}没有提供有效的居民身份证号码，无法办理。请确认以实名方式登录。", StatusCodes.Status403Forbidden, province);
        }

        var person = await registry.FindAsync(idNumber.Value, context.RequestAborted);
        if (person is null)
        {
            ProvinceRefused(log, idNumber.Masked, "not_registered", Address(context));
            return Answer("您尚未在人社部门登记。请携带居民身份证到就近的人社窗口办理登记后再登录。", StatusCodes.Status403Forbidden, province);
        }

        await context.SignInAsync(CitizenSession.Scheme, CitizenSession.For(person.PersonId));
        CitizenSignInLog.SignedIn(log, person.PersonId, Address(context));
        return Results.Redirect(Local(back.Properties?.RedirectUri));
    }

    private static IResult Answer(string problem, int status, ProvinceIdentityOptions province) =>
        Results.Content(Frame("登录未完成", problem, $"""<p class="hint">登录方式：{E(province.DisplayName)}。</p>"""), "text/html; charset=utf-8", statusCode: status);

    [LoggerMessage(EventId = 4216, Level = LogLevel.Warning, Message = "Citizen sign-in through the province refused: {IdNumberMasked} ({Reason}) from {Address}")]
    private static partial void ProvinceRefused(ILogger logger, string idNumberMasked, string reason, string address);
}
