using System.Net;
using System.Security.Cryptography;
using Employment.Benchmarks;
using Employment.IdentityProvider;
using Employment.IdentityProvider.Domain;
using Employment.ServiceDefaults.Security;
using Employment.TestInfrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using TokenOptions = Employment.ServiceDefaults.Security.TokenOptions;

// The identity provider in production's shape (PostgreSQL, Production): a clerk's whole sign-in (authorize
// with PKCE, 工号 and password, the authenticator's code, the code for tokens) beside a bank's
// client-credentials token, legs alternated over rounds; then a token's full check (signature, claims) with
// the key configured and with the key read from the provider's published set, in one process. Started by
// tests/benchmarks/sign-in.sh, which provides PostgreSQL. Prints figures; never fails on time.
var settings = LegSettings.FromArgs(args, calls: 40, concurrency: 4, rounds: 5, warmUpSeconds: 5);
const string Workbench = "counter-workbench";
const string Return = "http://workbench.test/signin-oidc";
const string Password = "Counter-Pass-2026";
var secret = Convert.ToHexString(RandomNumberGenerator.GetBytes(24));
var pem = ECDsa.Create(ECCurve.NamedCurves.nistP256).ExportPkcs8PrivateKeyPem();
await using var database = await PostgresDatabase.CreateAsync("bench_identity_provider");
var port = FreePort.Get();
await using var provider = IdentityProviderHost.Build(
[
    "--environment=Production", $"--Listen:Port={port}", $"--ConnectionStrings:IdentityProviderPostgres={database.ConnectionString}",
    "--IdentityProvider:Issuer=https://jiuye.test/", "--IdentityProvider:SigningKeys:0:KeyId=bench", $"--IdentityProvider:SigningKeys:0:PrivateKey={pem}",
    "--IdentityProvider:Clients:0:ClientId=bench-bank", $"--IdentityProvider:Clients:0:Secret={secret}", "--IdentityProvider:Clients:0:Role=bank", "--IdentityProvider:Clients:0:BankCode=BENCH-BANK",
    $"--IdentityProvider:Applications:0:ClientId={Workbench}", $"--IdentityProvider:Applications:0:RedirectUris:0={Return}",
    // Every sign-in here comes from one address, which the per-address throttle would slow after 60 forms a minute:
    // the benchmark measures a sign-in's own cost, so its limit is lifted.
    "--IdentityProvider:SignInAttemptsPerAddressPerMinute=1000000",
], b => b.Logging.ClearProviders());
await IdentityProviderHost.InitializeAsync(provider);
await provider.StartAsync();
var address = $"http://127.0.0.1:{port}";

// A code is accepted once per account (no replay), so each sign-in of the run is a clerk of its own: more clerks
// than the rounds and the warm-up sign in (a sign-in takes over 50 ms of a core, so a caller signs in fewer than 20
// times a second). Each clerk costs a password hash to create, so a small run creates few.
var clerks = settings.CallsPerRound * settings.Rounds + (int)Math.Ceiling(settings.WarmUp.TotalSeconds * settings.Concurrency * 20) + settings.Concurrency;
var keys = new List<string>();
await using (var scope = provider.Services.CreateAsyncScope())
{
    var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffAccount>>();
    for (var i = 0; i < clerks; i++)
    {
        var clerk = new StaffAccount { UserName = $"BENCH-{i:D4}", DisplayName = "基准测试", OfficeRegion = "410800", StaffRole = "counter" };
        await users.CreateAsync(clerk, Password);
        await users.ResetAuthenticatorKeyAsync(clerk);
        await users.SetTwoFactorEnabledAsync(clerk, true);
        keys.Add((await users.GetAuthenticatorKeyAsync(clerk))!);
    }
}

var signedIn = -1;

using var machine = new HttpClient { BaseAddress = new Uri(address) };
var legs = new Leg[]
{
    new("client credentials token", async _ =>
    {
        using var answer = await machine.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = "bench-bank", ["client_secret"] = secret,
        }));
        Check(answer.StatusCode == HttpStatusCode.OK, $"token endpoint {answer.StatusCode}");
    }),
    new("staff sign-in", async _ =>
    {
        var clerk = Interlocked.Increment(ref signedIn);
        Check(clerk < clerks, "more sign-ins than clerks: give fewer calls or a shorter warm-up");
        using var flow = new SignInFlow(address, Workbench, Return);
        var (status, _) = await flow.SignInAsync($"BENCH-{clerk:D4}", Password, () => SignInFlow.Code(keys[clerk]));
        Check(status == HttpStatusCode.OK, $"sign-in {status}");
    }),
};
Console.WriteLine($"Identity provider on PostgreSQL: {settings}");
var results = await LegRunner.MeasureAsync(legs, settings);
results.Print(Console.Out, "calls");

// A token's full check as JwtBearer makes it on a call whose token is not yet remembered: the key given
// in configuration, against the key read from the provider's published set (what the services now do).
var token = await ClientCredentialsToken();
var handler = new JsonWebTokenHandler { MapInboundClaims = false };
using var signingKey = ECDsa.Create();
signingKey.ImportFromPem(pem);
var configured = TrustedKeys.Parse(new TrustedKey { KeyId = "bench", PublicKey = Convert.ToBase64String(signingKey.ExportSubjectPublicKeyInfo()) });
var published = PublishedKeys.ManagerFor(new TokenOptions { Issuer = "https://jiuye.test/", KeysAddress = address + "/.well-known/jwks", KeysRequireHttps = false })!;
var options = new TokenOptions { Issuer = "https://jiuye.test/" };
var checks = new Leg[]
{
    new("check, key configured", async _ => Check((await handler.ValidateTokenAsync(token, PlatformTokens.Parameters(options, [configured]))).IsValid, "configured key")),
    new("check, key published", async _ =>
    {
        var parameters = PlatformTokens.Parameters(options, []);
        parameters.IssuerSigningKeys = (await published.GetConfigurationAsync(CancellationToken.None)).SigningKeys;
        Check((await handler.ValidateTokenAsync(token, parameters)).IsValid, "published key");
    }),
};
var checkResults = await LegRunner.MeasureAsync(checks, settings with { CallsPerRound = 20_000, Concurrency = 2 });
checkResults.Print(Console.Out, "checks");
var ratio = checkResults.Ratio("check, key published", "check, key configured", f => f.CpuMicrosPerCall);
Console.WriteLine($"  CPU per check, published/configured: {ratio.Median:F2} ({ratio.Min:F2}–{ratio.Max:F2})");
await provider.StopAsync();
return 0;

async Task<string> ClientCredentialsToken()
{
    using var answer = await machine.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
    {
        ["grant_type"] = "client_credentials", ["client_id"] = "bench-bank", ["client_secret"] = secret,
    }));
    var body = System.Text.Json.JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement;
    return body.GetProperty("access_token").GetString()!;
}

static void Check(bool holds, string what)
{
    if (!holds)
    {
        throw new InvalidOperationException("Wrong answer: " + what);
    }
}
