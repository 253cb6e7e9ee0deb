using Employment.IdentityProvider;
using Employment.Applicants;
using Employment.Gateway;
using Employment.Web.Public;
using Employment.Hiring;
using Employment.Loans;
using Employment.PolicyCatalog;
using Employment.Risk;
using Employment.ServiceDefaults;
using Employment.TestInfrastructure;
using Employment.Training;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using Xunit;

namespace Gateway.Tests;

/// <summary>
/// The applicants, startup-loans, training-subsidies, hiring-subsidies, risk-signals, bureau-figures and policy-catalog services and two copies of a job-matching stand-in, each on a free port with a SQLite file of its own,
/// and the gateway in front of them on two free ports (gRPC HTTP/2, HTTP/1.1), all trusting the
/// test key. Calls go over real sockets through the gateway.
/// </summary>
public class PlatformUnderTest : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "gateway-platform-" + Guid.NewGuid().ToString("N"));
    private readonly List<ServiceUnderTest> _services = [];
    private WebApplication? _site;
    private WebApplication? _workbench;
    private WebApplication? _identity;
    private readonly string _identityData = Path.Combine(Path.GetTempPath(), "gateway-tests-identity-" + Guid.NewGuid().ToString("N"));
    private WebApplication? _gateway;

    public CapturedLog GatewayLog { get; } = new();

    public int GrpcPort { get; private set; }

    public int HttpPort { get; private set; }

    public GrpcChannel Channel { get; private set; } = null!;

    /// <summary>Calls through the gateway whose every refusal is checked for its details (<see cref="DetailedRefusals"/>).</summary>
    public Grpc.Core.CallInvoker Invoker => Grpc.Core.Interceptors.CallInvokerExtensions.Intercept(Channel.CreateCallInvoker(), new DetailedRefusals());

    public HttpClient Http { get; private set; } = null!;

    /// <summary>The registry's own address, for what reaches it inside the platform, not through the gateway (the identity provider's writes).</summary>
    public string ApplicantsAddress { get; private set; } = "";

    /// <summary>The hiring service's own address, for a call that does not pass the gateway.</summary>
    public string HiringAddress { get; private set; } = "";

    /// <summary>The public rate limit of this gateway (requests per window), and each bank's.</summary>
    protected virtual int PublicPermitLimit => 100_000;

    protected virtual TimeSpan PublicWindow => TimeSpan.FromSeconds(1);

    /// <summary>Further gateway settings of a fixture (they override the ones above).</summary>
    protected virtual IEnumerable<string> ExtraGatewayArguments() => [];

    /// <summary>Further arguments of one service (its store, its configuration), by the service's name.</summary>
    protected virtual Task<string[]> ServiceArgumentsAsync(string serviceName) => Task.FromResult<string[]>([]);

    /// <summary>What serves the startup-loans cluster: the real service unless a fixture needs its bank RPCs.</summary>
    protected virtual IServiceModule LoansService() => new LoansModule();

    public async Task InitializeAsync()
    {
        var applicants = await StartServiceAsync(new ApplicantsModule());
        ApplicantsAddress = applicants;
        // The 经办银行 the tests' borrowers consent to on paper (a consent names a configured bank).
        var loans = await StartServiceAsync(LoansService(), $"--Services:applicants={applicants}",
            "--Loans:Consents:Banks:0:Code=GW-BANK-A", "--Loans:Consents:Banks:0:NameZh=网关测试银行",
            "--Loans:Consents:Banks:1:Code=GW-BANK-R2", "--Loans:Consents:Banks:1:NameZh=网关往返测试银行");
        var policy = await StartServiceAsync(new PolicyCatalogModule());
        var training = await StartServiceAsync(new TrainingModule(), $"--Services:applicants={applicants}");
        // Sample transport and referral amounts (R3: the product ships none), for the owed list's tests.
        var hiring = HiringAddress = await StartServiceAsync(new HiringModule(), $"--Services:applicants={applicants}", $"--Policy:ConfigurationPaths:0={Path.Combine(AppContext.BaseDirectory, "hiring-configuration")}");
        var risk = await StartServiceAsync(new RiskModule(), $"--Services:applicants={applicants}", $"--Services:hiring-subsidies={hiring}", $"--Services:training-subsidies={training}", $"--Services:startup-loans={loans}");
        var figures = await StartServiceAsync(new Employment.Figures.FiguresModule(), $"--Services:hiring-subsidies={hiring}", $"--Services:training-subsidies={training}", $"--Services:startup-loans={loans}");
        var jobs = await StartServiceAsync(new EchoJobMatching.Module("job-matching-1"));
        var jobsCopy = await StartServiceAsync(new EchoJobMatching.Module("job-matching-2"));
        // The public site's own process behind the gateway's last route, as the launcher starts it.
        var sitePort = FreePort.Get();
        _site = PublicSiteHost.Build(
            [
                $"--Listen:Port={sitePort}",
                $"--Services:policy-catalog={policy}",
                $"--Services:startup-loans={loans}",
                $"--Services:training-subsidies={training}",
                $"--Services:hiring-subsidies={hiring}",
                $"--Services:job-matching={jobs}",
            ],
            b => b.Logging.ClearProviders());
        await _site.StartAsync();
        GrpcPort = FreePort.Get();
        HttpPort = FreePort.Get();
        // The clerks' workbench behind /workbench/…, signing clerks in at the provider through this gateway.
        var workbenchPort = FreePort.Get();
        _workbench = Employment.Web.Workbench.WorkbenchHost.Build(
            [$"--Listen:Port={workbenchPort}", $"--Workbench:Authority=http://127.0.0.1:{HttpPort}/", $"--Services:applicants={applicants}"],
            b => b.Logging.ClearProviders());
        await _workbench.StartAsync();
        // The identity provider behind the gateway's /connect and /.well-known routes, on SQLite in the test's folder.
        var identityPort = FreePort.Get();
        _identity = IdentityProviderHost.Build(
            [
                $"--Listen:Port={identityPort}",
                $"--DataDirectory={_identityData}",
                $"--IdentityProvider:Issuer=http://127.0.0.1:{HttpPort}/",
                "--IdentityProvider:SigningKeys:0:KeyId=gateway-tests",
                "--IdentityProvider:Applications:0:ClientId=counter-workbench",
                $"--IdentityProvider:Applications:0:RedirectUris:0=http://127.0.0.1:{HttpPort}/workbench/signin-oidc",
                $"--IdentityProvider:SigningKeys:0:PrivateKey={System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256).ExportPkcs8PrivateKeyPem()}",
            ],
            b => b.Logging.ClearProviders());
        await IdentityProviderHost.InitializeAsync(_identity);
        await _identity.StartAsync();
        _gateway = GatewayHost.Build(
            [
                $"--Gateway:GrpcPort={GrpcPort}",
                $"--Gateway:HttpPort={HttpPort}",
                $"--Gateway:PublicRateLimit:PermitLimit={PublicPermitLimit}",
                $"--Gateway:PublicRateLimit:Window={PublicWindow:c}",
                $"--Gateway:BankRateLimit:PermitLimit={PublicPermitLimit}",
                $"--Gateway:BankRateLimit:Window={PublicWindow:c}",
                $"--ReverseProxy:Clusters:applicants:Destinations:applicants-1:Address={applicants}",
                $"--ReverseProxy:Clusters:identity-provider:Destinations:identity-provider-1:Address=http://127.0.0.1:{identityPort}",
                $"--ReverseProxy:Clusters:startup-loans:Destinations:startup-loans-1:Address={loans}",
                $"--ReverseProxy:Clusters:policy-catalog:Destinations:policy-catalog-1:Address={policy}",
                "--ReverseProxy:Clusters:policy-catalog:HealthCheck:Active:Interval=00:00:01",
                $"--ReverseProxy:Clusters:training-subsidies:Destinations:training-subsidies-1:Address={training}",
                $"--ReverseProxy:Clusters:hiring-subsidies:Destinations:hiring-subsidies-1:Address={hiring}",
                "--ReverseProxy:Clusters:hiring-subsidies:HealthCheck:Active:Interval=00:00:01",
                "--ReverseProxy:Clusters:applicants:HealthCheck:Active:Interval=00:00:01",
                // Two copies of the job-matching stand-in behind gateway.json's job-matching route, round robin.
                "--ReverseProxy:Clusters:job-matching:HealthCheck:Active:Interval=00:00:01",
                $"--ReverseProxy:Clusters:job-matching:Destinations:job-matching-1:Address={jobs}",
                $"--ReverseProxy:Clusters:job-matching:Destinations:job-matching-2:Address={jobsCopy}",
                "--ReverseProxy:Clusters:job-matching:LoadBalancingPolicy=RoundRobin",
                "--ReverseProxy:Clusters:startup-loans:HealthCheck:Active:Interval=00:00:01",
                $"--ReverseProxy:Clusters:risk-signals:Destinations:risk-signals-1:Address={risk}",
                $"--ReverseProxy:Clusters:bureau-figures:Destinations:bureau-figures-1:Address={figures}",
                $"--ReverseProxy:Clusters:public-site:Destinations:public-site-1:Address=http://127.0.0.1:{sitePort}",
                $"--ReverseProxy:Clusters:workbench:Destinations:workbench-1:Address=http://127.0.0.1:{workbenchPort}",
                .. TestCallers.HostArguments,
                .. ExtraGatewayArguments(),
            ],
            b =>
            {
                b.Logging.ClearProviders();
                b.Logging.AddProvider(GatewayLog);
            });
        await _gateway.StartAsync();
        Channel = GrpcChannel.ForAddress($"http://127.0.0.1:{GrpcPort}");
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{HttpPort}") };
    }

    public virtual async Task DisposeAsync()
    {
        Channel.Dispose();
        Http.Dispose();
        if (_gateway is not null)
        {
            await _gateway.StopAsync();
            await _gateway.DisposeAsync();
        }

        if (_identity is not null)
        {
            await _identity.StopAsync();
            await _identity.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_identityData, recursive: true);
        }

        if (_workbench is not null)
        {
            await _workbench.StopAsync();
            await _workbench.DisposeAsync();
        }

        if (_site is not null)
        {
            await _site.StopAsync();
            await _site.DisposeAsync();
        }

        foreach (var service in Enumerable.Reverse(_services))
        {
            await service.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private async Task<string> StartServiceAsync(IServiceModule module, params string[] arguments)
    {
        var service = await ServiceUnderTest.StartAsync(module, [$"--DataDirectory={_directory}", .. arguments, .. await ServiceArgumentsAsync(module.Name)]);
        _services.Add(service);
        return service.Address;
    }
}

/// <summary>The platform with the startup-loans bank RPCs answered by a stand-in.</summary>
public sealed class StandInLoansPlatform : PlatformUnderTest
{
    protected override IServiceModule LoansService() => new StandInStartupLoans.Module();
}

/// <summary>A gateway whose public limit is small enough for a test to trip.</summary>
public sealed class RateLimitedPlatform : PlatformUnderTest
{
    public const int Limit = 3;

    public static readonly TimeSpan LimitWindow = TimeSpan.FromSeconds(2);

    protected override int PublicPermitLimit => Limit;

    protected override TimeSpan PublicWindow => LimitWindow;
}
