using System.Net;
using Employment.IdentityProvider.Citizens;
using Employment.IdentityProvider.Clients;
using Employment.IdentityProvider.Data;
using Employment.IdentityProvider.Discovery;
using Employment.IdentityProvider.Domain;
using Employment.IdentityProvider.Keys;
using Employment.IdentityProvider.Pages;
using Employment.IdentityProvider.Staff;
using Microsoft.AspNetCore.Identity;
using Employment.IdentityProvider.Tokens;
using Employment.Persistence;
using Employment.ServiceDefaults.Clients;
using Employment.ServiceDefaults.Configuration;
using Employment.ServiceDefaults.Messaging;
using Employment.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Employment.IdentityProvider;

/// <summary>
/// Builds the identity provider, as its own program and inside the local launcher: one HTTP/1.1 port
/// (<c>Listen:Address</c>, <c>Listen:Port</c>) that the gateway routes the public endpoints to and the
/// services read the keys from, OpenIddict's server on its own database, and <c>/healthz</c>.
/// </summary>
/// <remarks>
/// Endpoints: <c>/.well-known/openid-configuration</c> (discovery), <c>/.well-known/jwks</c> (the public
/// keys), <c>/connect/token</c> (client credentials, codes, refresh), <c>/connect/authorize</c>, <c>/connect/endsession</c> (signing out), the staff's
/// <c>/signin</c> pages and, with the Development stand-in, the citizens' <c>/citizen/signin</c>. Defaults come from <c>identity-provider.json</c> beside
/// the assembly; appsettings, <c>Employment__</c> environment variables, secret files and the command line
/// override them.
/// </remarks>
public static class IdentityProviderHost
{
    public const string DefaultsFile = "identity-provider.json";

    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Configuration.AddPlatformSources(DefaultsFile);
        var options = builder.Configuration.GetSection(IdentityProviderOptions.SectionName).Get<IdentityProviderOptions>() ?? new IdentityProviderOptions();
        if (!Uri.TryCreate(options.Issuer, UriKind.Absolute, out var issuer))
        {
            throw new InvalidOperationException("IdentityProvider:Issuer must be the absolute public address callers reach the provider at (the gateway's), e.g. https://jiuye.example.gov.cn/.");
        }

        var keys = ProviderSigningKeys.Load(options, builder.Environment.IsDevelopment());
        builder.Services.AddSingleton(options);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            // The gateway and the services are its callers: HTTP/1.1 on loopback or the pod's address.
            var listen = builder.Configuration.GetSection("Listen");
            kestrel.Listen(IPAddress.Parse(listen["Address"] ?? "127.0.0.1"), listen.GetValue<int>("Port"), endpoint => endpoint.Protocols = HttpProtocols.Http1);
        });
        builder.Services.AddServiceDatabase<IdentityProviderDbContext, SqliteIdentityProviderDbContext, PostgresIdentityProviderDbContext>(builder.Configuration, "IdentityProvider");
        // The sessions' cookies, the forms' antiforgery tokens, codes and refresh tokens: protected with keys kept in
        // the provider's database, so that any copy reads what another wrote.
        builder.Services.AddDataProtection().SetApplicationName("employment-identity-provider").PersistKeysToDbContext<IdentityProviderDbContext>();
        StaffAccounts(builder.Services, options);
        Citizens(builder, options, keys[0]);
        builder.Services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<IdentityProviderDbContext>())
            .AddServer(server =>
            {
                server.SetIssuer(issuer)
                    .SetTokenEndpointUris("connect/token")
                    .SetAuthorizationEndpointUris("connect/authorize")
                    .SetEndSessionEndpointUris("connect/endsession")
                    .SetJsonWebKeySetEndpointUris(".well-known/jwks")
                    .AllowClientCredentialsFlow()
                    .AllowAuthorizationCodeFlow()
                    .RequireProofKeyForCodeExchange()
                    // S256 only (RFC 9700 2.1.1): a plain challenge is the verifier itself, readable wherever the request was.
                    .Configure(server => server.CodeChallengeMethods.Remove(CodeChallengeMethods.Plain))
                    .AllowRefreshTokenFlow()
                    .RegisterScopes(Scopes.OpenId, Scopes.OfflineAccess, CitizenPrincipal.EmployerScope)
                    .SetAccessTokenLifetime(options.AccessTokenLifetime)
                    // The services verify the token themselves (a JWT signed by a published key), not ask the provider.
                    .DisableAccessTokenEncryption()
                    // Nothing is encrypted for the provider itself yet; OpenIddict asks for a key all the same.
                    .AddEphemeralEncryptionKey()
                    .AnswerEndpointsAtTheIssuer(issuer);
                foreach (var key in keys)
                {
                    server.AddSigningKey(key);
                }

                // TLS ends at the gateway (the public address) and inside the cluster the provider is reached over its network.
                server.UseAspNetCore().EnableTokenEndpointPassthrough().EnableAuthorizationEndpointPassthrough().EnableEndSessionEndpointPassthrough().DisableTransportSecurityRequirement();
                // Codes and refresh tokens protected with the data-protection keys every copy reads from the database,
                // so a code one copy issued is redeemed at another; access tokens stay JWTs the services verify.
                server.UseDataProtection().PreferDefaultAccessTokenFormat();
            })
            // The admin's calls carry this provider's own access tokens, checked against its own keys.
            .AddValidation(validation =>
            {
                validation.UseLocalServer();
                validation.AddAudiences(options.Audience);
                validation.UseAspNetCore();
            });
        builder.Services.AddAuthorization(authorization => authorization.AddPolicy(StaffAdministration.Policy, policy => policy
            .AddAuthenticationSchemes(OpenIddict.Validation.AspNetCore.OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme)
            .RequireClaim(Employment.ServiceDefaults.Security.TokenClaims.Role, "admin")));
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddScoped<MachineClients>();
        builder.Services.AddScoped<TokenEndpoint>();
        builder.Services.AddScoped<AuthorizeEndpoint>();
        builder.Services.AddScoped<SignInFailures>();
        builder.Services.AddSingleton<EndSessionEndpoint>();
        builder.Services.AddAntiforgery(antiforgery => antiforgery.Cookie.Name = "employment-signin-af");
        builder.Services.AddSignInThrottle(options);
        // A malformed body is a 400 the error answer names (Pages/ProviderErrors), in Development as elsewhere.
        builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(routes => routes.ThrowOnBadRequest = true);
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseProviderErrors();
        app.UseSignInThrottle();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapGet("/healthz", () => Results.Text("ok"));
        app.MapPost("/connect/token", (HttpContext context, TokenEndpoint endpoint) => endpoint.HandleAsync(context));
        app.MapMethods("/connect/authorize", ["GET", "POST"], (HttpContext context, AuthorizeEndpoint endpoint) => endpoint.HandleAsync(context));
        app.MapMethods("/connect/endsession", ["GET", "POST"], (HttpContext context, EndSessionEndpoint endpoint, Microsoft.AspNetCore.Antiforgery.IAntiforgery antiforgery) => endpoint.HandleAsync(context, antiforgery));
        app.MapGet("/signin/done", () => Results.Content("<!doctype html><html lang=\"zh-CN\"><meta charset=\"utf-8\"><title>已登录</title><p>已登录。请回到要使用的系统。</p></html>", "text/html; charset=utf-8"));
        app.MapStaffSignIn();
        app.MapStaffAdministration();
        if (options.Citizens.RealNameStandIn)
        {
            app.MapRealNameSignIn();
        }

        if (options.Citizens.Province.Configured)
        {
            app.MapProvinceSignIn(standIn: options.Citizens.RealNameStandIn);
        }

        return app;
    }

    /// <summary>
    /// Citizens' sign-in: their session cookie; the registry client (with a service token the provider signs
    /// itself: it is the issuer), where a person is matched and whom they may act for is asked; and, with the
    /// Development stand-in, the one-time codes and the SMS outbox file.
    /// </summary>
    private static void Citizens(WebApplicationBuilder builder, IdentityProviderOptions options, Microsoft.IdentityModel.Tokens.SecurityKey signingKey)
    {
        builder.Services.AddAuthentication().AddCookie(CitizenSession.Scheme, cookie =>
        {
            cookie.Cookie.Name = "employment-citizen-session";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.ExpireTimeSpan = options.Citizens.IdleSession;
            cookie.SlidingExpiration = true;
            cookie.LoginPath = "/citizen/signin";
            ProviderSessions.KeepOnTheServer(cookie, CitizenSession.SubjectOf);
        });
        // The registry's address is read at the first call: Citizens:RegistryAddress, else Services:applicants as every
        // host finds the registry (the launcher sets it once the registry, started after the provider, listens).
        builder.Services.AddSingleton<IServiceTokenSource>(sp => new MintingServiceTokenSource(
            new TokenIssuer(signingKey, options.Issuer, options.Audience, sp.GetRequiredService<TimeProvider>()), "identity-provider", sp.GetRequiredService<TimeProvider>()));
        builder.Services.AddServiceClient<Applicants.V1.Applicants.ApplicantsClient>(
            Applicants.V1.Applicants.Descriptor,
            sp => options.Citizens.RegistryAddress is { Length: > 0 } configured ? new Uri(configured) : ServiceAddresses.Of(sp.GetRequiredService<IConfiguration>(), PlatformServices.Applicants),
            _ => options.Citizens.RegistryTimeout,
            nameof(Applicants.V1.Applicants.ApplicantsClient.GetProfile), nameof(Applicants.V1.Applicants.ApplicantsClient.ListActingFor),
            nameof(Applicants.V1.Applicants.ApplicantsClient.RecordStaffMember));
        builder.Services.AddSingleton<RegistryPeople>();
        builder.Services.AddSingleton<StaffDirectorySync>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<StaffDirectorySync>());
        builder.Services.AddScoped<ActingForEmployer>();
        if (options.Citizens.Province.Configured)
        {
            builder.Services.AddProvinceIdentity(options.Citizens.Province);
        }
        else if (!options.Citizens.RealNameStandIn && options.Applications.Exists(a => a.Users == BrowserClientUsers.Citizens))
        {
            throw new InvalidOperationException("A citizens' application is configured but no way for citizens to sign in: set IdentityProvider:Citizens:Province (the province's unified identity), or in Development Citizens:RealNameStandIn.");
        }

        if (!options.Citizens.RealNameStandIn)
        {
            return;
        }

        if (!builder.Environment.IsDevelopment())
        {
            throw new InvalidOperationException("IdentityProvider:Citizens:RealNameStandIn is set outside the Development environment; citizens sign in through the province's unified identity there, never the stand-in.");
        }

        builder.Services.AddScoped<SignInCodes>();
        var outbox = options.Citizens.SmsOutbox is { Length: > 0 } configured
            ? configured
            : Path.Combine(builder.Configuration["DataDirectory"] ?? ".data", "sms-outbox.txt");
        builder.Services.AddSingleton<ISmsSender>(sp => new DevelopmentSmsOutbox(outbox, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<DevelopmentSmsOutbox>>()));
    }

    /// <summary>
    /// The staff's accounts (ASP.NET Core Identity on the provider's database): the lockout and the session as
    /// configured, the session cookie ending after the idle time and on sign-out (its session kept on the server,
    /// <see cref="ProviderSessions"/>), the authenticator's TOTP.
    /// </summary>
    private static void StaffAccounts(IServiceCollection services, IdentityProviderOptions options)
    {
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies(cookies => cookies.ApplicationCookie?.Configure(cookie =>
        {
            cookie.Cookie.Name = "employment-staff-session";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Lax;
            cookie.ExpireTimeSpan = options.Staff.IdleSession;
            cookie.SlidingExpiration = true;
            cookie.LoginPath = "/signin";
            ProviderSessions.KeepOnTheServer(cookie, StaffSession.SubjectOf);
        }));
        services.AddIdentityCore<StaffAccount>(identity =>
            {
                // The account itself locks only on wrong authenticator codes, typed after the right password; wrong
                // passwords lock the 工号 per address (Staff/SignInFailures), so that no one elsewhere can aim a lockout.
                identity.Lockout.AllowedForNewUsers = true;
                identity.Lockout.MaxFailedAccessAttempts = options.Staff.MaxFailedAttempts;
                identity.Lockout.DefaultLockoutTimeSpan = options.Staff.Lockout;
                identity.Password.RequiredLength = 10;
                identity.User.RequireUniqueEmail = false;
                identity.Tokens.AuthenticatorTokenProvider = OnceOnlyAuthenticator.Name;
            })
            .AddEntityFrameworkStores<IdentityProviderDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddTokenProvider<OnceOnlyAuthenticator>(OnceOnlyAuthenticator.Name);
        // The security stamp is checked on every request (a disabled account's cookie ends at once), and the principal it
        // rebuilds keeps the cookie's server-side session.
        services.Configure<SecurityStampValidatorOptions>(stamp =>
        {
            stamp.ValidationInterval = TimeSpan.Zero;
            stamp.OnRefreshingPrincipal = refreshing =>
            {
                if (refreshing.CurrentPrincipal?.FindFirst(ProviderSessions.Claim) is { } session && refreshing.NewPrincipal?.Identity is System.Security.Claims.ClaimsIdentity identity)
                {
                    identity.AddClaim(new System.Security.Claims.Claim(ProviderSessions.Claim, session.Value));
                }

                return Task.CompletedTask;
            };
        });
    }

    /// <summary>Brings the database up to date and writes the configured clients, before the provider answers.</summary>
    public static async Task InitializeAsync(WebApplication app, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(app);
        await ServiceDatabase.MigrateAsync<IdentityProviderDbContext>(app.Services, cancellationToken);
        await using var scope = app.Services.CreateAsyncScope();
        var options = scope.ServiceProvider.GetRequiredService<IdentityProviderOptions>();
        var clients = scope.ServiceProvider.GetRequiredService<MachineClients>();
        await clients.RegisterAsync(options.Clients, app.Environment.IsDevelopment(), cancellationToken);
        await clients.RegisterApplicationsAsync(options.Applications, cancellationToken);
        if (options.DemoStaff)
        {
            if (!app.Environment.IsDevelopment())
            {
                throw new InvalidOperationException("IdentityProvider:DemoStaff is set outside the Development environment; the demo staff's password and authenticator key are public and never sign in there.");
            }

            await DemoStaff.SeedAsync(app.Services, cancellationToken);
        }
    }
}
