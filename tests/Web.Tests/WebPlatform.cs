using Employment.Applicants;
using Employment.Gateway;
using Employment.Persistence.Lifecycle;
using Employment.Jobs;
using Employment.Jobs.UseCases;
using Employment.PolicyCatalog;
using Employment.ServiceDefaults;
using Employment.TestInfrastructure;
using Employment.Training;
using Employment.Web.Public;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using Xunit;

namespace Web.Tests;

/// <summary>
/// The registry, policy-catalog, training-subsidies, hiring-subsidies and job-matching services (SQLite files of
/// their own; job-matching with its generated demo postings, <see cref="DemoPostings"/>), the public
/// site calling them, and the gateway in front of them all on free ports, as the launcher starts them; the
/// startup-loans cluster points at a port where nothing listens unless the fixture runs the loans
/// service (<see cref="LoansPlatform"/>). Debian's Chromium is driven
/// through Playwright, never a downloaded browser.
/// </summary>
public class WebPlatform : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "web-platform-" + Guid.NewGuid().ToString("N"));
    private readonly List<ServiceUnderTest> _services = [];
    private WebApplication? _site;
    private WebApplication? _gateway;

    /// <summary>Where screenshots and measured figures go: beside the test assembly.</summary>
    public static string ArtifactsDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "web-artifacts");

    /// <summary>Debian's chromium (<see cref="TestEnvironment.ChromiumPath"/>).</summary>
    public static string ChromiumPath => TestEnvironment.ChromiumPath;

    /// <summary>axe-core's script (<see cref="AxeCore.ScriptPath"/>).</summary>
    public static string AxeCorePath => AxeCore.ScriptPath;

    /// <summary>The axe-core release the tests use (<see cref="AxeCore.Version"/>).</summary>
    public const string AxeCoreVersion = AxeCore.Version;

    public string BaseUrl { get; private set; } = "";

    /// <summary>The gateway's cleartext gRPC port (HTTP/2), where the pages must not answer.</summary>
    public string GrpcUrl { get; private set; } = "";

    public HttpClient Http { get; private set; } = null!;

    public IPlaywright Playwright { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The registry, as a counter calls it (to register the people whose applications the pages follow).</summary>
    public Employment.Applicants.V1.Applicants.ApplicantsClient Registry { get; private set; } = null!;

    /// <summary>The training service, as a counter calls it directly (to take an application the 办理进度 page follows).</summary>
    public Employment.Training.V1.TrainingSubsidies.TrainingSubsidiesClient Training { get; private set; } = null!;

    /// <summary>The hiring-subsidies service, as a counter calls it directly (to take a claim the 办理进度 page follows).</summary>
    public Employment.Hiring.V1.HiringSubsidies.HiringSubsidiesClient Hiring { get; private set; } = null!;

    /// <summary>The public employment services of job-matching, as a counter calls them directly (to record the venues and events 服务网点 lists).</summary>
    public Employment.Jobs.V1.PublicEmploymentServices.PublicEmploymentServicesClient EmploymentServices { get; private set; } = null!;

    /// <summary>A fixture that stops the training service once the site and the gateway have started.</summary>
    protected virtual bool TrainingStopped => false;

    /// <summary>A fixture that runs the startup-loans service behind the gateway (else its cluster points nowhere).</summary>
    protected virtual bool LoansRunning => false;

    /// <summary>A fixture that stops the job-matching service once the gateway routes it.</summary>
    protected virtual bool JobsStopped => false;

    /// <summary>A fixture that stops the hiring-subsidies service once the gateway routes it.</summary>
    protected virtual bool HiringStopped => false;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"No Chromium at {ChromiumPath}: tests/run.sh installs Debian's chromium (apt-get install chromium).");
        }

        var applicants = await StartServiceAsync(new ApplicantsModule());
        var policy = await StartServiceAsync(new PolicyCatalogModule());
        // The launcher's sample R3 values (demo-configuration/, each marked sample), as a local run has them.
        var samples = $"--Policy:ConfigurationPaths:0={Path.Combine(AppContext.BaseDirectory, "demo-configuration")}";
        var training = await StartServiceAsync(new TrainingModule(), $"--Services:applicants={applicants.Address}", samples);
        Registry = applicants.Client<Employment.Applicants.V1.Applicants.ApplicantsClient>();
        Training = training.Client<Employment.Training.V1.TrainingSubsidies.TrainingSubsidiesClient>();
        // The hiring service with one more self-check than it ships, as a kind would register it: the public site
        // must list and answer it with no code of its own (Pages.TrialSelfCheck).
        var hiring = await StartServiceAsync(new Employment.Hiring.HiringModule(), b => b.Services.AddSelfCheckForm(Pages.TrialSelfCheck.Form),
            $"--Services:applicants={applicants.Address}", samples);
        Hiring = hiring.Client<Employment.Hiring.V1.HiringSubsidies.HiringSubsidiesClient>();
        var jobs = await StartServiceAsync(new JobsModule());
        EmploymentServices = jobs.Client<Employment.Jobs.V1.PublicEmploymentServices.PublicEmploymentServicesClient>();
        using (var scope = jobs.Services.CreateScope())
        {
            // The service loads them itself only in Development; the same fixed, fictional set.
            await DemoPostings.LoadIfEmptyAsync(scope.ServiceProvider, CancellationToken.None);
        }

        var nowhere = $"http://127.0.0.1:{FreePort.Get()}";
        var loansAddress = LoansRunning
            ? (await StartServiceAsync(new Employment.Loans.LoansModule(), $"--Services:applicants={applicants.Address}")).Address
            : nowhere;
        // The public site's own process, calling the services where they listen, as the launcher starts it.
        var sitePort = FreePort.Get();
        _site = PublicSiteHost.Build(
            [
                $"--Listen:Port={sitePort}",
                $"--Services:policy-catalog={policy.Address}",
                $"--Services:startup-loans={loansAddress}",
                $"--Services:training-subsidies={training.Address}",
                $"--Services:hiring-subsidies={hiring.Address}",
                $"--Services:job-matching={jobs.Address}",
            ],
            b => b.Logging.ClearProviders());
        await _site.StartAsync();
        var grpcPort = FreePort.Get();
        var httpPort = FreePort.Get();
        _gateway = GatewayHost.Build(
            [
                $"--Gateway:GrpcPort={grpcPort}",
                $"--Gateway:HttpPort={httpPort}",
                "--Gateway:PublicRateLimit:PermitLimit=100000",
                "--Gateway:ProgressRateLimit:PermitLimit=100000",
                $"--ReverseProxy:Clusters:applicants:Destinations:applicants-1:Address={applicants.Address}",
                $"--ReverseProxy:Clusters:startup-loans:Destinations:startup-loans-1:Address={loansAddress}",
                $"--ReverseProxy:Clusters:policy-catalog:Destinations:policy-catalog-1:Address={policy.Address}",
                $"--ReverseProxy:Clusters:training-subsidies:Destinations:training-subsidies-1:Address={training.Address}",
                $"--ReverseProxy:Clusters:job-matching:Destinations:job-matching-1:Address={jobs.Address}",
                $"--ReverseProxy:Clusters:hiring-subsidies:Destinations:hiring-subsidies-1:Address={hiring.Address}",
                $"--ReverseProxy:Clusters:public-site:Destinations:public-site-1:Address=http://127.0.0.1:{sitePort}",
                .. TestCallers.HostArguments,
            ],
            b => b.Logging.ClearProviders());
        await _gateway.StartAsync();
        if (TrainingStopped)
        {
            _services.Remove(training);
            await training.DisposeAsync();
        }

        if (JobsStopped)
        {
            _services.Remove(jobs);
            await jobs.DisposeAsync();
        }

        if (HiringStopped)
        {
            _services.Remove(hiring);
            await hiring.DisposeAsync();
        }

        BaseUrl = $"http://127.0.0.1:{httpPort}";
        GrpcUrl = $"http://127.0.0.1:{grpcPort}";
        Http = new HttpClient { BaseAddress = new Uri(BaseUrl) };
        Directory.CreateDirectory(ArtifactsDirectory);
        if (!TrainingStopped && !JobsStopped && !LoansRunning && !HiringStopped)
        {
            File.Delete(Path.Combine(ArtifactsDirectory, "page-weights.txt")); // the figures of this run only
        }
        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ChromiumPath, Headless = true });
    }

    /// <summary>A fresh browser page (its own context) at a viewport width, scripts on or off.</summary>
    /// <param name="bypassCsp">Only for injecting axe-core: the pages' policy forbids every script, theirs and ours.</param>
    public async Task<IPage> NewPageAsync(int width = 1280, bool javaScript = true, bool bypassCsp = false)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            Locale = "zh-CN",
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
            JavaScriptEnabled = javaScript,
            BypassCSP = bypassCsp,
        });
        // A guard against a page that never answers, not a measure of speed: generous, since the whole
        // suite on two cores can keep a page's load waiting far longer than one run alone does.
        context.SetDefaultTimeout(90_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        Http?.Dispose();
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        Playwright?.Dispose();
        if (_gateway is not null)
        {
            await _gateway.StopAsync();
            await _gateway.DisposeAsync();
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

    private Task<ServiceUnderTest> StartServiceAsync(IServiceModule module, params string[] arguments) => StartServiceAsync(module, null, arguments);

    private async Task<ServiceUnderTest> StartServiceAsync(IServiceModule module, Action<Microsoft.AspNetCore.Builder.WebApplicationBuilder>? configure, params string[] arguments)
    {
        var service = await ServiceUnderTest.StartAsync(module, [$"--DataDirectory={_directory}", .. arguments], configure);
        _services.Add(service);
        return service;
    }
}

/// <summary>The platform with the training service stopped after the gateway started routing it.</summary>
public sealed class TrainingDownPlatform : WebPlatform
{
    protected override bool TrainingStopped => true;
}

/// <summary>The platform with the job-matching service stopped after the gateway started routing it.</summary>
public sealed class JobsDownPlatform : WebPlatform
{
    protected override bool JobsStopped => true;
}

/// <summary>The platform with the hiring-subsidies service stopped after the gateway started routing it.</summary>
public sealed class HiringDownPlatform : WebPlatform
{
    protected override bool HiringStopped => true;
}

/// <summary>The platform with the startup-loans service running behind the gateway (the loan self-check).</summary>
public sealed class LoansPlatform : WebPlatform
{
    protected override bool LoansRunning => true;
}

[CollectionDefinition(nameof(WebCollection))]
public sealed class WebCollection : ICollectionFixture<WebPlatform>;
