using Employment.Applicants;
using Employment.ServiceDefaults;
using Employment.TestInfrastructure;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace Gateway.Tests;

/// <summary>The applicants registry on a free port with a SQLite file of its own, trusting the test key.</summary>
public sealed class RegistryUnderTest : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "gateway-tests-" + Guid.NewGuid().ToString("N"));
    private WebApplication _app = null!;

    public string Address { get; private set; } = "";

    public GrpcChannel Channel { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var module = new ApplicantsModule();
        _app = ServiceHost.Build(module, ["--Listen:Port=0", $"--DataDirectory={_directory}", .. TestCallers.HostArguments], b => b.Logging.ClearProviders());
        await module.InitializeAsync(_app, CancellationToken.None);
        await _app.StartAsync();
        Address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Channel = GrpcChannel.ForAddress(Address);
    }

    public async Task DisposeAsync()
    {
        Channel.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
