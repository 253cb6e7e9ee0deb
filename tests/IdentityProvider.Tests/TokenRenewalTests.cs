using Employment.ServiceDefaults.Security;
using Employment.TestInfrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Xunit;

namespace IdentityProvider.Tests;

/// <summary>
/// A host's own token (the typed gRPC clients' token source) comes from the provider by client credentials
/// and is renewed by the host before it expires: kept for the first two thirds of its ten minutes, a new
/// one after, on a settable clock.
/// </summary>
public sealed class TokenRenewalTests
{
    [Fact]
    public async Task The_service_token_is_kept_two_thirds_of_its_life_then_renewed_before_it_expires()
    {
        await using var database = await PostgresDatabase.CreateAsync("identity_provider");
        await using var provider = await ProviderUnderTest.StartAsync(FreePort.Get(), database.ConnectionString, [ProviderUnderTest.NewKey("key-2026-11")]);
        var clock = new SettableClock(DateTimeOffset.UtcNow);
        await using var services = Services(provider, clock);
        var source = services.GetRequiredService<IServiceTokenSource>();

        var first = await source.GetTokenAsync(CancellationToken.None);
        clock.UtcNow += TimeSpan.FromMinutes(6);
        var kept = await source.GetTokenAsync(CancellationToken.None);
        clock.UtcNow += TimeSpan.FromMinutes(1);
        var renewed = await source.GetTokenAsync(CancellationToken.None);

        Assert.Equal(first, kept);
        Assert.NotEqual(first, renewed);
        Assert.Equal(ProviderUnderTest.ServiceClient, new JsonWebToken(renewed).Subject);
        Assert.Equal("service", new JsonWebToken(renewed).GetPayloadValue<string>("role"));
    }

    [Fact]
    public async Task A_renewal_the_provider_cannot_answer_sends_the_kept_token_while_it_is_valid()
    {
        await using var database = await PostgresDatabase.CreateAsync("identity_provider");
        var provider = await ProviderUnderTest.StartAsync(FreePort.Get(), database.ConnectionString, [ProviderUnderTest.NewKey("key-2026-11")]);
        var clock = new SettableClock(DateTimeOffset.UtcNow);
        await using var services = Services(provider, clock);
        var source = services.GetRequiredService<IServiceTokenSource>();
        var first = await source.GetTokenAsync(CancellationToken.None);

        await provider.DisposeAsync();
        clock.UtcNow += TimeSpan.FromMinutes(8);
        var meanwhile = await source.GetTokenAsync(CancellationToken.None);

        Assert.Equal(first, meanwhile);
    }

    private static ServiceProvider Services(ProviderUnderTest provider, TimeProvider clock)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        ClientCredentialsTokenSource.Register(services, new TokenOptions
        {
            Issuer = ProviderUnderTest.Issuer,
            Client = new ClientCredentialsOptions { TokenAddress = provider.Address + "/connect/token", ClientId = ProviderUnderTest.ServiceClient, Secret = ProviderUnderTest.Secret },
        }, clock);
        return services.BuildServiceProvider();
    }
}
