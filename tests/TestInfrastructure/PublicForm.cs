using System.Net;
using System.Text.RegularExpressions;

namespace Employment.TestInfrastructure;

/// <summary>
/// A public page's form as a browser posts it: opened once (GET) for the antiforgery token the page
/// renders and the cookie beside it, then posted with both, as many times as a test needs.
/// </summary>
public sealed partial class PublicForm
{
    private readonly string _token;
    private readonly string _cookie;

    private PublicForm(string token, string cookie) => (_token, _cookie) = (token, cookie);

    public static async Task<PublicForm> OpenAsync(HttpClient http, string pagePath)
    {
        ArgumentNullException.ThrowIfNull(http);
        using var page = await http.GetAsync(pagePath);
        var html = await page.Content.ReadAsStringAsync();
        var token = Token().Match(html) is { Success: true } found
            ? WebUtility.HtmlDecode(found.Groups["value"].Value)
            : throw new InvalidOperationException($"{pagePath} rendered no antiforgery token ({(int)page.StatusCode}).");
        var cookie = page.Headers.TryGetValues("Set-Cookie", out var set)
            ? string.Join("; ", set.Select(c => c.Split(';')[0]))
            : "";
        return new PublicForm(token, cookie);
    }

    public async Task<HttpResponseMessage> PostAsync(HttpClient http, string path, IEnumerable<KeyValuePair<string, string>> fields)
    {
        ArgumentNullException.ThrowIfNull(http);
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", _token))),
        };
        if (_cookie.Length > 0)
        {
            request.Headers.TryAddWithoutValidation("Cookie", _cookie);
        }

        return await http.SendAsync(request);
    }

    [GeneratedRegex("""<input[^>]*name="__RequestVerificationToken"[^>]*value="(?<value>[^"]+)"|<input[^>]*value="(?<value>[^"]+)"[^>]*name="__RequestVerificationToken"[^>]*""")]
    private static partial Regex Token();
}
