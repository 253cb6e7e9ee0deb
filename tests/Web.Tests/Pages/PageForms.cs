using Microsoft.Playwright;

namespace Web.Tests.Pages;

internal static class PageForms
{
    /// <summary>
    /// Sends the page's form by its submit button, as a person does; the click returns once the page it leads to starts
    /// to arrive, so a test that counts what the page lists waits for it with an assertion that retries.
    /// </summary>
    public static async Task SubmitFormAsync(this IPage page)
    {
        await page.ClickAsync("button[type=submit]");
    }
}
