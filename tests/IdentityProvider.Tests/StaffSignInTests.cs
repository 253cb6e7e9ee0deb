using System.Net;
using Employment.IdentityProvider.Domain;
using Employment.TestInfrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Xunit;

namespace IdentityProvider.Tests;

/// <summary>
/// A clerk signs in to the workbench by the authorization code with PKCE (RFC 7636): 工号 and password, then
/// the authenticator's code (RFC 6238); the token names the clerk, the role and the office. A code is accepted once only; a disabled account's refresh is refused at
/// once; a request without PKCE or to an address not registered gets no code.
/// </summary>
public sealed class StaffSignInTests : WithProvider
{
    private const string Password = "Counter-Pass-2026";

    [Fact]
    public async Task A_clerk_signs_in_with_password_and_authenticator_code_and_gets_a_token_naming_clerk_role_and_office()
    {
        var key = await ClerkAsync("JZ0001", "410800");
        using var flow = Flow();

        var (status, tokens) = await flow.SignInAsync("JZ0001", Password, () => SignInFlow.Code(key));
        var access = new JsonWebToken(tokens.GetProperty("access_token").GetString());

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("JZ0001", access.Subject);
        Assert.Equal("counter", access.GetPayloadValue<string>("role"));
        Assert.Equal("410800", access.GetPayloadValue<string>("region_code"));
        Assert.Equal(["employment-services"], access.Audiences);
        Assert.Equal(TimeSpan.FromMinutes(10), access.ValidTo - access.IssuedAt);
        Assert.True(tokens.TryGetProperty("refresh_token", out _));
    }

    [Fact]
    public async Task An_authenticator_code_already_used_signs_no_one_in_again()
    {
        var key = await ClerkAsync("JZ0004", "410800");
        var code = SignInFlow.Code(key);
        using var first = Flow();
        using var second = Flow();

        var (status, _) = await first.SignInAsync("JZ0004", Password, () => code);
        var replay = await Assert.ThrowsAsync<InvalidOperationException>(() => second.SignInAsync("JZ0004", Password, () => code));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Unauthorized", replay.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_disabled_clerks_refresh_is_refused_at_once()
    {
        var key = await ClerkAsync("JZ0003", "410800");
        using var flow = Flow();
        var (_, tokens) = await flow.SignInAsync("JZ0003", Password, () => SignInFlow.Code(key));

        await using (var scope = Provider.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffAccount>>();
            var account = await users.FindByNameAsync("JZ0003");
            account!.Disabled = true;
            await users.UpdateAsync(account);
        }

        var (status, refused) = await flow.TokenAsync(new()
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = ProviderUnderTest.Workbench,
            ["refresh_token"] = tokens.GetProperty("refresh_token").GetString()!,
        });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("invalid_grant", refused.GetProperty("error").GetString());
    }

    [Fact]
    public async Task An_authorization_request_without_PKCE_with_a_plain_challenge_or_to_an_unregistered_address_gets_no_code()
    {
        using var flow = Flow();
        var withoutPkce = QueryHelpers.AddQueryString("/connect/authorize", new Dictionary<string, string?>
        {
            ["client_id"] = ProviderUnderTest.Workbench, ["redirect_uri"] = ProviderUnderTest.WorkbenchReturn, ["response_type"] = "code", ["scope"] = "openid",
        });
        var (_, pkce) = flow.AuthorizeAddress();
        var elsewhere = pkce.Replace(Uri.EscapeDataString(ProviderUnderTest.WorkbenchReturn), Uri.EscapeDataString("https://attacker.test/cb"), StringComparison.Ordinal);
        // RFC 9700 2.1.1: the plain method sends the verifier itself; only S256 is taken or advertised.
        var plain = QueryHelpers.AddQueryString(withoutPkce, new Dictionary<string, string?> { ["code_challenge"] = new string('p', 43), ["code_challenge_method"] = "plain" });

        using var missing = await flow.Browser.GetAsync(withoutPkce);
        using var unregistered = await flow.Browser.GetAsync(elsewhere);
        using var plainly = await flow.Browser.GetAsync(plain);
        var discovery = System.Text.Json.JsonDocument.Parse(await Provider.Http.GetStringAsync("/.well-known/openid-configuration")).RootElement;

        Assert.Equal(HttpStatusCode.BadRequest, plainly.StatusCode);
        Assert.Null(plainly.Headers.Location);
        Assert.Equal(["S256"], discovery.GetProperty("code_challenge_methods_supported").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unregistered.StatusCode);
        Assert.Null(unregistered.Headers.Location);
    }

    private Task<string> ClerkAsync(string staffNumber, string region) => ClerkAsync(staffNumber, region, Password);

}
