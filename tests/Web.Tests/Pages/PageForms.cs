using Microsoft.Playwright;

namespace Web.Tests.Pages;

internal static class PageForms
{
    /// <summary>
    /// Sends the page's form by its submit button, as a person does, and waits until the page it leads to has loaded:
    /// the click returns once the new page starts to arrive, and on a busy machine what follows would read a page
    /// still coming in.
    /// </summary>
    public static async Task SubmitFormAsync(this IPage page)
    {
        await page.ClickAsync("button[type=submit]");
        await page.WaitForLoadStateAsync(LoadState.Load);
    }
}
