using System.Net;
using Employment.TestInfrastructure;
using Xunit;

namespace IdentityProvider.Tests;

/// <summary>
/// Signing out ends the session on the server (ASVS 3.3.1): after <c>/connect/endsession</c> a copy of the provider's
/// cookie taken before gets no authorization code without the password and authenticator again, and the refresh token
/// issued to the clerk is revoked; an admin disabling a clerk ends their sessions and tokens at once too, so enabling them again brings no old session back.
/// A sign-out that does not name the session (no id_token_hint: a link any site could place) asks first, and ends nothing
/// until the person confirms on the provider's own page.
/// </summary>
public sealed class SignOutTests : WithProvider
{
    private const string Password = "Counter-Pass-2026";

    [Fact]
    public async Task After_sign_out_a_copy_of_the_providers_cookie_gets_no_code_and_the_refresh_token_is_revoked()
    {
        var key = await ClerkAsync("JZ0201", "410800", Password);
        var cookies = new CookieContainer();
        using var flow = new SignInFlow(Provider.Address, ProviderUnderTest.Workbench, ProviderUnderTest.WorkbenchReturn, cookies);
        var (_, tokens) = await flow.SignInAsync("JZ0201", Password, () => SignInFlow.Code(key));
        var copied = Copy(cookies, Provider.Address);

        // Before signing out, the cookie alone gets a code: the single sign-on the copy would replay.
        var (verifier, authorize) = flow.AuthorizeAddress("state-2");
        var (beforeStatus, _) = await flow.TokensFromAuthorizeAsync(authorize, verifier);
        // As the workbench and the hall sign out: naming the session by its ID token.
        using (var signedOut = await flow.Browser.GetAsync("/connect/endsession?id_token_hint=" + Uri.EscapeDataString(tokens.GetProperty("id_token").GetString()!)))
        {
            Assert.True(signedOut.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK, $"endsession answered {signedOut.StatusCode}");
        }

        using var replay = new SignInFlow(Provider.Address, ProviderUnderTest.Workbench, ProviderUnderTest.WorkbenchReturn, copied);
        using var replayed = await replay.Browser.GetAsync(replay.AuthorizeAddress("state-3").Address);
        var (refreshStatus, refreshed) = await flow.TokenAsync(new()
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = ProviderUnderTest.Workbench,
            ["refresh_token"] = tokens.GetProperty("refresh_token").GetString()!,
        });

        Assert.Equal(HttpStatusCode.OK, beforeStatus);
        Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
        Assert.StartsWith("/signin", replayed.Headers.Location!.OriginalString.Replace(Provider.Address, "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, refreshStatus);
        Assert.Equal("invalid_grant", refreshed.GetProperty("error").GetString());
    }

    [Fact]
    public async Task A_sign_out_that_names_no_session_asks_first_and_ends_nothing_until_the_person_confirms_on_the_providers_page()
    {
        var key = await ClerkAsync("JZ0203", "410800", Password);
        using var flow = Flow();
        await flow.SignInAsync("JZ0203", Password, () => SignInFlow.Code(key));

        using var asked = await flow.Browser.GetAsync("/connect/endsession");
        var page = await asked.Content.ReadAsStringAsync();
        var (verifier, authorize) = flow.AuthorizeAddress("state-5");
        var (stillStatus, _) = await flow.TokensFromAuthorizeAsync(authorize, verifier);
        using var forged = await flow.Browser.PostAsync("/connect/endsession", new FormUrlEncodedContent(new Dictionary<string, string> { ["confirm_sign_out"] = "1" }));
        var (verifierAfter, authorizeAfter) = flow.AuthorizeAddress("state-6");
        var (afterForgedStatus, _) = await flow.TokensFromAuthorizeAsync(authorizeAfter, verifierAfter);
        using var confirmed = await flow.ConfirmSignOutAsync(page);
        using var afterwards = await flow.Browser.GetAsync(flow.AuthorizeAddress("state-7").Address);

        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        Assert.Contains("是否退出就业创业服务平台的登录", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, stillStatus);
        Assert.Equal(HttpStatusCode.OK, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, afterForgedStatus);
        Assert.True(confirmed.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK, $"the confirmed sign-out answered {confirmed.StatusCode}");
        Assert.Equal(HttpStatusCode.Redirect, afterwards.StatusCode);
        Assert.Contains("/signin", afterwards.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Disabling_a_clerk_ends_their_session_at_the_provider_so_it_does_not_come_back_when_they_are_enabled_again()
    {
        var key = await ClerkAsync("JZ0202", "410800", Password);
        using var flow = Flow();
        await flow.SignInAsync("JZ0202", Password, () => SignInFlow.Code(key));
        using var admin = await Provider.AdminAsync();

        using var disabled = await admin.PostAsync("/admin/staff/JZ0202/disable", null);
        using var enabled = await admin.PostAsync("/admin/staff/JZ0202/enable", null);
        using var afterwards = await flow.Browser.GetAsync(flow.AuthorizeAddress("state-4").Address);

        Assert.Equal(HttpStatusCode.OK, disabled.StatusCode);
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, afterwards.StatusCode);
        Assert.Contains("/signin", afterwards.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    private static CookieContainer Copy(CookieContainer from, string address)
    {
        var copy = new CookieContainer();
        foreach (Cookie cookie in from.GetCookies(new Uri(address)))
        {
            copy.Add(new Cookie(cookie.Name, cookie.Value, cookie.Path, cookie.Domain));
        }

        return copy;
    }
}
