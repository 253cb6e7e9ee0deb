using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Employment.IdentityProvider;
using Employment.IdentityProvider.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Employment.TestInfrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using Xunit;

namespace IdentityProvider.Tests;

/// <summary>
/// The identity provider as production runs it (Production environment, its own PostgreSQL database,
/// keys and clients from configuration) on a port of its own, and a plain HTTP client of its endpoints.
/// </summary>
public sealed class ProviderUnderTest : IAsyncDisposable
{
    public const string Issuer = "https://jiuye.test/";
    public const string BankClient = "bank-demo-001";
    public const string BankCode = "DEMO-BANK-001";
    public const string ServiceClient = "hiring-subsidies";
    public const string Workbench = "counter-workbench";
    public const string WorkbenchReturn = "http://workbench.test/signin-oidc";

    /// <summary>A secret as long as production asks (32 characters at least).</summary>
    public static readonly string Secret = Convert.ToHexString(RandomNumberGenerator.GetBytes(24));

    private readonly WebApplication _app;

    private ProviderUnderTest(WebApplication app, int port, CapturedLog log)
    {
        _app = app;
        Log = log.Lines;
        Address = $"http://127.0.0.1:{port}";
        Http = new HttpClient { BaseAddress = new Uri(Address) };
    }

    public string Address { get; }

    /// <summary>Where a service reads the published keys.</summary>
    public string KeysAddress => Address + "/.well-known/jwks";

    public HttpClient Http { get; }

    /// <summary>What the provider logged: the sign-in log among it.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<string> Log { get; }

    /// <summary>The provider's container, to create staff accounts as an admin would.</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>A new P-256 key, PKCS#8 PEM, with its kid.</summary>
    public static (string KeyId, string Pem) NewKey(string keyId) => (keyId, ECDsa.Create(ECCurve.NamedCurves.nistP256).ExportPkcs8PrivateKeyPem());

    /// <summary>Starts the provider on <paramref name="port"/> with <paramref name="keys"/> (the first signs) over <paramref name="connectionString"/>.</summary>
    public static Task<ProviderUnderTest> StartAsync(int port, string connectionString, IReadOnlyList<(string KeyId, string Pem)> keys, params string[] more) =>
        StartAsync(port, connectionString, keys, services: null, more);

    /// <summary>As above, with services of the test's own registered after the provider's (a decorator, say).</summary>
    public static async Task<ProviderUnderTest> StartAsync(int port, string connectionString, IReadOnlyList<(string KeyId, string Pem)> keys, Action<IServiceCollection>? services, params string[] more)
    {
        List<string> arguments =
        [
            "--environment=Production",
            $"--Listen:Port={port}",
            $"--ConnectionStrings:IdentityProviderPostgres={connectionString}",
            $"--IdentityProvider:Issuer={Issuer}",
            $"--IdentityProvider:Clients:0:ClientId={BankClient}",
            $"--IdentityProvider:Clients:0:Secret={Secret}",
            "--IdentityProvider:Clients:0:Role=bank",
            $"--IdentityProvider:Clients:0:BankCode={BankCode}",
            $"--IdentityProvider:Clients:1:ClientId={ServiceClient}",
            $"--IdentityProvider:Clients:1:Secret={Secret}",
            "--IdentityProvider:Clients:1:Role=service",
            $"--IdentityProvider:Applications:0:ClientId={Workbench}",
            $"--IdentityProvider:Applications:0:RedirectUris:0={WorkbenchReturn}",
            // No registry unless a test starts one (its address then comes later and wins): the accounts a test makes
            // must never reach a registry another test runs on the default port.
            "--IdentityProvider:Citizens:RegistryAddress=http://127.0.0.1:1",
        ];
        for (var i = 0; i < keys.Count; i++)
        {
            arguments.Add($"--IdentityProvider:SigningKeys:{i}:KeyId={keys[i].KeyId}");
            arguments.Add($"--IdentityProvider:SigningKeys:{i}:PrivateKey={keys[i].Pem}");
        }

        var log = new CapturedLog();
        var app = IdentityProviderHost.Build([.. arguments, .. more], builder =>
        {
            builder.Logging.ClearProviders().AddProvider(log);
            services?.Invoke(builder.Services);
        });
        try
        {
            await IdentityProviderHost.InitializeAsync(app);
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        return new ProviderUnderTest(app, port, log);
    }

    /// <summary>A clerk created as an admin does it: password, authenticator bound. Answers the authenticator's key.</summary>
    public async Task<string> ClerkAsync(string staffNumber, string region, string password)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffAccount>>();
        var account = new StaffAccount { UserName = staffNumber, DisplayName = "测试经办人", OfficeRegion = region, StaffRole = "counter" };
        Assert.True((await users.CreateAsync(account, password)).Succeeded);
        await users.ResetAuthenticatorKeyAsync(account);
        await users.SetTwoFactorEnabledAsync(account, true);
        return (await users.GetAuthenticatorKeyAsync(account))!;
    }

    /// <summary>An admin signed in at the provider (the first admin is made when the platform is installed), holding their access token.</summary>
    public async Task<HttpClient> AdminAsync()
    {
        const string password = "Admin-Pass-2026!";
        string key;
        await using (var scope = Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffAccount>>();
            var admin = new StaffAccount { UserName = "ADMIN-T1", DisplayName = "运维", StaffRole = "admin" };
            Assert.True((await users.CreateAsync(admin, password)).Succeeded);
            await users.ResetAuthenticatorKeyAsync(admin);
            await users.SetTwoFactorEnabledAsync(admin, true);
            key = (await users.GetAuthenticatorKeyAsync(admin))!;
        }

        using var flow = new SignInFlow(Address, Workbench, WorkbenchReturn);
        var (status, tokens) = await flow.SignInAsync("ADMIN-T1", password, () => SignInFlow.Code(key));
        Assert.Equal(System.Net.HttpStatusCode.OK, status);
        var client = new HttpClient { BaseAddress = new Uri(Address) };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", tokens.GetProperty("access_token").GetString());
        return client;
    }

    /// <summary>The token endpoint's answer to a client credentials request, as a client reads it.</summary>
    public async Task<(int Status, JsonElement Body)> RequestTokenAsync(string clientId, string secret, string grant = "client_credentials")
    {
        using var response = await Http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = grant,
            ["client_id"] = clientId,
            ["client_secret"] = secret,
        }));
        return ((int)response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    /// <summary>A token the provider issued to <paramref name="clientId"/>.</summary>
    public async Task<string> TokenAsync(string clientId)
    {
        var (status, body) = await RequestTokenAsync(clientId, Secret);
        Assert.True(status == 200, $"the token endpoint answered {status}: {body}");
        return body.GetProperty("access_token").GetString()!;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.DisposeAsync();
    }
}
