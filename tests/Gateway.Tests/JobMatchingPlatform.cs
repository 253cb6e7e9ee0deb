using Employment.Applicants;
using Employment.Gateway;
using Employment.Jobs;
using Employment.TestInfrastructure;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using Xunit;

namespace Gateway.Tests;

/// <summary>
/// The real job-matching service (its embedded SQLite default, as the launcher runs it) reading
/// seekers' profiles from the real applicants registry, and the gateway in front of both, trusting the
/// test key. Unlike <see cref="PlatformUnderTest"/>, which routes to a stand-in, every answer here is the service's own.
/// </summary>
public sealed class JobMatchingPlatform : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "gateway-jobs-" + Guid.NewGuid().ToString("N"));
    private readonly List<ServiceUnderTest> _services = [];
    private WebApplication? _gateway;

    public GrpcChannel Channel { get; private set; } = null!;

    /// <summary>Calls through the gateway whose every refusal is checked for its details (<see cref="DetailedRefusals"/>).</summary>
    public Grpc.Core.CallInvoker Invoker => Grpc.Core.Interceptors.CallInvokerExtensions.Intercept(Channel.CreateCallInvoker(), new DetailedRefusals());

    public HttpClient Http { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var applicants = await StartAsync(new ApplicantsModule());
        var jobs = await StartAsync(new JobsModule(), "--Demo:Load=false", $"--Services:applicants={applicants}");
        var grpcPort = FreePort.Get();
        var httpPort = FreePort.Get();
        _gateway = GatewayHost.Build(
            [
                $"--Gateway:GrpcPort={grpcPort}",
                $"--Gateway:HttpPort={httpPort}",
                $"--ReverseProxy:Clusters:applicants:Destinations:applicants-1:Address={applicants}",
                "--ReverseProxy:Clusters:applicants:HealthCheck:Active:Interval=00:00:01",
                $"--ReverseProxy:Clusters:job-matching:Destinations:job-matching-1:Address={jobs}",
                "--ReverseProxy:Clusters:job-matching:HealthCheck:Active:Interval=00:00:01",
                .. TestCallers.HostArguments,
            ],
            b => b.Logging.ClearProviders());
        await _gateway.StartAsync();
        Channel = GrpcChannel.ForAddress($"http://127.0.0.1:{grpcPort}");
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{httpPort}") };
    }

    public async Task DisposeAsync()
    {
        Channel.Dispose();
        Http.Dispose();
        if (_gateway is not null)
        {
            await _gateway.StopAsync();
            await _gateway.DisposeAsync();
        }

        foreach (var service in Enumerable.Reverse(_services))
        {
            await service.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private async Task<string> StartAsync(Employment.ServiceDefaults.IServiceModule module, params string[] arguments)
    {
        var service = await ServiceUnderTest.StartAsync(module, [$"--DataDirectory={_directory}", .. arguments]);
        _services.Add(service);
        return service.Address;
    }
}
