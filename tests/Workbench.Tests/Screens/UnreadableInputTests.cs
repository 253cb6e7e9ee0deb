using Microsoft.Playwright;
using Xunit;

namespace Workbench.Tests.Screens;

/// <summary>
/// A clerk's search with a NUL in it (pasted from elsewhere) is refused before it reaches a service, with the
/// workbench's own Chinese page and its headers, never the framework's exception text.
/// </summary>
[Collection(nameof(WorkbenchCollection))]
public sealed class UnreadableInputTests(WorkbenchPlatform platform)
{
    [Fact(Timeout = 180_000)]
    public async Task A_NUL_in_the_find_box_is_the_workbenchs_own_400_page()
    {
        var page = await platform.NewPageAsync();
        await page.SignInAsync(platform, await platform.NewClerkAsync("410800", "查找员"));

        var answer = await page.APIRequest.PostAsync($"{platform.WorkbenchHome}find", new APIRequestContextOptions
        {
            Form = page.APIRequest.CreateFormData().Set("number", "410802\u00001990"),
            MaxRedirects = 0,
        });
        var said = await answer.TextAsync();

        Assert.Equal(400, answer.Status);
        Assert.Contains("<h1>无法处理这次提交</h1>", said, StringComparison.Ordinal);
        Assert.Contains("控制字符", said, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", said, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", answer.Headers["content-security-policy"], StringComparison.Ordinal);

        // The same page as the clerk sees it, at a counter's two screen sizes, with the way back to the window.
        foreach (var (width, height) in new[] { (1280, 800), (1920, 1080) })
        {
            await page.SetViewportSizeAsync(width, height);
            var shown = await page.GotoAsync($"{platform.WorkbenchHome}queue?clerk=JZ%0001");
            await page.ScreenshotAsync(new() { Path = Path.Combine(WorkbenchPlatform.ArtifactsDirectory, $"unreadable-input-{width}.png"), FullPage = true });
            Assert.Equal(400, shown!.Status);
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "回到一窗受理" })).ToBeVisibleAsync();
        }
    }
}
