using Employment.TestInfrastructure;
using Microsoft.Playwright;
using Workbench.Tests.Hall;
using Xunit;

namespace Workbench.Tests.Screens;

/// <summary>
/// 退出登录 ends the session on the server (ASVS 3.3.1), tried as someone who copied the browser's cookies before the
/// user signed out would: at the workbench and in the hall, the copied cookies open no page as the user afterwards —
/// neither the application's session (kept on the server, and removed) nor the provider's (ended, its tokens revoked)
/// signs anyone in, so the copy lands on the sign-in page.
/// </summary>
[Collection(nameof(WorkbenchCollection))]
public sealed class SignOutTests(WorkbenchPlatform platform)
{
    [Fact(Timeout = 240_000)]
    public async Task Cookies_copied_before_a_clerk_signs_out_open_nothing_at_the_workbench_or_the_provider_after_it()
    {
        var page = await platform.NewPageAsync(1280, 800);
        await page.SignInAsync(platform, await platform.NewClerkAsync("410800", "退出测试"));
        var copied = await page.Context.CookiesAsync();

        // The copy works while the clerk is signed in: the same screen, as the clerk.
        var before = await WithCookiesAsync(copied);
        await before.GotoAsync(platform.WorkbenchHome + "queue");
        await Assertions.Expect(before.Locator("form.signed")).ToContainTextAsync("退出测试");

        await page.GetByRole(AriaRole.Button, new() { Name = "退出登录" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("已退出登录");
        var after = await WithCookiesAsync(copied);
        await after.GotoAsync(platform.WorkbenchHome + "queue");

        await Assertions.Expect(after.GetByLabel("工号")).ToBeVisibleAsync();
        await Assertions.Expect(after.Locator("body")).Not.ToContainTextAsync("退出测试");
    }

    [Fact(Timeout = 240_000)]
    public async Task Cookies_copied_before_a_citizen_signs_out_open_nothing_in_the_hall_or_at_the_provider_after_it()
    {
        var clerk = await platform.TokenOfAsync(await platform.NewClerkAsync("410800", "退出网办经办"));
        var person = InsuredWorker.IdNumber(951, 1993);
        await InsuredWorker.RegisterAsync(platform.Registry.Client<Employment.Applicants.V1.Applicants.ApplicantsClient>(), clerk, person, "孙退出");
        var page = await platform.NewPhonePageAsync();
        await page.CitizenSignInAsync(platform, person, "孙退出");
        var copied = await page.Context.CookiesAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "退出登录" }).TapAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("已退出登录");
        var after = await WithCookiesAsync(copied);
        await after.GotoAsync(platform.Hall);

        await Assertions.Expect(after.GetByLabel("身份证号码")).ToBeVisibleAsync();
        await Assertions.Expect(after.Locator("body")).Not.ToContainTextAsync("孙退出");
    }

    /// <summary>A fresh browser holding exactly the copied cookies, as whoever copied them would.</summary>
    private async Task<IPage> WithCookiesAsync(IReadOnlyList<BrowserContextCookiesResult> cookies)
    {
        var page = await platform.NewPageAsync(1280, 800);
        await page.Context.AddCookiesAsync(cookies.Select(c => new Cookie
        {
            Name = c.Name, Value = c.Value, Domain = c.Domain, Path = c.Path, Expires = c.Expires, HttpOnly = c.HttpOnly, Secure = c.Secure, SameSite = c.SameSite,
        }));
        return page;
    }
}
