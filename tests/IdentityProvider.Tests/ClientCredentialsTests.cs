using System.Text.Json;
using Employment.Loans;
using Employment.Loans.V1;
using Employment.TestInfrastructure;
using Grpc.Core;
using Microsoft.IdentityModel.JsonWebTokens;
using Xunit;

namespace IdentityProvider.Tests;

/// <summary>
/// Banks and services obtain their tokens from the provider by OAuth 2.0 client credentials (RFC 6749 §4.4):
/// short-lived, naming the client, its role and a bank's code; the loans service verifies them with the
/// keys the provider publishes, read at its internal address.
/// </summary>
public sealed class ClientCredentialsTests : WithProvider
{
    [Fact]
    public async Task A_bank_clients_token_names_the_client_its_role_and_its_bank_and_lives_minutes()
    {
        var token = new JsonWebToken(await Provider.TokenAsync(ProviderUnderTest.BankClient));

        Assert.Equal(ProviderUnderTest.Issuer, token.Issuer);
        Assert.Equal(["employment-services"], token.Audiences);
        Assert.Equal("key-2026-11", token.Kid);
        Assert.Equal("ES256", token.Alg);
        Assert.Equal(ProviderUnderTest.BankClient, token.Subject);
        Assert.Equal("bank", token.GetPayloadValue<string>("role"));
        Assert.Equal(ProviderUnderTest.BankCode, token.GetPayloadValue<string>("bank_code"));
        Assert.Equal(TimeSpan.FromMinutes(10), token.ValidTo - token.IssuedAt);
    }

    [Fact]
    public async Task A_service_clients_token_names_the_service_and_no_bank()
    {
        var token = new JsonWebToken(await Provider.TokenAsync(ProviderUnderTest.ServiceClient));

        Assert.Equal(ProviderUnderTest.ServiceClient, token.Subject);
        Assert.Equal("service", token.GetPayloadValue<string>("role"));
        Assert.False(token.TryGetPayloadValue<string>("bank_code", out _));
    }

    [Fact]
    public async Task A_wrong_secret_and_an_unknown_client_are_invalid_client()
    {
        var (wrongStatus, wrong) = await Provider.RequestTokenAsync(ProviderUnderTest.BankClient, "not-the-secret-of-this-client-000");
        var (unknownStatus, unknown) = await Provider.RequestTokenAsync("no-such-client", ProviderUnderTest.Secret);

        Assert.Equal(401, wrongStatus);
        Assert.Equal("invalid_client", wrong.GetProperty("error").GetString());
        Assert.Equal(401, unknownStatus);
        Assert.Equal("invalid_client", unknown.GetProperty("error").GetString());
    }

    [Fact]
    public async Task A_machine_client_gets_no_token_by_a_grant_it_was_not_given()
    {
        var (status, body) = await Provider.RequestTokenAsync(ProviderUnderTest.BankClient, ProviderUnderTest.Secret, grant: "password");

        Assert.Equal(400, status);
        Assert.Equal("unsupported_grant_type", body.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Discovery_gives_the_public_issuer_and_its_token_and_key_endpoints()
    {
        var discovery = JsonDocument.Parse(await Provider.Http.GetStringAsync("/.well-known/openid-configuration")).RootElement;
        var keys = JsonDocument.Parse(await Provider.Http.GetStringAsync("/.well-known/jwks")).RootElement;

        Assert.Equal(ProviderUnderTest.Issuer, discovery.GetProperty("issuer").GetString());
        Assert.Equal(ProviderUnderTest.Issuer + "connect/token", discovery.GetProperty("token_endpoint").GetString());
        Assert.Equal(ProviderUnderTest.Issuer + ".well-known/jwks", discovery.GetProperty("jwks_uri").GetString());
        Assert.Contains("client_credentials", discovery.GetProperty("grant_types_supported").EnumerateArray().Select(g => g.GetString()));
        var key = Assert.Single(keys.GetProperty("keys").EnumerateArray());
        Assert.Equal("key-2026-11", key.GetProperty("kid").GetString());
        Assert.False(key.TryGetProperty("d", out _), "the key set publishes the public half only");
    }

    [Fact]
    public async Task The_loans_service_accepts_a_bank_token_for_its_own_bank_only()
    {
        await using var loans = await LoansTrusting(Provider);
        var client = loans.Client<StartupLoans.StartupLoansClient>();
        var bearer = new Metadata { { "authorization", "Bearer " + await Provider.TokenAsync(ProviderUnderTest.BankClient) } };

        var own = await client.ListLoansAsync(new ListLoansRequest { BankCode = ProviderUnderTest.BankCode }, bearer);
        var other = await Assert.ThrowsAsync<RpcException>(() => client.ListLoansAsync(new ListLoansRequest { BankCode = "OTHER-BANK-002" }, bearer).ResponseAsync);

        Assert.Empty(own.Loans);
        Assert.Equal(StatusCode.PermissionDenied, other.StatusCode);
    }

    /// <summary>The loans service trusting only the provider's published keys, as production configures it.</summary>
    internal static Task<ServiceUnderTest> LoansTrusting(ProviderUnderTest provider) =>
        ServiceUnderTest.StartAsync<LoansModule>(
        [
            $"--Authentication:Issuer={ProviderUnderTest.Issuer}",
            $"--Authentication:KeysAddress={provider.KeysAddress}",
            "--Authentication:KeysRequireHttps=false",
        ]);
}
