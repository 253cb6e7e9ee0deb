using Employment.Loans.V1;
using Employment.ServiceDefaults.Security;
using Employment.TestInfrastructure;
using Grpc.Core;
using Microsoft.IdentityModel.Tokens;
using Xunit;

namespace IdentityProvider.Tests;

/// <summary>
/// Signing keys rotate without a refused call: the provider publishes the next key before it signs with
/// it and keeps publishing the last one, and a service reads the published keys (cached) at its internal
/// address; a key the provider never published verifies nothing.
/// </summary>
public sealed class KeyRotationTests
{
    [Fact]
    public async Task A_rotation_announced_ahead_refuses_no_call_old_or_new()
    {
        await using var database = await PostgresDatabase.CreateAsync("identity_provider");
        var (current, next) = (ProviderUnderTest.NewKey("key-2026-11"), ProviderUnderTest.NewKey("key-2026-12"));
        var port = FreePort.Get();
        string before;
        var provider = await ProviderUnderTest.StartAsync(port, database.ConnectionString, [current, next]);
        await using var loans = await ClientCredentialsTests.LoansTrusting(provider);
        var client = loans.Client<StartupLoans.StartupLoansClient>();
        try
        {
            before = await provider.TokenAsync(ProviderUnderTest.BankClient);
            await ListOwnLoans(client, before);
        }
        finally
        {
            await provider.DisposeAsync();
        }

        // The next key signs; the last one is still published for the tokens it signed.
        await using var rotated = await ProviderUnderTest.StartAsync(port, database.ConnectionString, [next, current]);
        var after = await rotated.TokenAsync(ProviderUnderTest.BankClient);

        Assert.Equal("key-2026-12", new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(after).Kid);
        await ListOwnLoans(client, after);
        await ListOwnLoans(client, before);
    }

    [Fact]
    public async Task A_token_signed_by_a_key_the_provider_never_published_is_unauthenticated()
    {
        await using var database = await PostgresDatabase.CreateAsync("identity_provider");
        await using var provider = await ProviderUnderTest.StartAsync(FreePort.Get(), database.ConnectionString, [ProviderUnderTest.NewKey("key-2026-11")]);
        await using var loans = await ClientCredentialsTests.LoansTrusting(provider);
        var forger = new TokenIssuer(new ECDsaSecurityKey(System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256)) { KeyId = "key-2026-11" }, ProviderUnderTest.Issuer, "employment-services");
        var forged = forger.Issue(new Caller(CallerRole.Bank, ProviderUnderTest.BankClient, BankCode: ProviderUnderTest.BankCode), TimeSpan.FromMinutes(10));

        var refused = await Assert.ThrowsAsync<RpcException>(() => ListOwnLoans(loans.Client<StartupLoans.StartupLoansClient>(), forged));

        Assert.Equal(StatusCode.Unauthenticated, refused.StatusCode);
    }

    private static async Task ListOwnLoans(StartupLoans.StartupLoansClient client, string token) =>
        await client.ListLoansAsync(new ListLoansRequest { BankCode = ProviderUnderTest.BankCode }, new Metadata { { "authorization", "Bearer " + token } });
}
