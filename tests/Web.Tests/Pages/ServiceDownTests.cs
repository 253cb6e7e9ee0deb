using Xunit;

namespace Web.Tests.Pages;

/// <summary>
/// "clear Chinese error pages when a service is down (the rest of the page still works)": with the training service
/// stopped, 我能享受哪些政策 says its self-checks cannot be listed now and the page around it — the navigation, the
/// other services' measures, the way to the policies in force — still renders.
/// </summary>
public sealed class ServiceDownTests(TrainingDownPlatform platform) : IClassFixture<TrainingDownPlatform>
{
    [Fact(Timeout = 120_000)]
    public async Task With_the_training_service_stopped_the_self_check_page_says_so_in_Chinese_and_the_rest_renders()
    {
        var page = await platform.NewPageAsync(javaScript: false);
        var response = await page.GotoAsync("/self-check");

        Assert.Equal(200, response!.Status);
        Assert.Contains("培训补贴服务暂时无法连接", string.Join("", await page.Locator("[role=note]").AllInnerTextsAsync()), StringComparison.Ordinal);
        var links = await page.Locator("ul.measure-links a").EvaluateAllAsync<string[]>("as => as.map(a => a.getAttribute('href'))");
        Assert.DoesNotContain(SkillUpgradePage.Path, links);
        Assert.Contains("/self-check/startup", links);
        Assert.Equal("我能享受哪些政策", (await page.Locator("h1").InnerTextAsync()).Trim());
        Assert.Equal(1, await page.Locator("main a[href='/policies']").CountAsync());
        Assert.Equal(404, (await page.GotoAsync(SkillUpgradePage.Path))!.Status);

        // The other services still answer on their pages.
        await page.GotoAsync("/policies?region=410800&on=2024-03-01");
        Assert.Equal(0, await page.Locator(".problem").CountAsync());
        Assert.True(await page.Locator("article.measure").CountAsync() > 0);
    }
}
