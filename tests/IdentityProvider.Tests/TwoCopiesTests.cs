using System.Net;
using Employment.TestInfrastructure;
using Xunit;

namespace IdentityProvider.Tests;

/// <summary>
/// Two copies of the provider on one database, as a deployment runs them behind the gateway: a clerk who gave the
/// password at one finishes at the other (the session cookie read with the data-protection keys both keep in the
/// database), and the refresh token the second issued is honoured by the first.
/// </summary>
public sealed class TwoCopiesTests : IAsyncLifetime
{
    private const string Password = "Counter-Pass-2026";
    private PostgresDatabase _database = null!;
    private ProviderUnderTest _first = null!;
    private ProviderUnderTest _second = null!;

    public async Task InitializeAsync()
    {
        var key = ProviderUnderTest.NewKey("key-2026-11");
        _database = await PostgresDatabase.CreateAsync("identity_provider");
        _first = await ProviderUnderTest.StartAsync(FreePort.Get(), _database.ConnectionString, [key]);
        _second = await ProviderUnderTest.StartAsync(FreePort.Get(), _database.ConnectionString, [key]);
    }

    public async Task DisposeAsync()
    {
        await _second.DisposeAsync();
        await _first.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact(Timeout = 120_000)]
    public async Task A_sign_in_begun_at_one_copy_ends_at_the_other_and_either_renews_its_tokens()
    {
        var key = await _first.ClerkAsync("JZ0051", "410800", Password);
        var browser = new CookieContainer();
        using var atFirst = new SignInFlow(_first.Address, ProviderUnderTest.Workbench, ProviderUnderTest.WorkbenchReturn, browser);
        using var atSecond = new SignInFlow(_second.Address, ProviderUnderTest.Workbench, ProviderUnderTest.WorkbenchReturn, browser);
        var (verifier, authorize) = atFirst.AuthorizeAddress();

        var returnUrl = await atFirst.SentToSignInAsync(authorize);
        var (password, _) = await atFirst.PostPasswordAsync(returnUrl, "JZ0051", Password);
        using var code = await atSecond.PostStaffCodeAsync(returnUrl, SignInFlow.Code(key));
        var (status, page, tokens) = await atSecond.FollowAsync(code.Headers.Location!.ToString(), verifier);
        var (renewal, _) = await atFirst.TokenAsync(new()
        {
            ["grant_type"] = "refresh_token", ["client_id"] = ProviderUnderTest.Workbench, ["refresh_token"] = tokens!.Value.GetProperty("refresh_token").GetString()!,
        });

        Assert.Equal(HttpStatusCode.Redirect, password);
        Assert.Equal(HttpStatusCode.Redirect, code.StatusCode);
        Assert.True(status == HttpStatusCode.OK, page);
        Assert.Equal(HttpStatusCode.OK, renewal);
    }
}
