using Employment.Applicants;
using Employment.Hiring;
using Employment.Loans;
using Employment.PolicyCatalog;
using Employment.Risk;
using Employment.ServiceDefaults;
using Employment.TestInfrastructure;
using Employment.Jobs;
using Employment.Training;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using Xunit;

namespace Interop.Tests;

/// <summary>
/// "Done when": a gRPC tool that is not ours (python3-grpcio's reflection and health clients,
/// what grpcurl does) lists and describes every service of each domain service host and finds each
/// SERVING by name.
/// </summary>
public sealed class PythonClientAgainstDomainServicesTests : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "interop-domain-" + Guid.NewGuid().ToString("N"));
    private readonly List<ServiceUnderTest> _services = [];
    private WebApplication? _gateway;
    private int _registryPort;
    private int _loansPort;
    private int _policyPort;
    private int _trainingPort;
    private int _hiringPort;
    private int _jobsPort;
    private int _riskPort;
    private int _figuresPort;

    public async Task InitializeAsync()
    {
        _registryPort = await StartAsync(new ApplicantsModule(), [$"--DataDirectory={Path.Combine(_directory, "applicants")}"]);
        _loansPort = await StartAsync(new LoansModule(),
            [$"--DataDirectory={Path.Combine(_directory, "loans")}", $"--Services:applicants=http://127.0.0.1:{_registryPort}"]);
        _policyPort = await StartAsync(new PolicyCatalogModule(), []);
        _trainingPort = await StartAsync(new TrainingModule(),
            [$"--DataDirectory={Path.Combine(_directory, "training")}", $"--Services:applicants=http://127.0.0.1:{_registryPort}"]);
        _hiringPort = await StartAsync(new HiringModule(),
            [$"--DataDirectory={Path.Combine(_directory, "hiring")}", $"--Services:applicants=http://127.0.0.1:{_registryPort}"]);
        _jobsPort = await StartAsync(new JobsModule(), [$"--DataDirectory={Path.Combine(_directory, "jobs")}"]);
        _riskPort = await StartAsync(new RiskModule(),
        [
            $"--DataDirectory={Path.Combine(_directory, "risk")}",
            $"--Services:applicants=http://127.0.0.1:{_registryPort}",
            $"--Services:hiring-subsidies=http://127.0.0.1:{_hiringPort}",
            $"--Services:training-subsidies=http://127.0.0.1:{_trainingPort}",
            $"--Services:startup-loans=http://127.0.0.1:{_loansPort}",
        ]);
        _figuresPort = await StartAsync(new Employment.Figures.FiguresModule(),
        [
            $"--DataDirectory={Path.Combine(_directory, "figures")}",
            $"--Services:hiring-subsidies=http://127.0.0.1:{_hiringPort}",
            $"--Services:training-subsidies=http://127.0.0.1:{_trainingPort}",
            $"--Services:startup-loans=http://127.0.0.1:{_loansPort}",
        ]);
    }

    [Fact(Timeout = 120_000)]
    public async Task The_registry_lists_describes_and_reports_its_services_to_a_python_client() =>
        await AssertToolSeesAsync(_registryPort, "employment.applicants.v1.Applicants");

    [Fact(Timeout = 120_000)]
    public async Task The_loans_service_lists_describes_and_reports_its_services_to_a_python_client() =>
        await AssertToolSeesAsync(_loansPort, "employment.loans.v1.StartupLoans", SubsidyCases, SubsidyOversight);

    [Fact(Timeout = 120_000)]
    public async Task The_policy_catalog_service_lists_describes_and_reports_its_services_to_a_python_client() =>
        await AssertToolSeesAsync(_policyPort, "employment.policy.v1.PolicyCatalog");

    [Fact(Timeout = 120_000)]
    public async Task The_training_service_lists_describes_and_reports_its_services_to_a_python_client() =>
        await AssertToolSeesAsync(_trainingPort, "employment.training.v1.TrainingSubsidies", SubsidyCases, SubsidyOversight);

    [Fact(Timeout = 120_000)]
    public async Task The_hiring_service_lists_describes_and_reports_its_services_to_a_python_client() =>
        await AssertToolSeesAsync(_hiringPort, "employment.hiring.v1.HiringSubsidies", SubsidyCases, SubsidyOversight);

    [Fact(Timeout = 120_000)]
    public async Task The_job_matching_service_lists_describes_and_reports_its_services_to_a_python_client() =>
        await AssertToolSeesAsync(_jobsPort, "employment.jobs.v1.JobMatching");

    [Fact(Timeout = 120_000)]
    public async Task The_risk_signals_service_lists_describes_and_reports_its_services_to_a_python_client() =>
        await AssertToolSeesAsync(_riskPort, "employment.risk.v1.RiskSignals");

    [Fact(Timeout = 120_000)]
    public async Task The_figures_service_lists_describes_and_reports_its_services_to_a_python_client() =>
        await AssertToolSeesAsync(_figuresPort, "employment.figures.v1.BureauFigures");

    /// <summary>The subsidy lifecycle's shared contracts, which every subsidy service serves beside its own.</summary>
    private const string SubsidyCases = "employment.common.v1.SubsidyCases";

    private const string SubsidyOversight = "employment.common.v1.SubsidyOversight";

    private static async Task AssertToolSeesAsync(int port, params string[] domainServices)
    {
        string[] standard = ["grpc.health.v1.Health", "grpc.reflection.v1.ServerReflection", "grpc.reflection.v1alpha.ServerReflection"];
        var (exitCode, output) = await PythonPeer.RunClientAsync(port, "reflection_list,reflection_describe",
            "--expect_services", string.Join(',', domainServices.Concat(standard)));
        Assert.True(exitCode == 0, output);
        (exitCode, output) = await PythonPeer.RunClientAsync(port, "health_check,health_check_unknown", "--expect_services", string.Join(',', domainServices));
        Assert.True(exitCode == 0, output);
    }

    [Fact(Timeout = 240_000)]
    public async Task Through_the_gateway_a_python_client_lists_describes_and_checks_every_routed_service()
    {
        var grpcPort = FreePort.Get();
        _gateway = Employment.Gateway.GatewayHost.Build(
            [
                $"--Gateway:GrpcPort={grpcPort}",
                $"--Gateway:HttpPort={FreePort.Get()}",
                $"--ReverseProxy:Clusters:applicants:Destinations:applicants-1:Address=http://127.0.0.1:{_registryPort}",
                $"--ReverseProxy:Clusters:startup-loans:Destinations:startup-loans-1:Address=http://127.0.0.1:{_loansPort}",
                $"--ReverseProxy:Clusters:training-subsidies:Destinations:training-subsidies-1:Address=http://127.0.0.1:{_trainingPort}",
                "--ReverseProxy:Clusters:applicants:HealthCheck:Active:Interval=00:00:01",
                "--ReverseProxy:Clusters:startup-loans:HealthCheck:Active:Interval=00:00:01",
                $"--ReverseProxy:Clusters:policy-catalog:Destinations:policy-catalog-1:Address=http://127.0.0.1:{_policyPort}",
                "--ReverseProxy:Clusters:policy-catalog:HealthCheck:Active:Interval=00:00:01",
                "--ReverseProxy:Clusters:training-subsidies:HealthCheck:Active:Interval=00:00:01",
                $"--ReverseProxy:Clusters:hiring-subsidies:Destinations:hiring-subsidies-1:Address=http://127.0.0.1:{_hiringPort}",
                "--ReverseProxy:Clusters:hiring-subsidies:HealthCheck:Active:Interval=00:00:01",
                $"--ReverseProxy:Clusters:job-matching:Destinations:job-matching-1:Address=http://127.0.0.1:{_jobsPort}",
                "--ReverseProxy:Clusters:job-matching:HealthCheck:Active:Interval=00:00:01",
                $"--ReverseProxy:Clusters:risk-signals:Destinations:risk-signals-1:Address=http://127.0.0.1:{_riskPort}",
                "--ReverseProxy:Clusters:risk-signals:HealthCheck:Active:Interval=00:00:01",
                $"--ReverseProxy:Clusters:bureau-figures:Destinations:bureau-figures-1:Address=http://127.0.0.1:{_figuresPort}",
                "--ReverseProxy:Clusters:bureau-figures:HealthCheck:Active:Interval=00:00:01",
                .. TestCallers.HostArguments,
            ],
            b => b.Logging.ClearProviders());
        await _gateway.StartAsync();

        string[] routed = ["employment.applicants.v1.Applicants", "employment.loans.v1.StartupLoans", "employment.policy.v1.PolicyCatalog", "employment.training.v1.TrainingSubsidies", "employment.hiring.v1.HiringSubsidies", "employment.jobs.v1.JobMatching", "employment.risk.v1.RiskSignals", "employment.figures.v1.BureauFigures"];
        // The gateway serves reflection v1alpha (Grpc.Reflection's service over the routed contracts);
        // grpcurl and grpcio's tools fall back to it when v1 is absent.
        // The shared contracts are routed by their x-subsidy-service header: described, their health is each service's.
        var (exitCode, output) = await PythonPeer.RunClientAsync(grpcPort, "reflection_list,reflection_describe",
            "--expect_services", string.Join(',', routed.Append(SubsidyCases).Append(SubsidyOversight).Append("grpc.health.v1.Health")), "--reflection_versions", "v1alpha");
        Assert.True(exitCode == 0, output);

        // The clusters' active probes report within a couple of seconds of start on a quiet machine.
        (exitCode, output) = await Eventually.ReturnsAsync(
            () => PythonPeer.RunClientAsync(grpcPort, "health_check,health_check_unknown", "--expect_services", string.Join(',', routed)),
            run => run.ExitCode == 0,
            "the Python client's health checks passing");

        Assert.True(exitCode == 0, output);
    }

    private async Task<int> StartAsync(IServiceModule module, string[] arguments)
    {
        var service = await ServiceUnderTest.StartAsync(module, arguments);
        _services.Add(service);
        return service.Port;
    }

    public async Task DisposeAsync()
    {
        if (_gateway is not null)
        {
            await _gateway.StopAsync();
            await _gateway.DisposeAsync();
        }

        foreach (var service in Enumerable.Reverse(_services))
        {
            await service.DisposeAsync();
        }

        Directory.Delete(_directory, recursive: true);
    }
}
