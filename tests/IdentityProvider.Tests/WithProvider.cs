using Employment.TestInfrastructure;
using Xunit;

namespace IdentityProvider.Tests;

/// <summary>A test class's own provider on its own PostgreSQL database, signing with one key, started before each test and dropped after.</summary>
public abstract class WithProvider : IAsyncLifetime
{
    private PostgresDatabase _database = null!;

    protected ProviderUnderTest Provider { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _database = await PostgresDatabase.CreateAsync("identity_provider");
        Provider = await ProviderUnderTest.StartAsync(FreePort.Get(), _database.ConnectionString, [ProviderUnderTest.NewKey("key-2026-11")]);
    }

    public async Task DisposeAsync()
    {
        await Provider.DisposeAsync();
        await _database.DisposeAsync();
    }
}
