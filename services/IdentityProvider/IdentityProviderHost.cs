using System.Net;
using Employment.IdentityProvider.Clients;
using Employment.IdentityProvider.Data;
using Employment.IdentityProvider.Discovery;
using Employment.IdentityProvider.Keys;
using Employment.IdentityProvider.Tokens;
using Employment.Persistence;
using Employment.ServiceDefaults.Configuration;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Employment.IdentityProvider;

/// <summary>
/// Builds the identity provider, as its own program and inside the local launcher: one HTTP/1.1 port
/// (<c>Listen:Address</c>, <c>Listen:Port</c>) that the gateway routes the public endpoints to and the
/// services read the keys from, OpenIddict's server on its own database, and <c>/healthz</c>.
/// </summary>
/// <remarks>
/// Endpoints: <c>/.well-known/openid-configuration</c> (discovery), <c>/.well-known/jwks</c> (the public
/// keys), <c>/connect/token</c> (client credentials). Defaults come from <c>identity-provider.json</c> beside
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
        builder.Services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<IdentityProviderDbContext>())
            .AddServer(server =>
            {
                server.SetIssuer(issuer)
                    .SetTokenEndpointUris("connect/token")
                    .SetJsonWebKeySetEndpointUris(".well-known/jwks")
                    .AllowClientCredentialsFlow()
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
                server.UseAspNetCore().EnableTokenEndpointPassthrough().DisableTransportSecurityRequirement();
            });
        builder.Services.AddScoped<MachineClients>();
        builder.Services.AddScoped<TokenEndpoint>();
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseAuthentication();
        app.MapGet("/healthz", () => Results.Text("ok"));
        app.MapPost("/connect/token", (HttpContext context, TokenEndpoint endpoint) => endpoint.HandleAsync(context));
        return app;
    }

    /// <summary>Brings the database up to date and writes the configured clients, before the provider answers.</summary>
    public static async Task InitializeAsync(WebApplication app, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(app);
        await ServiceDatabase.MigrateAsync<IdentityProviderDbContext>(app.Services, cancellationToken);
        await using var scope = app.Services.CreateAsyncScope();
        var options = scope.ServiceProvider.GetRequiredService<IdentityProviderOptions>();
        await scope.ServiceProvider.GetRequiredService<MachineClients>().RegisterAsync(options.Clients, app.Environment.IsDevelopment(), cancellationToken);
    }
}
