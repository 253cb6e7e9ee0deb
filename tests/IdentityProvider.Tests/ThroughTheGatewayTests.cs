using System.Text.Json;
using Employment.Gateway;
using Employment.TestInfrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using Xunit;

namespace IdentityProvider.Tests;

/// <summary>
/// Callers reach the provider through the gateway like everything else: discovery, the key set and the
/// token endpoint on the gateway's HTTP port (routes <c>identity-provider-*</c>), answered by the provider.
/// </summary>
public sealed class ThroughTheGatewayTests
{
    [Fact]
    public async Task Discovery_keys_and_a_bank_token_are_answered_through_the_gateways_http_port()
    {
        await using var database = await PostgresDatabase.CreateAsync("identity_provider");
        await using var provider = await ProviderUnderTest.StartAsync(FreePort.Get(), database.ConnectionString, [ProviderUnderTest.NewKey("key-2026-11")]);
        var httpPort = FreePort.Get();
        await using var gateway = GatewayHost.Build(
            [
                $"--Gateway:GrpcPort={FreePort.Get()}",
                $"--Gateway:HttpPort={httpPort}",
                $"--ReverseProxy:Clusters:identity-provider:Destinations:identity-provider-1:Address={provider.Address}",
                .. TestCallers.HostArguments,
            ],
            b => b.Logging.ClearProviders());
        await gateway.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{httpPort}") };

        var discovery = JsonDocument.Parse(await http.GetStringAsync("/.well-known/openid-configuration")).RootElement;
        var keys = JsonDocument.Parse(await http.GetStringAsync("/.well-known/jwks")).RootElement;
        using var token = await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = ProviderUnderTest.BankClient,
            ["client_secret"] = ProviderUnderTest.Secret,
        }));

        Assert.Equal(ProviderUnderTest.Issuer, discovery.GetProperty("issuer").GetString());
        Assert.Equal("key-2026-11", keys.GetProperty("keys")[0].GetProperty("kid").GetString());
        Assert.Equal(200, (int)token.StatusCode);
        Assert.Equal("Bearer", JsonDocument.Parse(await token.Content.ReadAsStringAsync()).RootElement.GetProperty("token_type").GetString());
    }
}
