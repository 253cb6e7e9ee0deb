using Microsoft.Playwright;
using Xunit;

namespace Web.Tests.Pages;

/// <summary>
/// Answers first: on a 390×844 phone, after each form the answer (or the problem) is within the first
/// screen, and the form is folded into one line of what was asked with 修改条件; a search that finds
/// nothing offers wider ones; a posting leads back to the very search; a mistyped address is a page
/// in Chinese.
/// </summary>
[Collection(nameof(WebCollection))]
public sealed class AnswerFirstTests(WebPlatform platform)
{
    private const int PhoneHeight = 844;

    private async Task<IPage> PhoneAsync()
    {
        var page = await platform.NewPageAsync(390);
        await page.SetViewportSizeAsync(390, PhoneHeight);
        return page;
    }

    private static async Task AssertInFirstScreenAsync(IPage page, string selector)
    {
        var box = await page.Locator(selector).First.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.Y < PhoneHeight, $"{selector} starts at {box.Y} px, below the first screen of {PhoneHeight} px");
    }

    [Fact(Timeout = 120_000)]
    public async Task After_a_search_the_results_are_on_the_first_screen_and_the_form_is_one_line_with_change_conditions()
    {
        var page = await PhoneAsync();
        await page.GotoAsync("/jobs");
        Assert.Equal(0, await page.Locator("details.conditions").CountAsync()); // before any answer the form is open
        await page.FillAsync("#q", "电工");
        await page.SubmitFormAsync();

        await AssertInFirstScreenAsync(page, "ol.postings li");
        var fold = page.Locator("details.conditions");
        Assert.False(await fold.EvaluateAsync<bool>("d => d.open"));
        var summary = await fold.Locator("summary").InnerTextAsync();
        Assert.Contains("电工", summary, StringComparison.Ordinal);
        Assert.Contains("修改条件", summary, StringComparison.Ordinal);

        // 修改条件 opens the form with the search still in it.
        await fold.Locator("summary").ClickAsync();
        Assert.Equal("电工", await page.Locator("#q").InputValueAsync());
        Assert.True(await page.Locator("#q").IsVisibleAsync());
    }

    [Fact(Timeout = 120_000)]
    public async Task A_refused_search_shows_the_problem_first_with_the_form_open_and_a_negative_wage_is_told_so()
    {
        var page = await PhoneAsync();
        await page.GotoAsync("/jobs?pay_min=-5&pay_period=month");

        await AssertInFirstScreenAsync(page, ".problem");
        Assert.Contains("不能是负数", await page.Locator(".problem").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator("#pay_min").IsVisibleAsync());
    }

    [Fact(Timeout = 120_000)]
    public async Task After_a_skill_upgrade_self_check_the_verdict_is_on_the_first_screen_and_the_unmet_condition_leads()
    {
        var page = await PhoneAsync();
        await CheckSkillUpgradeWithTooFewInsuredMonthsAsync(page);

        await AssertInFirstScreenAsync(page, ".verdict");
        Assert.Equal("false", await page.Locator(".verdict").GetAttributeAsync("data-eligible"));
        // The unmet condition is the first one read; the met ones are folded under one line.
        Assert.Equal("false", await page.Locator(".result ul.checks > li").First.GetAttributeAsync("data-passed"));
        Assert.False(await page.Locator("details.passed-checks").EvaluateAsync<bool>("d => d.open"));
        // What to do next: the chosen place's service points.
        Assert.Equal("/venues?region=410823&kind=counter", await page.Locator(".next-steps a[href^='/venues']").GetAttributeAsync("href"));
    }

    /// <summary>A skill-upgrade self-check (on its own page) that one condition fails: 3 months insured, not enough.</summary>
    internal static async Task CheckSkillUpgradeWithTooFewInsuredMonthsAsync(IPage page)
    {
        await SkillUpgradePage.FillAsync(page, "6-18-01-01", "SKILL_LEVEL_L4", "2023-06-01", "410823", "3");
        await SkillUpgradePage.SubmitAsync(page);
    }

    [Fact(Timeout = 120_000)]
    public async Task A_search_that_finds_nothing_offers_wider_searches()
    {
        var page = await PhoneAsync();
        await page.GotoAsync("/jobs?q=%E7%81%AB%E6%98%9F%E8%88%AA%E5%A4%A9&region=410823");

        Assert.Contains("共找到 0 个岗位", await page.Locator("[role=status]").InnerTextAsync(), StringComparison.Ordinal);
        var wider = await page.Locator(".suggestions a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Contains("/jobs?q=%E7%81%AB%E6%98%9F%E8%88%AA%E5%A4%A9", wider); // the words alone, the place dropped
    }

    [Fact(Timeout = 120_000)]
    public async Task A_posting_leads_back_to_the_search_it_was_found_by()
    {
        var page = await PhoneAsync();
        await page.GotoAsync("/jobs?q=%E7%94%B5%E5%B7%A5");
        var search = page.Url;
        await page.Locator("ol.postings h3 a").First.ClickAsync();
        await page.GetByText("返回搜索结果").ClickAsync();

        Assert.Equal(new Uri(search).PathAndQuery, new Uri(page.Url).PathAndQuery);
        Assert.Equal("电工", await page.Locator("#q").InputValueAsync());
    }

    [Theory(Timeout = 120_000)]
    [InlineData("/no-such-page")]
    [InlineData("/jobs/search/old-link")]
    public async Task A_mistyped_address_is_a_Chinese_page_with_the_ways_on(string address)
    {
        var page = await PhoneAsync();
        var response = await page.GotoAsync(address);

        Assert.Equal(404, response!.Status);
        Assert.Equal("找不到这个页面", (await page.Locator("h1").InnerTextAsync()).Trim());
        Assert.True(await page.Locator("main a[href='/jobs']").CountAsync() > 0);
    }

    [Fact(Timeout = 60_000)]
    public async Task The_API_keeps_its_JSON_404_for_a_client_that_asks_for_no_page()
    {
        using var response = await platform.Http.GetAsync("/v1/no-such-route");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }
}
