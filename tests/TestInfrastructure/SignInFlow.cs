using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;
using OtpNet;

namespace Employment.TestInfrastructure;

/// <summary>
/// A browser's way through the identity provider's sign-in, over plain HTTP with its own cookies and no
/// automatic redirects: the authorization request with PKCE (S256); for staff the 工号 and password page and
/// the authenticator's code page (a TOTP code computed from the account's key, as a phone computes it), for a
/// citizen the identity number and name page and the SMS code page; back to the authorization endpoint, the
/// code to the application's address, and the code exchanged for tokens.
/// </summary>
public sealed partial class SignInFlow(string provider, string clientId, string redirectUri, CookieContainer? cookies = null) : IDisposable
{
    // One browser's cookies: two flows given the same container are one browser going to two copies of the provider.
    private readonly HttpClient _browser = new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies ?? new CookieContainer() }) { BaseAddress = new Uri(provider) };

    public HttpClient Browser => _browser;

    /// <summary>The current code of an authenticator bound to <paramref name="base32Key"/>.</summary>
    public static string Code(string base32Key) => new Totp(Base32Encoding.ToBytes(base32Key)).ComputeTotp();

    /// <summary>An authorization request's address with a fresh PKCE verifier, for scopes openid and offline_access unless others are named.</summary>
    public (string Verifier, string Address) AuthorizeAddress(string state = "state-1", string scope = "openid offline_access")
    {
        var verifier = Base64UrlTextEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        var challenge = Base64UrlTextEncoder.Encode(SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(verifier)));
        return (verifier, QueryHelpers.AddQueryString("/connect/authorize", new Dictionary<string, string?>
        {
            ["client_id"] = clientId,
            ["redirect_uri"] = redirectUri,
            ["response_type"] = "code",
            ["scope"] = scope,
            ["state"] = state,
            ["code_challenge"] = challenge,
            ["code_challenge_method"] = "S256",
        }));
    }

    /// <summary>The whole way; answers the token endpoint's status and body. Any step that does not redirect as it should throws.</summary>
    public async Task<(HttpStatusCode Status, JsonElement Tokens)> SignInAsync(string staffNumber, string password, Func<string> code)
    {
        var (verifier, authorize) = AuthorizeAddress();
        var returnUrl = await SentToSignInAsync(authorize);
        var (passwordStatus, page) = await PostPasswordAsync(returnUrl, staffNumber, password);
        if (passwordStatus != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"The password page answered {passwordStatus}: {page}");
        }

        using var codeAnswer = await PostStaffCodeAsync(returnUrl, code());
        return await BackWithCodeAsync(codeAnswer, verifier);
    }

    /// <summary>
    /// A clerk signing in to an application that handles the code itself (the workbench): its first screen sends the
    /// browser to the provider, the 工号, password and authenticator's code are posted, and the redirects are followed
    /// back through the application's callback (which sets its session cookie) to the screen it started from, whose
    /// address is answered. Any step that does not lead on as it should throws.
    /// </summary>
    public async Task<Uri> SignInToApplicationAsync(string firstScreen, string staffNumber, string password, Func<string> code)
    {
        using var first = await _browser.GetAsync(firstScreen);
        var returnUrl = await SentToSignInAsync(Redirected(first).ToString());
        var (passwordStatus, page) = await PostPasswordAsync(returnUrl, staffNumber, password);
        if (passwordStatus != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"The password page answered {passwordStatus}: {page}");
        }

        using var coded = await PostStaffCodeAsync(returnUrl, code());
        var next = Redirected(coded);
        for (var hop = 0; hop < 8; hop++)
        {
            using var answer = await _browser.GetAsync(next);
            if (answer.StatusCode == HttpStatusCode.OK)
            {
                return next;
            }

            next = Redirected(answer);
        }

        throw new InvalidOperationException($"Signing in did not come back to a screen (last {next}).");
    }

    /// <summary>The authenticator's code page, fetched and posted as a browser does (the caller disposes the answer).</summary>
    public async Task<HttpResponseMessage> PostStaffCodeAsync(string returnUrl, string code)
    {
        var codePage = await _browser.GetStringAsync("/signin/code?returnUrl=" + Uri.EscapeDataString(returnUrl));
        return await _browser.PostAsync("/signin/code", Form(codePage, new() { ["returnUrl"] = returnUrl, ["code"] = code }));
    }

    /// <summary>A citizen's whole way (the identity number and name, then the code <paramref name="code"/> reads from the SMS sent); answers the token endpoint's status and body.</summary>
    public async Task<(HttpStatusCode Status, JsonElement Tokens)> CitizenSignInAsync(string idNumber, string name, Func<string> code)
    {
        var (verifier, authorize) = AuthorizeAddress();
        var returnUrl = await SentToSignInAsync(authorize);
        var (status, codePage) = await PostRealNameAsync(returnUrl, idNumber, name);
        if (status != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"The real-name page answered {status}: {codePage}");
        }

        var (codeStatus, answer) = await PostCitizenCodeAsync(codePage, returnUrl, code());
        using var codeAnswer = answer;
        if (codeStatus != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"The code page answered {codeStatus}: {await answer.Content.ReadAsStringAsync()}");
        }

        return await BackWithCodeAsync(answer, verifier);
    }

    /// <summary>Where the authorization request sends a browser not signed in: the sign-in page's returnUrl.</summary>
    public async Task<string> SentToSignInAsync(string authorize)
    {
        using var first = await _browser.GetAsync(authorize);
        return QueryHelpers.ParseQuery(Redirected(first).Query)["returnUrl"].ToString();
    }

    /// <summary>The citizens' first page, fetched and posted as a browser does: on success, the code page.</summary>
    public async Task<(HttpStatusCode Status, string Page)> PostRealNameAsync(string returnUrl, string idNumber, string name)
    {
        var page = await _browser.GetStringAsync("/citizen/signin?returnUrl=" + Uri.EscapeDataString(returnUrl));
        using var answer = await _browser.PostAsync("/citizen/signin", Form(page, new() { ["returnUrl"] = returnUrl, ["idNumber"] = idNumber, ["name"] = name }));
        return (answer.StatusCode, await answer.Content.ReadAsStringAsync());
    }

    /// <summary>The code page's form posted with <paramref name="code"/> (the caller disposes the answer).</summary>
    public async Task<(HttpStatusCode Status, HttpResponseMessage Answer)> PostCitizenCodeAsync(string codePage, string returnUrl, string code)
    {
        var answer = await _browser.PostAsync("/citizen/signin/code", Form(codePage, new()
        {
            ["returnUrl"] = returnUrl, ["attempt"] = Hidden(codePage, "attempt"), ["phone"] = Hidden(codePage, "phone"), ["code"] = code,
        }));
        return (answer.StatusCode, answer);
    }

    private Task<(HttpStatusCode Status, JsonElement Tokens)> BackWithCodeAsync(HttpResponseMessage signedIn, string verifier) =>
        TokensFromAuthorizeAsync(Redirected(signedIn).ToString(), verifier);

    /// <summary>An authorization request (or a link a provider's page gives back to one) that the signed-in browser follows to the application with a code, exchanged for tokens.</summary>
    public async Task<(HttpStatusCode Status, JsonElement Tokens)> TokensFromAuthorizeAsync(string authorize, string verifier)
    {
        using var answer = await _browser.GetAsync(authorize);
        var redirect = Redirected(answer);
        if (!redirect.ToString().StartsWith(redirectUri, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The code went to {redirect}, not the application's address.");
        }

        return await ExchangeAsync(redirect, verifier);
    }

    /// <summary>
    /// Follows redirects from <paramref name="start"/> as a browser does, across hosts (an external identity
    /// provider and back), until one leads to the application's address, whose code is exchanged for tokens, or
    /// a page answers instead (its status and text, no tokens).
    /// </summary>
    public async Task<(HttpStatusCode Status, string Page, JsonElement? Tokens)> FollowAsync(string start, string verifier)
    {
        var next = new Uri(start, UriKind.RelativeOrAbsolute);
        for (var hop = 0; hop < 12; hop++)
        {
            using var answer = await _browser.GetAsync(next);
            if (answer.StatusCode != HttpStatusCode.Redirect)
            {
                return (answer.StatusCode, await answer.Content.ReadAsStringAsync(), null);
            }

            next = Redirected(answer);
            if (next.ToString().StartsWith(redirectUri, StringComparison.Ordinal))
            {
                var (status, tokens) = await ExchangeAsync(next, verifier);
                return (status, tokens.ToString(), tokens);
            }
        }

        throw new InvalidOperationException($"More than 12 redirects from {start}.");
    }

    /// <summary>The code the application received at <paramref name="redirect"/>, exchanged for tokens with the PKCE verifier.</summary>
    public Task<(HttpStatusCode Status, JsonElement Tokens)> ExchangeAsync(Uri redirect, string verifier) => TokenAsync(new()
    {
        ["grant_type"] = "authorization_code",
        ["client_id"] = clientId,
        ["redirect_uri"] = redirectUri,
        ["code"] = QueryHelpers.ParseQuery(redirect.Query)["code"].ToString(),
        ["code_verifier"] = verifier,
    });

    /// <summary>The 工号 and password page, fetched and posted as a browser does.</summary>
    public async Task<(HttpStatusCode Status, string Page)> PostPasswordAsync(string returnUrl, string staffNumber, string password)
    {
        var page = await _browser.GetStringAsync("/signin?returnUrl=" + Uri.EscapeDataString(returnUrl));
        using var answer = await _browser.PostAsync("/signin", Form(page, new() { ["returnUrl"] = returnUrl, ["staffNumber"] = staffNumber, ["password"] = password }));
        return (answer.StatusCode, await answer.Content.ReadAsStringAsync());
    }

    /// <summary>A form posted to the token endpoint.</summary>
    public async Task<(HttpStatusCode Status, JsonElement Body)> TokenAsync(Dictionary<string, string> form)
    {
        using var answer = await _browser.PostAsync("/connect/token", new FormUrlEncodedContent(form));
        return (answer.StatusCode, JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement);
    }

    /// <summary>退出登录 on the provider's confirmation page: its form posted back as a browser would, every hidden field with it.</summary>
    public Task<HttpResponseMessage> ConfirmSignOutAsync(string page)
    {
        var fields = FirstHiddenField().Matches(page).ToDictionary(m => WebUtility.HtmlDecode(m.Groups["name"].Value), m => WebUtility.HtmlDecode(m.Groups["value"].Value));
        return _browser.PostAsync("/connect/endsession", new FormUrlEncodedContent(fields));
    }

    public void Dispose() => _browser.Dispose();

    private Uri Redirected(HttpResponseMessage answer)
    {
        if (answer.StatusCode != HttpStatusCode.Redirect || answer.Headers.Location is not { } location)
        {
            throw new InvalidOperationException($"Expected a redirect, got {answer.StatusCode}.");
        }

        return location.IsAbsoluteUri ? location : new Uri(_browser.BaseAddress!, location);
    }

    /// <summary>The page's form as a browser posts it: its antiforgery field (the form's first hidden field) and the values typed.</summary>
    private static FormUrlEncodedContent Form(string page, Dictionary<string, string> values)
    {
        var antiforgery = FirstHiddenField().Match(page);
        if (!antiforgery.Success)
        {
            throw new InvalidOperationException("The page has no antiforgery field.");
        }

        values[WebUtility.HtmlDecode(antiforgery.Groups["name"].Value)] = WebUtility.HtmlDecode(antiforgery.Groups["value"].Value);
        return new FormUrlEncodedContent(values);
    }

    /// <summary>The value of the page's hidden field <paramref name="name"/>.</summary>
    private static string Hidden(string page, string name)
    {
        var field = Regex.Match(page, $"<input type=\"hidden\" name=\"{Regex.Escape(name)}\" value=\"(?<value>[^\"]*)\">");
        return field.Success ? WebUtility.HtmlDecode(field.Groups["value"].Value) : throw new InvalidOperationException($"The page has no hidden field {name}.");
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]+)\">")]
    private static partial Regex FirstHiddenField();
}
