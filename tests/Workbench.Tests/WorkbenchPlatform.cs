using System.Security.Cryptography;
using Employment.Applicants;
using Employment.Gateway;
using Employment.Hiring;
using Employment.IdentityProvider;
using Employment.IdentityProvider.Domain;
using Employment.Jobs;
using Employment.Loans;
using Employment.Risk;
using Employment.ServiceDefaults;
using Employment.TestInfrastructure;
using Employment.Training;
using Employment.Web.Public;
using Employment.Web.Workbench;
using Grpc.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using Xunit;

namespace Workbench.Tests;

/// <summary>
/// The platform a clerk's workbench and a citizen's online hall stand on, as production runs it: the identity provider
/// (its own PostgreSQL database and signing key, a client per service, the workbench's browser application and the public
/// site's citizens' one; in Development, for its real-name stand-in writing codes to an SMS outbox file, as no province is
/// at hand), the registry and the training, hiring, loans and risk services on PostgreSQL, each trusting the provider's
/// published keys and calling the registry with a token the provider gave it, the workbench, the public site, and the
/// gateway in front (its HTTP port is the issuer, as the browser reaches everything there). Debian's Chromium is driven
/// through Playwright.
/// </summary>
public sealed class WorkbenchPlatform : IAsyncLifetime
{
    public const string Password = "Counter-Pass-2026";

    private static readonly string Secret = Convert.ToHexString(RandomNumberGenerator.GetBytes(24));
    private static int _clerks;

    private readonly List<PostgresDatabase> _databases = [];
    private readonly List<ServiceUnderTest> _services = [];
    private readonly List<WebApplication> _hosts = [];
    private WebApplication _provider = null!;

    /// <summary>Where screenshots go: beside the test assembly.</summary>
    public static string ArtifactsDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "workbench-artifacts");

    /// <summary>The gateway's HTTP address, which is also the provider's issuer: http://127.0.0.1:port/.</summary>
    public string Issuer { get; private set; } = "";

    /// <summary>The workbench's first screen, through the gateway.</summary>
    public string WorkbenchHome => Issuer + "workbench/";

    /// <summary>The online hall's first page (我的办事), through the gateway.</summary>
    public string Hall => Issuer + "hall";

    /// <summary>The stand-in's development SMS outbox: one line per code sent.</summary>
    public string SmsOutbox { get; } = Path.Combine(Path.GetTempPath(), "hall-sms-" + Guid.NewGuid().ToString("N") + ".txt");

    /// <summary>The registry's SMS outbox: one line per message texted to a person.</summary>
    public string MessagesSmsOutbox { get; } = Path.Combine(Path.GetTempPath(), "hall-messages-sms-" + Guid.NewGuid().ToString("N") + ".txt");

    /// <summary>Where the hiring service's texts go (an objector's phone code), as in Development.</summary>
    public string HiringSmsOutbox { get; } = Path.Combine(Path.GetTempPath(), "hall-hiring-sms-" + Guid.NewGuid().ToString("N") + ".txt");

    /// <summary>Where the training service's texts go (a training notice's objectors' codes).</summary>
    public string TrainingSmsOutbox { get; } = Path.Combine(Path.GetTempPath(), "hall-training-sms-" + Guid.NewGuid().ToString("N") + ".txt");

    /// <summary>The workbench's own clock: real time, moved ahead by a test to make the clerk's token fall due.</summary>
    public AheadClock WorkbenchClock { get; } = new();

    /// <summary>The subsidy services' clock: real time, moved ahead by a test to pass a batch's 公示 (tokens are still checked on real time).</summary>
    public AheadClock ServicesClock { get; } = new();

    private string _providerAddress = "";

    public IPlaywright Playwright { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public ServiceUnderTest Registry { get; private set; } = null!;

    public ServiceUnderTest Training { get; private set; } = null!;

    public ServiceUnderTest Hiring { get; private set; } = null!;

    public ServiceUnderTest Loans { get; private set; } = null!;

    public ServiceUnderTest Risk { get; private set; } = null!;

    /// <summary>The bureau's figures, reading the subsidy services' exports.</summary>
    public ServiceUnderTest Figures { get; private set; } = null!;

    /// <summary>Job matching with jobs online (no demo postings): the hall's 求职 and 招聘管理.</summary>
    public ServiceUnderTest Jobs { get; private set; } = null!;

    /// <summary>A subsidy service the web was never written for, reached by configuration alone (its records shown while a test opens them).</summary>
    public Pilot.PilotSubsidies PilotService { get; } = new();

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(ArtifactsDirectory);
        var httpPort = FreePort.Get();
        var grpcPort = FreePort.Get();
        var providerPort = FreePort.Get();
        var workbenchPort = FreePort.Get();
        var sitePort = FreePort.Get();
        Issuer = $"http://127.0.0.1:{httpPort}/";
        var provider = $"http://127.0.0.1:{providerPort}";
        // The platform's services, and the agencies' exchange, which sends their batches to the registry.
        string[] services = ["applicants", "training-subsidies", "hiring-subsidies", "startup-loans", "risk-signals", "bureau-figures", "job-matching", "agency-exchange"];
        _providerAddress = provider;

        _provider = IdentityProviderHost.Build(
            [
                // Development for the citizens' real-name stand-in alone: keys, clients and staff are configured as in production.
                "--environment=Development",
                $"--Listen:Port={providerPort}",
                "--IdentityProvider:Citizens:RealNameStandIn=true",
                $"--IdentityProvider:Citizens:SmsOutbox={SmsOutbox}",
                "--IdentityProvider:Applications:1:ClientId=public-site",
                "--IdentityProvider:Applications:1:Users=citizens",
                $"--IdentityProvider:Applications:1:RedirectUris:0={Issuer}hall/signin-oidc",
                $"--IdentityProvider:Applications:1:PostLogoutRedirectUris:0={Issuer}hall/signout-callback-oidc",
                $"--ConnectionStrings:IdentityProviderPostgres={(await DatabaseAsync("identity_provider")).ConnectionString}",
                $"--IdentityProvider:Issuer={Issuer}",
                // Every test's clerks sign in from this one address: the limit on attempts per address is for the wide world.
                "--IdentityProvider:SignInAttemptsPerAddressPerMinute=100000",
                "--IdentityProvider:SigningKeys:0:KeyId=workbench-test",
                $"--IdentityProvider:SigningKeys:0:PrivateKey={ECDsa.Create(ECCurve.NamedCurves.nistP256).ExportPkcs8PrivateKeyPem()}",
                "--IdentityProvider:Applications:0:ClientId=counter-workbench",
                $"--IdentityProvider:Applications:0:RedirectUris:0={Issuer}workbench/signin-oidc",
                $"--IdentityProvider:Applications:0:PostLogoutRedirectUris:0={Issuer}workbench/signout-callback-oidc",
                .. services.SelectMany((name, i) => new[]
                {
                    $"--IdentityProvider:Clients:{i}:ClientId={name}", $"--IdentityProvider:Clients:{i}:Secret={Secret}", $"--IdentityProvider:Clients:{i}:Role=service",
                }),
                // A 经办银行's system, asking about borrowers under their consent.
                $"--IdentityProvider:Clients:{services.Length}:ClientId={BankClient}", $"--IdentityProvider:Clients:{services.Length}:Secret={Secret}",
                $"--IdentityProvider:Clients:{services.Length}:Role=bank", $"--IdentityProvider:Clients:{services.Length}:BankCode={BankCode}",
            ],
            builder => builder.Logging.ClearProviders());
        await IdentityProviderHost.InitializeAsync(_provider);
        await _provider.StartAsync();

        string[] Trust(string name) =>
        [
            $"--Authentication:Issuer={Issuer}", $"--Authentication:KeysAddress={provider}/.well-known/jwks", "--Authentication:KeysRequireHttps=false",
            $"--Authentication:Client:TokenAddress={provider}/connect/token", $"--Authentication:Client:ClientId={name}", $"--Authentication:Client:Secret={Secret}",
        ];
        var samples = $"--Policy:ConfigurationPaths:0={Path.Combine(AppContext.BaseDirectory, "demo-configuration")}";
        Registry = await StartAsync(new ApplicantsModule(), [$"--ConnectionStrings:ApplicantsPostgres={(await DatabaseAsync("applicants")).ConnectionString}", $"--Messages:SmsOutbox={MessagesSmsOutbox}", samples, .. Trust("applicants")]);
        var registry = $"--Services:applicants={Registry.Address}";
        // The stand-in finds people in the registry, read at its first call.
        _provider.Configuration["Services:applicants"] = Registry.Address;
        // Its outbox relayed every 200 ms: a test waits for a message in the hall as a person would, by looking again.
        Training = await StartAsync(new TrainingModule(), [$"--ConnectionStrings:TrainingPostgres={(await DatabaseAsync("training")).ConnectionString}", registry, samples, "--Outbox:PollInterval=00:00:00.200", $"--Messages:SmsOutbox={TrainingSmsOutbox}", .. Trust("training-subsidies")], ServicesClock);
        Hiring = await StartAsync(new HiringModule(), [$"--ConnectionStrings:HiringPostgres={(await DatabaseAsync("hiring")).ConnectionString}", registry, samples, "--Outbox:PollInterval=00:00:00.200", $"--Messages:SmsOutbox={HiringSmsOutbox}", .. Trust("hiring-subsidies")], ServicesClock);
        Loans = await StartAsync(new LoansModule(), [$"--ConnectionStrings:LoansPostgres={(await DatabaseAsync("loans")).ConnectionString}", registry, samples,
            $"--Loans:Consents:Banks:0:Code={BankCode}", $"--Loans:Consents:Banks:0:NameZh={BankNameZh}", .. Trust("startup-loans")]);
        string[] subsidies = [$"--Services:training-subsidies={Training.Address}", $"--Services:hiring-subsidies={Hiring.Address}", $"--Services:startup-loans={Loans.Address}"];
        Risk = await StartAsync(new RiskModule(), [$"--ConnectionStrings:RiskPostgres={(await DatabaseAsync("risk")).ConnectionString}", registry, .. subsidies, samples, .. Trust("risk-signals")]);
        Figures = await StartAsync(new Employment.Figures.FiguresModule(), [$"--ConnectionStrings:FiguresPostgres={(await DatabaseAsync("figures")).ConnectionString}", .. subsidies, .. Trust("bureau-figures")]);

        var pilot = await StartAsync(new Pilot.PilotSubsidies.Module(PilotService), [.. Trust(Pilot.PilotSubsidies.Name)]);
        string[] pilotAddress = [.. Pilot.PilotSubsidies.WebArguments(pilot.Address)];

        Jobs = await StartAsync(new JobsModule(), [$"--ConnectionStrings:JobsPostgres={(await DatabaseAsync("jobs")).ConnectionString}", registry, samples, "--Demo:Load=false", .. Trust("job-matching")], ServicesClock);

        var workbench = WorkbenchHost.Build(
            [
                $"--Listen:Port={workbenchPort}",
                $"--Workbench:Authority={Issuer}",
                $"--Workbench:ProviderAddress={provider}/",
                registry,
                .. subsidies,
                $"--Services:risk-signals={Risk.Address}",
                $"--Services:bureau-figures={Figures.Address}",
                $"--Services:job-matching={Jobs.Address}",
                .. pilotAddress,
            ],
            builder =>
            {
                builder.Logging.ClearProviders();
                builder.Services.AddSingleton<TimeProvider>(WorkbenchClock);
            });
        await workbench.StartAsync();
        _hosts.Add(workbench);

        var site = PublicSiteHost.Build(
            [
                $"--Listen:Port={sitePort}",
                $"--PublicSite:Authority={Issuer}",
                $"--PublicSite:ProviderAddress={provider}/",
                registry,
                .. subsidies,
                $"--Services:job-matching={Jobs.Address}",
                .. pilotAddress,
            ],
            builder => builder.Logging.ClearProviders());
        await site.StartAsync();
        _hosts.Add(site);

        var gateway = GatewayHost.Build(
            [
                $"--Gateway:GrpcPort={grpcPort}",
                $"--Gateway:HttpPort={httpPort}",
                "--Gateway:PublicRateLimit:PermitLimit=100000",
                $"--Authentication:Issuer={Issuer}", $"--Authentication:KeysAddress={provider}/.well-known/jwks", "--Authentication:KeysRequireHttps=false",
                $"--ReverseProxy:Clusters:identity-provider:Destinations:identity-provider-1:Address={provider}",
                $"--ReverseProxy:Clusters:workbench:Destinations:workbench-1:Address=http://127.0.0.1:{workbenchPort}",
                $"--ReverseProxy:Clusters:public-site:Destinations:public-site-1:Address=http://127.0.0.1:{sitePort}",
                $"--ReverseProxy:Clusters:applicants:Destinations:applicants-1:Address={Registry.Address}",
                $"--ReverseProxy:Clusters:training-subsidies:Destinations:training-subsidies-1:Address={Training.Address}",
                $"--ReverseProxy:Clusters:hiring-subsidies:Destinations:hiring-subsidies-1:Address={Hiring.Address}",
                $"--ReverseProxy:Clusters:startup-loans:Destinations:startup-loans-1:Address={Loans.Address}",
                $"--ReverseProxy:Clusters:risk-signals:Destinations:risk-signals-1:Address={Risk.Address}",
                $"--ReverseProxy:Clusters:bureau-figures:Destinations:bureau-figures-1:Address={Figures.Address}",
                $"--ReverseProxy:Clusters:job-matching:Destinations:job-matching-1:Address={Jobs.Address}",
            ],
            builder => builder.Logging.ClearProviders());
        await gateway.StartAsync();
        _hosts.Add(gateway);

        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = TestEnvironment.ChromiumPath, Headless = true });
    }

    /// <summary>
    /// A new clerk of <paramref name="region"/> (role counter unless named, allowed to review when asked), created as an admin does it, with a
    /// password and a bound authenticator. A clerk signs in once per 30-second step (a TOTP code is accepted once),
    /// so each test signs in clerks of its own.
    /// </summary>
    public async Task<Clerk> NewClerkAsync(string region, string name, string role = "counter", bool mayReview = false)
    {
        var staffNumber = $"{(region == "419001" ? "JY" : "JZ")}-T{Interlocked.Increment(ref _clerks):D3}";
        await using var scope = _provider.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffAccount>>();
        var account = new StaffAccount { UserName = staffNumber, DisplayName = name, OfficeRegion = region, StaffRole = role, MayReview = mayReview };
        Assert.True((await users.CreateAsync(account, Password)).Succeeded);
        await users.ResetAuthenticatorKeyAsync(account);
        await users.SetTwoFactorEnabledAsync(account, true);
        // In the registry's 工作人员名录 at once, as the provider records an account an admin opens (移交 reads it).
        await scope.ServiceProvider.GetRequiredService<Employment.IdentityProvider.Citizens.RegistryPeople>().RecordStaffMemberAsync(account, CancellationToken.None);
        return new Clerk(staffNumber, name, (await users.GetAuthenticatorKeyAsync(account))!);
    }

    /// <summary>Disables a clerk's account, as an admin does (its sign-in and refresh are refused from then on).</summary>
    public async Task DisableAsync(Clerk clerk)
    {
        await using var scope = _provider.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffAccount>>();
        var account = (await users.FindByNameAsync(clerk.StaffNumber))!;
        account.Disabled = true;
        await users.UpdateAsync(account);
        await users.UpdateSecurityStampAsync(account);
    }

    /// <summary>The call metadata of a clerk signed in over plain HTTP (no browser), for setting up what a test reads.</summary>
    /// <summary>The one 经办银行 the platform is configured with, and its system's client at the provider.</summary>
    public const string BankCode = "HALL-BANK-01";

    public const string BankNameZh = "示例农商银行";

    public const string BankClient = "hall-test-bank";

    /// <summary>The configured bank's eligibility query about a person under a consent, as its system sends it.</summary>
    public static Employment.Loans.V1.EligibilityQuery BankQuery(string idNumber, string consentId) => new()
    {
        BankCode = BankCode,
        Borrower = new Employment.Loans.V1.Borrower { IdNumber = idNumber, Kind = Employment.Loans.V1.BorrowerKind.Individual },
        Region = new Employment.Common.V1.RegionCode { Code = "410802" },
        IntendedIssueDate = new Employment.Common.V1.CalendarDate { Year = 2024, Month = 3, Day = 1 },
        RequestedAmount = new Employment.Common.V1.Money { Fen = 5_000_000 },
        ConsentReference = consentId,
        Purpose = "创业担保贷款贷前审查",
    };

    public async Task<Metadata> TokenOfAsync(Clerk clerk)
    {
        using var flow = new SignInFlow(Issuer, "counter-workbench", Issuer + "workbench/signin-oidc");
        var (status, tokens) = await flow.SignInAsync(clerk.StaffNumber, Password, () => SignInFlow.Code(clerk.AuthenticatorKey));
        Assert.Equal(System.Net.HttpStatusCode.OK, status);
        return new Metadata { { "authorization", "Bearer " + tokens.GetProperty("access_token").GetString() } };
    }

    /// <summary>The call metadata of a platform service by its client credentials at the provider (risk-signals, to hold a record).</summary>
    public async Task<Metadata> ServiceTokenAsync(string clientId)
    {
        using var http = new HttpClient();
        using var answer = await http.PostAsync(new Uri($"{_providerAddress}/connect/token"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = Secret,
        }));
        answer.EnsureSuccessStatusCode();
        using var body = System.Text.Json.JsonDocument.Parse(await answer.Content.ReadAsStringAsync());
        return new Metadata { { "authorization", "Bearer " + body.RootElement.GetProperty("access_token").GetString() } };
    }

    /// <summary>A fresh browser context at a clerk's screen size.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 800, bool bypassCsp = false)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "zh-CN",
            ViewportSize = new ViewportSize { Width = width, Height = height },
            BypassCSP = bypassCsp,
        });
        // A guard against a screen that never answers, not a measure of speed.
        context.SetDefaultTimeout(90_000);
        return await context.NewPageAsync();
    }

    /// <summary>A fresh browser context as a phone shows the public site (390×844, touch); <paramref name="bypassCsp"/> to run axe-core in it.</summary>
    public async Task<IPage> NewPhonePageAsync(bool bypassCsp = false)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "zh-CN",
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            IsMobile = true,
            HasTouch = true,
            BypassCSP = bypassCsp,
        });
        context.SetDefaultTimeout(90_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        File.Delete(SmsOutbox);
        File.Delete(MessagesSmsOutbox);
        File.Delete(HiringSmsOutbox);
        File.Delete(TrainingSmsOutbox);
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        Playwright?.Dispose();
        foreach (var host in Enumerable.Reverse(_hosts))
        {
            await host.StopAsync();
            await host.DisposeAsync();
        }

        foreach (var service in Enumerable.Reverse(_services))
        {
            await service.DisposeAsync();
        }

        if (_provider is not null)
        {
            await _provider.DisposeAsync();
        }

        foreach (var database in _databases)
        {
            await database.DisposeAsync();
        }
    }

    private async Task<PostgresDatabase> DatabaseAsync(string prefix)
    {
        var database = await PostgresDatabase.CreateAsync("workbench_" + prefix);
        _databases.Add(database);
        return database;
    }

    private async Task<ServiceUnderTest> StartAsync(IServiceModule module, string[] arguments, TimeProvider? clock = null)
    {
        var service = await ServiceUnderTest.StartAsync(module, arguments, clock is null ? null : builder => builder.Services.AddSingleton(clock));
        _services.Add(service);
        return service;
    }
}

/// <summary>A clerk's account: 工号, name and the authenticator's key.</summary>
public sealed record Clerk(string StaffNumber, string Name, string AuthenticatorKey);

/// <summary>Real time moved ahead by <see cref="Ahead"/>.</summary>
public sealed class AheadClock : TimeProvider
{
    public TimeSpan Ahead { get; set; }

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Ahead;
}

[CollectionDefinition(nameof(WorkbenchCollection))]
public sealed class WorkbenchCollection : ICollectionFixture<WorkbenchPlatform>;
