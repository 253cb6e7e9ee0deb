using Xunit;

namespace Web.Tests;

/// <summary>
/// 找工作 before the job-matching service is routed (the state on main): the form and its filters
/// round-trip through the URL (焦政办〔2024〕15号（十六）: serve people where they are), and the
/// search part says 服务暂不可用 in Chinese while the rest of the page renders.
/// </summary>
[Collection(nameof(WebCollection))]
public sealed class JobsPageTests(WebPlatform platform)
{
    [Fact(Timeout = 120_000)]
    public async Task Jz15_16_the_filters_round_trip_through_the_URL_and_an_unrouted_search_says_the_service_is_unavailable()
    {
        var page = await platform.NewPageAsync();
        await page.GotoAsync("/jobs");
        Assert.Equal(0, await page.Locator(".problem").CountAsync());

        await page.FillAsync("#q", "电工");
        await page.SelectOptionAsync("#region", "410823");
        await page.SelectOptionAsync("#kind", "gig");
        await page.FillAsync("#pay_min", "150");
        await page.SelectOptionAsync("#pay_period", "day");
        await page.FillAsync("#since", "2024-03-01");
        await page.ClickAsync("button[type=submit]");

        var url = new Uri(page.Url);
        Assert.Equal("/jobs", url.AbsolutePath);
        var query = System.Web.HttpUtility.ParseQueryString(url.Query);
        Assert.Equal("电工", query["q"]);
        Assert.Equal("410823", query["region"]);
        Assert.Equal("gig", query["kind"]);
        Assert.Equal("150", query["pay_min"]);
        Assert.Equal("day", query["pay_period"]);
        Assert.Equal("2024-03-01", query["since"]);

        // The same URL opened afresh (a bookmark) fills the form again.
        var bookmark = await platform.NewPageAsync();
        await bookmark.GotoAsync(page.Url);
        Assert.Equal("电工", await bookmark.Locator("#q").InputValueAsync());
        Assert.Equal("410823", await bookmark.Locator("#region").InputValueAsync());
        Assert.Equal("gig", await bookmark.Locator("#kind").InputValueAsync());
        Assert.Equal("150", await bookmark.Locator("#pay_min").InputValueAsync());
        Assert.Equal("day", await bookmark.Locator("#pay_period").InputValueAsync());
        Assert.Equal("2024-03-01", await bookmark.Locator("#since").InputValueAsync());

        Assert.Equal("服务暂不可用", (await bookmark.Locator(".problem h2").InnerTextAsync()).Trim());
        Assert.Contains("岗位搜索服务暂时无法使用", await bookmark.Locator(".problem").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("找工作", (await bookmark.Locator("h1").InnerTextAsync()).Trim());
        Assert.Equal(4, await bookmark.Locator("header nav a").CountAsync());
    }

    [Fact(Timeout = 120_000)]
    public async Task Jz15_16_a_bad_filter_is_named_in_Chinese_and_kept_in_the_form()
    {
        var page = await platform.NewPageAsync(javaScript: false);
        await page.GotoAsync("/jobs?q=%E4%BC%9A%E8%AE%A1&pay_min=abc");

        Assert.Equal("请检查填写的内容", (await page.Locator(".problem h2").InnerTextAsync()).Trim());
        Assert.Contains("最低工资", await page.Locator(".problem").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("会计", await page.Locator("#q").InputValueAsync());
    }

    [Fact(Timeout = 120_000)]
    public async Task Issue16_what_a_person_types_is_shown_as_text_never_as_markup()
    {
        var page = await platform.NewPageAsync(javaScript: false);
        const string typed = "<script>alert(1)</script>\"><b>x</b>";
        await page.GotoAsync("/jobs?q=" + Uri.EscapeDataString(typed) + "&pay_min=" + Uri.EscapeDataString(typed));

        Assert.Equal(typed, await page.Locator("#q").InputValueAsync());
        Assert.Equal(0, await page.Locator("script").CountAsync());
        Assert.Equal(0, await page.Locator("main b").CountAsync());
    }
}
