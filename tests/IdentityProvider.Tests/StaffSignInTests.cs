using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Employment.IdentityProvider.Domain;
using Employment.TestInfrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using OtpNet;
using Xunit;

namespace IdentityProvider.Tests;

/// <summary>
/// A clerk signs in to the workbench by the authorization code with PKCE (RFC 7636): 工号 and password, then
/// the authenticator's code (RFC 6238); the token names the clerk, the role and the office. Five wrong
/// passwords lock the account; a disabled account's refresh is refused at once; a request without PKCE or
/// to an address not registered gets no code.
/// </summary>
public sealed partial class StaffSignInTests : WithProvider
{
    private const string Password = "Counter-Pass-2026";

    [Fact]
    public async Task A_clerk_signs_in_with_password_and_authenticator_code_and_gets_a_token_naming_clerk_role_and_office()
    {
        var key = await ClerkAsync("JZ0001", "410800");
        using var browser = Browser();
        var (verifier, authorize) = AuthorizeAddress();

        var tokens = await SignInAsync(browser, authorize, verifier, "JZ0001", Password, Code(key));
        var access = new JsonWebToken(tokens.GetProperty("access_token").GetString());

        Assert.Equal("JZ0001", access.Subject);
        Assert.Equal("counter", access.GetPayloadValue<string>("role"));
        Assert.Equal("410800", access.GetPayloadValue<string>("region_code"));
        Assert.Equal(["employment-services"], access.Audiences);
        Assert.Equal(TimeSpan.FromMinutes(10), access.ValidTo - access.IssuedAt);
        Assert.True(tokens.TryGetProperty("refresh_token", out _));
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_and_then_even_the_right_one_is_refused()
    {
        await ClerkAsync("JZ0002", "410800");
        using var browser = Browser();
        var (_, authorize) = AuthorizeAddress();
        var returnUrl = authorize;

        var answers = new List<(HttpStatusCode Status, string Page)>();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            answers.Add(await PostPasswordAsync(browser, returnUrl, "JZ0002", "not-the-password-" + attempt));
        }

        var afterwards = await PostPasswordAsync(browser, returnUrl, "JZ0002", Password);

        Assert.All(answers[..4], a => Assert.Equal(HttpStatusCode.Unauthorized, a.Status));
        Assert.Contains("再输错 1 次", answers[3].Page, StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode)423, answers[4].Status);
        Assert.Equal((HttpStatusCode)423, afterwards.Status);
        Assert.Contains("账号已锁定 15 分钟", afterwards.Page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_disabled_clerks_refresh_is_refused_at_once()
    {
        var key = await ClerkAsync("JZ0003", "410800");
        using var browser = Browser();
        var (verifier, authorize) = AuthorizeAddress();
        var tokens = await SignInAsync(browser, authorize, verifier, "JZ0003", Password, Code(key));

        await using (var scope = Provider.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffAccount>>();
            var account = await users.FindByNameAsync("JZ0003");
            account!.Disabled = true;
            await users.UpdateAsync(account);
        }

        var (status, refused) = await TokenAsync(new()
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = ProviderUnderTest.Workbench,
            ["refresh_token"] = tokens.GetProperty("refresh_token").GetString()!,
        });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("invalid_grant", refused.GetProperty("error").GetString());
    }

    [Fact]
    public async Task An_authorization_request_without_PKCE_or_to_an_unregistered_address_gets_no_code()
    {
        using var browser = Browser();
        var withoutPkce = QueryHelpers.AddQueryString("/connect/authorize", new Dictionary<string, string?>
        {
            ["client_id"] = ProviderUnderTest.Workbench, ["redirect_uri"] = ProviderUnderTest.WorkbenchReturn, ["response_type"] = "code", ["scope"] = "openid",
        });
        var (_, pkce) = AuthorizeAddress();
        var elsewhere = pkce.Replace(Uri.EscapeDataString(ProviderUnderTest.WorkbenchReturn), Uri.EscapeDataString("https://attacker.test/cb"), StringComparison.Ordinal);

        using var missing = await browser.GetAsync(withoutPkce);
        using var unregistered = await browser.GetAsync(elsewhere);

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unregistered.StatusCode);
        Assert.Null(unregistered.Headers.Location);
    }

    /// <summary>A clerk created as an admin does it: password, authenticator bound. Answers the authenticator's key.</summary>
    private async Task<string> ClerkAsync(string staffNumber, string region)
    {
        await using var scope = Provider.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffAccount>>();
        var account = new StaffAccount { UserName = staffNumber, StaffNumber = staffNumber, DisplayName = "测试经办人", OfficeRegion = region, StaffRole = "counter" };
        Assert.True((await users.CreateAsync(account, Password)).Succeeded);
        await users.ResetAuthenticatorKeyAsync(account);
        await users.SetTwoFactorEnabledAsync(account, true);
        return (await users.GetAuthenticatorKeyAsync(account))!;
    }

    private Uri Absolute(Uri location) => location.IsAbsoluteUri ? location : new Uri(new Uri(Provider.Address), location);

    private static string Code(string key) => new Totp(Base32Encoding.ToBytes(key)).ComputeTotp();

    private HttpClient Browser() => new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = new Uri(Provider.Address) };

    private static (string Verifier, string Address) AuthorizeAddress()
    {
        var verifier = Base64UrlTextEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        var challenge = Base64UrlTextEncoder.Encode(SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(verifier)));
        return (verifier, QueryHelpers.AddQueryString("/connect/authorize", new Dictionary<string, string?>
        {
            ["client_id"] = ProviderUnderTest.Workbench,
            ["redirect_uri"] = ProviderUnderTest.WorkbenchReturn,
            ["response_type"] = "code",
            ["scope"] = "openid offline_access",
            ["state"] = "state-1",
            ["code_challenge"] = challenge,
            ["code_challenge_method"] = "S256",
        }));
    }

    /// <summary>The whole way a browser goes: authorize, the two sign-in pages, back to authorize, the code to the workbench, the code for tokens.</summary>
    private async Task<JsonElement> SignInAsync(HttpClient browser, string authorize, string verifier, string staffNumber, string password, string code)
    {
        using var first = await browser.GetAsync(authorize);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var returnUrl = QueryHelpers.ParseQuery(Absolute(first.Headers.Location!).Query)["returnUrl"].ToString();
        var (passwordStatus, _) = await PostPasswordAsync(browser, returnUrl, staffNumber, password);
        Assert.Equal(HttpStatusCode.Redirect, passwordStatus);
        var codePage = await browser.GetStringAsync("/signin/code?returnUrl=" + Uri.EscapeDataString(returnUrl));
        using var codeAnswer = await browser.PostAsync("/signin/code", Form(codePage, new() { ["returnUrl"] = returnUrl, ["code"] = code }));
        Assert.Equal(HttpStatusCode.Redirect, codeAnswer.StatusCode);
        using var back = await browser.GetAsync(codeAnswer.Headers.Location);
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        var redirect = back.Headers.Location!;
        Assert.StartsWith(ProviderUnderTest.WorkbenchReturn, redirect.ToString(), StringComparison.Ordinal);
        var query = QueryHelpers.ParseQuery(redirect.Query);
        Assert.Equal("state-1", query["state"].ToString());
        var (status, tokens) = await TokenAsync(new()
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = ProviderUnderTest.Workbench,
            ["redirect_uri"] = ProviderUnderTest.WorkbenchReturn,
            ["code"] = query["code"].ToString(),
            ["code_verifier"] = verifier,
        });
        Assert.True(status == HttpStatusCode.OK, tokens.ToString());
        return tokens;
    }

    private static async Task<(HttpStatusCode Status, string Page)> PostPasswordAsync(HttpClient browser, string returnUrl, string staffNumber, string password)
    {
        var page = await browser.GetStringAsync("/signin?returnUrl=" + Uri.EscapeDataString(returnUrl));
        using var answer = await browser.PostAsync("/signin", Form(page, new() { ["returnUrl"] = returnUrl, ["staffNumber"] = staffNumber, ["password"] = password }));
        return (answer.StatusCode, await answer.Content.ReadAsStringAsync());
    }

    /// <summary>The page's form as a browser posts it: its antiforgery field and the values typed.</summary>
    private static FormUrlEncodedContent Form(string page, Dictionary<string, string> values)
    {
        var antiforgery = AntiforgeryField().Match(page);
        Assert.True(antiforgery.Success, "the page has no antiforgery field");
        values[WebUtility.HtmlDecode(antiforgery.Groups["name"].Value)] = WebUtility.HtmlDecode(antiforgery.Groups["value"].Value);
        return new FormUrlEncodedContent(values);
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> TokenAsync(Dictionary<string, string> form)
    {
        using var answer = await Provider.Http.PostAsync("/connect/token", new FormUrlEncodedContent(form));
        return (answer.StatusCode, JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement);
    }

    // The first hidden field of each sign-in form is its antiforgery token.
    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]+)\">")]
    private static partial Regex AntiforgeryField();
}
