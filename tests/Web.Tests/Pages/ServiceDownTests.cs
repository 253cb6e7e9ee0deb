using Xunit;

namespace Web.Tests.Pages;

/// <summary>
/// "clear Chinese error pages when a service is down (the rest of the page still works)":
/// with the training service stopped, the self-check says 服务暂不可用 and the page around it — the
/// navigation, the form with what the person typed, the loans section — still renders.
/// </summary>
public sealed class ServiceDownTests(TrainingDownPlatform platform) : IClassFixture<TrainingDownPlatform>
{
    [Fact(Timeout = 120_000)]
    public async Task With_the_training_service_stopped_the_self_check_shows_a_Chinese_error_section_and_the_rest_renders()
    {
        var page = await platform.NewPageAsync(javaScript: false);
        await page.GotoAsync("/self-check");
        await page.FillAsync("#occupation_code", "6-18-01-01");
        await page.SelectOptionAsync("#level", "SKILL_LEVEL_L3");
        await page.FillAsync("#issue_date", "2023-06-01");
        await page.SelectOptionAsync("#region", "410823");
        await page.FillAsync("#insured_months", "12");
        var response = await page.RunAndWaitForResponseAsync(() => page.ClickAsync("button[type=submit]"), r => r.Url.EndsWith("/self-check", StringComparison.Ordinal) && r.Request.Method == "POST");
        await page.Locator(".problem h2").WaitForAsync();

        Assert.Equal(200, response.Status);
        Assert.Equal("服务暂不可用", (await page.Locator(".problem h2").InnerTextAsync()).Trim());
        Assert.Contains("培训补贴测算服务暂时无法使用", await page.Locator(".problem").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator(".result").CountAsync());
        Assert.Equal("我能享受哪些政策", (await page.Locator("h1").InnerTextAsync()).Trim());
        Assert.Equal("6-18-01-01", await page.Locator("#occupation_code").InputValueAsync());
        Assert.Equal(2, await page.Locator("#loans ~ ul a").CountAsync());

        // The other services still answer on their pages.
        await page.GotoAsync("/policies?region=410800&on=2024-03-01");
        Assert.Equal(0, await page.Locator(".problem").CountAsync());
        Assert.True(await page.Locator("article.measure").CountAsync() > 0);
    }
}
