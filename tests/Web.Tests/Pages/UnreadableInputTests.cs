using System.Net;
using Employment.TestInfrastructure;
using Xunit;

namespace Web.Tests.Pages;

/// <summary>
/// A NUL (or another control character a form never sends) in a field or a query is refused before the page reads
/// it, with the site's own Chinese page and its headers, never the framework's exception text: PostgreSQL takes no
/// NUL in text, so such a value would otherwise end as an unhandled error in a service.
/// </summary>
[Collection(nameof(WebCollection))]
public sealed class UnreadableInputTests(WebPlatform platform)
{
    [Theory(Timeout = 60_000)]
    [InlineData("/self-check/skill-upgrade", "/self-check/skill-upgrade")]
    [InlineData("/match", "/match")]
    public async Task A_NUL_in_a_posted_field_is_a_Chinese_400_page(string page, string action)
    {
        var form = await PublicForm.OpenAsync(platform.Http, page);
        using var answer = await form.PostAsync(platform.Http, action, [new("reference", "A-1\0"), new("business", "loans")]);

        await AssertRefusedAsync(answer);
    }

    [Fact(Timeout = 120_000)]
    public async Task A_NUL_in_a_search_is_a_Chinese_400_page_with_the_way_home_on_a_phone()
    {
        using var answer = await platform.Http.GetAsync("/jobs?q=%E7%94%B5%00%E5%B7%A5");
        await AssertRefusedAsync(answer);

        var page = await platform.NewPageAsync(390);
        var shown = await page.GotoAsync("/jobs?q=%E7%94%B5%00%E5%B7%A5");
        await page.ScreenshotAsync(new() { Path = Path.Combine(WebPlatform.ArtifactsDirectory, "unreadable-input-390.png"), FullPage = true });

        Assert.Equal(400, shown!.Status);
        Assert.Equal("/", await page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "回到首页" }).GetAttributeAsync("href"));
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage answer)
    {
        var said = await answer.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Contains("<h1>无法处理这次提交</h1>", said, StringComparison.Ordinal);
        Assert.Contains("控制字符", said, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", said, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", string.Join(";", answer.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }
}
