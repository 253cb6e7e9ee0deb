using System.Net;
using Employment.TestInfrastructure;
using Xunit;

namespace Web.Tests.Pages;

/// <summary>
/// Cross-site request forgery: every public form posts with the antiforgery token its page rendered and
/// the cookie beside it. A post from another site (no token, or a token without its cookie) is refused
/// with a plain Chinese page before the form is read; the same form posted from the page is answered.
/// </summary>
[Collection(nameof(WebCollection))]
public sealed class FormForgeryTests(WebPlatform platform)
{
    public static TheoryData<string, string> Forms() => new()
    {
        { "/self-check/skill-upgrade", "/self-check/skill-upgrade" },
        { "/match", "/match" },
        // The progress form shares the same check; it is posted with its token under the progress rate
        // limit's own test, whose count a post here would disturb.
    };

    [Theory(Timeout = 60_000)]
    [MemberData(nameof(Forms))]
    public async Task A_post_from_another_site_is_refused_and_the_pages_own_post_is_answered(string page, string action)
    {
        KeyValuePair<string, string>[] fields = [new("reference", "A-x"), new("code", "ABCDEFGH"), new("business", "loans")];
        using var forged = new HttpRequestMessage(HttpMethod.Post, action) { Content = new FormUrlEncodedContent(fields) };
        forged.Headers.Add("Origin", "https://elsewhere.example");
        using var refused = await platform.Http.SendAsync(forged);

        var form = await PublicForm.OpenAsync(platform.Http, page);
        using var answered = await form.PostAsync(platform.Http, action, fields);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var said = await refused.Content.ReadAsStringAsync();
        Assert.Contains("页面已过期", said, StringComparison.Ordinal);
        Assert.Contains($"href=\"{page}", said, StringComparison.Ordinal); // the way back to the form
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
    }
}
