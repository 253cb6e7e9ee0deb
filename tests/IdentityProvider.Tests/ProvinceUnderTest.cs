using System.Net;
using System.Security.Claims;
using Employment.TestInfrastructure;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace IdentityProvider.Tests;

/// <summary>
/// A stand-in for the province's unified identity, owned by the tests: an OpenIddict server on PostgreSQL that
/// knows the platform's provider as a confidential client and, asked to authorize, signs in whoever the test
/// says has just authenticated there, asserting their identity number in the identity token as the province does.
/// </summary>
public sealed class ProvinceUnderTest : IAsyncDisposable
{
    public const string ClientId = "jiuye-platform";
    public const string IdNumberClaim = "id_number";

    public static readonly string ClientSecret = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24));

    private readonly WebApplication _app;
    private readonly PostgresDatabase _database;

    private ProvinceUnderTest(WebApplication app, PostgresDatabase database, string issuer)
    {
        _app = app;
        _database = database;
        Issuer = issuer;
    }

    public string Issuer { get; }

    /// <summary>Who authenticates at the province next: their subject there, and the identity number it asserts (empty: none).</summary>
    public (string Subject, string IdNumber) Next { get; set; } = ("province-user-1", "");

    public static async Task<ProvinceUnderTest> StartAsync(string redirectUri)
    {
        var port = FreePort.Get();
        var issuer = $"http://127.0.0.1:{port}/";
        var database = await PostgresDatabase.CreateAsync("province_identity");
        var builder = WebApplication.CreateBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        builder.Services.AddDbContext<ProvinceDb>(db => db.UseNpgsql(database.ConnectionString).UseOpenIddict());
        builder.Services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<ProvinceDb>())
            .AddServer(server =>
            {
                server.SetIssuer(new Uri(issuer))
                    .SetAuthorizationEndpointUris("connect/authorize")
                    .SetTokenEndpointUris("connect/token")
                    .AllowAuthorizationCodeFlow()
                    .RequireProofKeyForCodeExchange()
                    .RegisterScopes(Scopes.OpenId)
                    .AddEphemeralEncryptionKey()
                    .AddEphemeralSigningKey()
                    .UseAspNetCore().EnableAuthorizationEndpointPassthrough().DisableTransportSecurityRequirement();
            });
        var app = builder.Build();
        var province = new ProvinceUnderTest(app, database, issuer);
        app.MapMethods("/connect/authorize", [HttpMethods.Get, HttpMethods.Post], (HttpContext context) =>
        {
            var request = context.GetOpenIddictServerRequest()!;
            var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Subject, Claims.Role);
            identity.SetClaim(Claims.Subject, province.Next.Subject);
            if (province.Next.IdNumber.Length > 0)
            {
                identity.SetClaim(IdNumberClaim, province.Next.IdNumber);
            }

            identity.SetDestinations(_ => [Destinations.IdentityToken]);
            var principal = new ClaimsPrincipal(identity);
            principal.SetScopes(request.GetScopes());
            return Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        });

        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ProvinceDb>().Database.EnsureCreatedAsync();
            await scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>().CreateAsync(new OpenIddictApplicationDescriptor
            {
                ClientId = ClientId,
                ClientSecret = ClientSecret,
                ClientType = ClientTypes.Confidential,
                RedirectUris = { new Uri(redirectUri) },
                Permissions =
                {
                    Permissions.Endpoints.Authorization, Permissions.Endpoints.Token,
                    Permissions.GrantTypes.AuthorizationCode, Permissions.ResponseTypes.Code,
                },
            });
        }

        await app.StartAsync();
        return province;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await _database.DisposeAsync();
    }

    private sealed class ProvinceDb(DbContextOptions<ProvinceDb> options) : DbContext(options);
}
