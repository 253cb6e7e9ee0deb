using Xunit;

namespace Web.Tests.Pages;

/// <summary>
/// "a page still renders when the jobs service is stopped": with the job-matching service
/// stopped after the gateway started routing it, 找工作 says 服务暂不可用 in Chinese and keeps its
/// form, navigation and what the person typed.
/// </summary>
public sealed class JobsDownTests(JobsDownPlatform platform) : IClassFixture<JobsDownPlatform>
{
    [Fact(Timeout = 120_000)]
    public async Task With_the_jobs_service_stopped_the_search_shows_a_Chinese_error_section_and_the_form_renders()
    {
        var page = await platform.NewPageAsync(javaScript: false);
        var response = await page.GotoAsync("/jobs?q=%E7%94%B5%E5%B7%A5&kind=gig");

        Assert.Equal(200, response!.Status);
        Assert.Equal("服务暂不可用", (await page.Locator(".problem h2").InnerTextAsync()).Trim());
        Assert.Contains("岗位搜索服务暂时无法使用", await page.Locator(".problem").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("ol.postings").CountAsync());
        Assert.Equal("找工作", (await page.Locator("h1").InnerTextAsync()).Trim());
        Assert.Equal("电工", await page.Locator("#q").InputValueAsync());
        Assert.Equal("gig", await page.Locator("#kind").InputValueAsync());
        Assert.Equal(Employment.Web.Public.Pages.Shared.PageShell.Sections.Length, await page.Locator("header nav a").CountAsync()); // every section of the navigation

        // A posting's page says the same, not 岗位已下架.
        await page.GotoAsync("/jobs/J-demo-0001");
        Assert.Equal("服务暂不可用", (await page.Locator(".problem h2").InnerTextAsync()).Trim());
    }

    [Fact(Timeout = 120_000)]
    public async Task With_the_jobs_service_stopped_the_match_and_venue_pages_say_so_and_keep_their_forms()
    {
        var page = await platform.NewPageAsync(javaScript: false);
        await page.GotoAsync("/match");
        await page.FillAsync("#skills", "电焊");
        await page.SelectOptionAsync("#region", "410823");
        await page.SubmitFormAsync();
        Assert.Equal("服务暂不可用", (await page.Locator(".problem h2").InnerTextAsync()).Trim());
        Assert.Contains("岗位匹配服务暂时无法使用", await page.Locator(".problem").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("电焊", await page.Locator("#skills").InputValueAsync());
        Assert.Equal("410823", await page.Locator("#region").InputValueAsync());

        var response = await page.GotoAsync("/venues?region=410825");
        Assert.Equal(200, response!.Status);
        // Each list says so in its own section; the headings and the form are still there.
        Assert.Equal(2, await page.Locator(".problem h2:text-is('服务暂不可用')").CountAsync());
        Assert.Equal("服务网点", (await page.Locator("h2#venues").InnerTextAsync()).Trim());
        Assert.Equal("近期招聘活动", (await page.Locator("h2#events").InnerTextAsync()).Trim());
        Assert.Equal("410825", await page.Locator("#region").InputValueAsync());
    }
}
