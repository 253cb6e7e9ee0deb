using Employment.TestInfrastructure;
using Xunit;

namespace IdentityProvider.Tests;

/// <summary>A provider configured wrongly does not start, and says which setting to mend.</summary>
public sealed class ConfigurationTests
{
    [Fact]
    public async Task A_bank_client_without_its_bank_code_stops_the_provider_naming_the_setting()
    {
        await using var database = await PostgresDatabase.CreateAsync("identity_provider");

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => ProviderUnderTest.StartAsync(
            FreePort.Get(), database.ConnectionString, [ProviderUnderTest.NewKey("key-2026-11")], "--IdentityProvider:Clients:0:BankCode="));

        Assert.Contains("BankCode", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_public_development_key_never_signs_outside_development()
    {
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => ProviderUnderTest.StartAsync(
            FreePort.Get(), "Host=unused", [], "--IdentityProvider:UseDevelopmentKey=true"));

        Assert.Contains("UseDevelopmentKey", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_provider_without_a_signing_key_does_not_start()
    {
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => ProviderUnderTest.StartAsync(FreePort.Get(), "Host=unused", []));

        Assert.Contains("IdentityProvider:SigningKeys", refused.Message, StringComparison.Ordinal);
    }
}
