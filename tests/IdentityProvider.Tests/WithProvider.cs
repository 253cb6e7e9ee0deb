using Employment.TestInfrastructure;
using Xunit;

namespace IdentityProvider.Tests;

/// <summary>A test class's own provider on its own PostgreSQL database, signing with one key, started before each test and dropped after.</summary>
public abstract class WithProvider : IAsyncLifetime
{
    private PostgresDatabase _database = null!;

    protected ProviderUnderTest Provider { get; private set; } = null!;

    /// <summary>Settings of the test's own besides the provider's defaults.</summary>
    protected virtual string[] Settings => [];

    /// <summary>Services of the test's own, registered after the provider's.</summary>
    protected virtual Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? Services => null;

    public async Task InitializeAsync()
    {
        _database = await PostgresDatabase.CreateAsync("identity_provider");
        Provider = await ProviderUnderTest.StartAsync(FreePort.Get(), _database.ConnectionString, [ProviderUnderTest.NewKey("key-2026-11")], Services, Settings);
    }

    public async Task DisposeAsync()
    {
        await Provider.DisposeAsync();
        await _database.DisposeAsync();
    }

    /// <summary>A browser on its way through the staff's sign-in to the workbench.</summary>
    protected SignInFlow Flow() => new(Provider.Address, ProviderUnderTest.Workbench, ProviderUnderTest.WorkbenchReturn);

    /// <summary>A clerk created as an admin does it (<see cref="ProviderUnderTest.ClerkAsync"/>).</summary>
    protected Task<string> ClerkAsync(string staffNumber, string region, string password) => Provider.ClerkAsync(staffNumber, region, password);
}
