using Employment.Applicants;
using Employment.TestInfrastructure;
using Grpc.Net.Client;
using Xunit;

namespace Gateway.Tests;

/// <summary>The applicants registry on a free port with a SQLite file of its own, trusting the test key.</summary>
public sealed class RegistryUnderTest : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "gateway-tests-" + Guid.NewGuid().ToString("N"));
    private ServiceUnderTest _registry = null!;

    public string Address => _registry.Address;

    public GrpcChannel Channel => _registry.Channel;

    public async Task InitializeAsync() =>
        _registry = await ServiceUnderTest.StartAsync<ApplicantsModule>([$"--DataDirectory={_directory}"]);

    public async Task DisposeAsync()
    {
        await _registry.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
