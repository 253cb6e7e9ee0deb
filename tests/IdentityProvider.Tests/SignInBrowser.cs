using Employment.TestInfrastructure;
using Microsoft.Playwright;

namespace IdentityProvider.Tests;

/// <summary>
/// Debian's Chromium at a user's screen size on the way through the provider's sign-in, until the application's
/// return address, which answers in the application's stead and keeps the address it was called at (its code).
/// Screenshots go to sign-in-artifacts/ beside the tests.
/// </summary>
internal sealed class SignInBrowser : IAsyncDisposable
{
    private static readonly string Artifacts = Path.Combine(AppContext.BaseDirectory, "sign-in-artifacts");

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly TaskCompletionSource<string> _received = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private SignInBrowser(IPlaywright playwright, IBrowser browser, IPage page)
    {
        _playwright = playwright;
        _browser = browser;
        Page = page;
    }

    public IPage Page { get; }

    /// <summary>The address the application was sent to, once it was.</summary>
    public async Task<Uri> ReceivedAsync() => new(await _received.Task);

    public static async Task<SignInBrowser> OpenAsync(int width, int height, bool phone, string applicationReturn)
    {
        Directory.CreateDirectory(Artifacts);
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = TestEnvironment.ChromiumPath, Headless = true });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height }, Locale = "zh-CN", IsMobile = phone, HasTouch = phone,
        });
        var opened = new SignInBrowser(playwright, browser, await context.NewPageAsync());
        await context.RouteAsync(applicationReturn + "**", async route =>
        {
            opened._received.TrySetResult(route.Request.Url);
            await route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = "text/html; charset=utf-8", Body = "<p>已登录</p>" });
        });
        return opened;
    }

    /// <summary>Saves the page's screenshot and answers how wide its content is (wider than the screen: it scrolls sideways).</summary>
    public async Task<int> PhotographAsync(string name)
    {
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Artifacts, name + ".png"), FullPage = true });
        return await Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
