using System.Text.Json;
using Employment.TestInfrastructure;
using Microsoft.Playwright;
using Xunit;
using Xunit.Abstractions;

namespace Workbench.Tests;

/// <summary>What a clerk does with the keyboard at the workbench: sign in, search, photograph the screen.</summary>
internal static class ClerkBrowser
{
    /// <summary>
    /// Opens the workbench, is sent to the provider's sign-in, and signs in by keyboard alone: the cursor waits in 工号,
    /// Tab to 密码, Enter; the authenticator's code, Enter; back at the workbench's first screen (an auditor's: 稽核).
    /// </summary>
    public static async Task SignInAsync(this IPage page, WorkbenchPlatform platform, Clerk clerk, string firstScreen = "")
    {
        await page.GotoAsync(platform.WorkbenchHome);
        await page.GetByLabel("工号").WaitForAsync();
        await page.Keyboard.TypeAsync(clerk.StaffNumber);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(WorkbenchPlatform.Password);
        await page.Keyboard.PressAsync("Enter");
        await page.GetByLabel("动态验证码").WaitForAsync();
        await page.Keyboard.TypeAsync(SignInFlow.Code(clerk.AuthenticatorKey));
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(platform.WorkbenchHome + firstScreen);
    }

    /// <summary>Types a number where the cursor waits on 一窗受理 (it must be there) and presses Enter.</summary>
    public static async Task FindAsync(this IPage page, string number)
    {
        await Assertions.Expect(page.GetByLabel("身份证号码或统一社会信用代码")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync(number);
        await page.SubmitAsync(() => page.Keyboard.PressAsync("Enter"));
    }

    /// <summary>Sends a form by <paramref name="send"/> and waits until the screen it leads to has replaced this one and loaded.</summary>
    public static async Task SubmitAsync(this IPage page, Func<Task> send)
    {
        // The old document is marked, so the wait is for the new one to be whole.
        await page.EvaluateAsync("() => { document.documentElement.dataset.old = '1'; }");
        await send();
        await page.WaitForFunctionAsync("() => document.documentElement.dataset.old !== '1' && document.readyState === 'complete'");
    }

    /// <summary>
    /// GB/T 37668 (WCAG 2.x A/AA): axe-core run in the screen finds no serious or critical violation (each one found is
    /// written out). The page's context must bypass the screens' script policy to load it.
    /// </summary>
    public static async Task AssertAccessibleAsync(this IPage page, string screen, ITestOutputHelper output)
    {
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = AxeCore.ScriptPath });
        var result = await page.EvaluateAsync<JsonElement>(AxeCore.Run);
        Assert.Equal(AxeCore.Version, result.GetProperty("version").GetString());
        foreach (var violation in result.GetProperty("violations").EnumerateArray())
        {
            output.WriteLine($"{screen}: axe {violation.GetProperty("impact")} {violation.GetProperty("id")}: {violation.GetProperty("help")}");
        }

        var grave = AxeCore.Grave(result);
        Assert.True(grave.Count == 0, $"{screen}: " + string.Join("; ", grave));
    }

    /// <summary>Saves the screen (whole page) under the artifacts folder and answers how wide its content is.</summary>
    public static async Task<int> PhotographAsync(this IPage page, string name)
    {
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(WorkbenchPlatform.ArtifactsDirectory, name + ".png"), FullPage = true });
        return await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
    }

    /// <summary>axe-core clean and no sideways scroll at a clerk's 1920×1080 and 1280×800, photographed at each.</summary>
    public static async Task AssertAccessibleAtClerkSizesAsync(this IPage page, string screen, ITestOutputHelper output)
    {
        foreach (var (width, height) in new[] { (1920, 1080), (1280, 800) })
        {
            await page.SetViewportSizeAsync(width, height);
            await page.AssertAccessibleAsync($"{screen} at {width} px", output);
            Assert.True(await page.PhotographAsync($"{screen}-{width}") <= width, $"{screen} scrolls sideways at {width} px");
        }
    }
}
