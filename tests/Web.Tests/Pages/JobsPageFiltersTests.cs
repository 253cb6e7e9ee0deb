using System.Globalization;
using System.Text.RegularExpressions;
using Xunit;

namespace Web.Tests.Pages;

/// <summary>
/// 找工作 offers everything the public search does, against the real job-matching service and its
/// demo postings: the education, occupation and pay-ceiling filters answer as the API does; the
/// counts are links that narrow the search to exactly that many postings; the results can be listed
/// newest, by pay or by distance (and then say how far); paging goes forward, back and to the first page.
/// All without JavaScript.
/// </summary>
[Collection(nameof(WebCollection))]
public sealed class JobsPageFiltersTests(WebPlatform platform)
{
    private static readonly Google.Protobuf.JsonParser Parser = new(Google.Protobuf.JsonParser.Settings.Default.WithIgnoreUnknownFields(true));

    [Fact(Timeout = 180_000)]
    public async Task The_education_occupation_and_pay_ceiling_filters_answer_as_the_public_API_does_and_round_trip()
    {
        var page = await platform.NewPageAsync(javaScript: false);
        await page.GotoAsync("/jobs");
        await page.SelectOptionAsync("#region", "410800");
        await page.SelectOptionAsync("#edu", "secondary");
        await page.FillAsync("#pay_min", "3000");
        await page.FillAsync("#pay_max", "6000");
        await page.SelectOptionAsync("#pay_period", "month");
        await page.SubmitFormAsync();

        var query = System.Web.HttpUtility.ParseQueryString(new Uri(page.Url).Query);
        Assert.Equal("secondary", query["edu"]);
        Assert.Equal("6000", query["pay_max"]);
        Assert.Equal(0, await page.Locator(".problem").CountAsync());
        var api = await ApiAsync("region.code=410800&education=EDUCATION_LEVEL_SECONDARY&payAtLeast.fen=300000&payAtMost.fen=600000&payPeriod=PAY_PERIOD_MONTH");
        Assert.NotEmpty(api.Hits);
        Assert.Equal(api.Hits.Select(h => h.PostingId), await PostingIdsAsync(page));
        Assert.Contains("学历高中 / 中专 / 技校可报", await page.Locator("details.conditions summary").TextContentAsync() ?? "", StringComparison.Ordinal);

        // An occupation picked from the list (a 细类 the synonyms name) narrows to its postings.
        var electrician = Employment.Web.Public.Pages.Jobs.OccupationNames.CodeFor("电工")!;
        await page.GotoAsync("/jobs?occ=" + electrician);
        Assert.Equal(electrician, await page.Locator("#occ").InputValueAsync());
        Assert.Equal((await ApiAsync("occupationCode=" + electrician)).Hits.Select(h => h.PostingId), await PostingIdsAsync(page));
    }

    [Fact(Timeout = 180_000)]
    public async Task Each_count_is_a_link_that_narrows_the_search_to_that_many_postings()
    {
        var page = await platform.NewPageAsync(javaScript: false);
        await page.GotoAsync("/jobs?region=410800");
        var before = await TotalAsync(page);
        var groups = page.Locator("details.facets p");
        Assert.True(await groups.CountAsync() >= 4, "place, kind, occupation, education and pay each narrow 焦作市's demo postings");
        foreach (var title in new[] { "按地点", "按岗位类型", "按职业", "按月工资" })
        {
            var link = page.Locator("details.facets p", new() { HasTextString = title }).Locator("a").First;
            var text = (await link.TextContentAsync() ?? "").Trim();
            var count = int.Parse(Regex.Match(text, @"（(\d+)）$").Groups[1].Value, CultureInfo.InvariantCulture);
            Assert.InRange(count, 1, before - 1);
            var narrowed = await platform.NewPageAsync(javaScript: false);
            await narrowed.GotoAsync(await link.GetAttributeAsync("href") ?? "");
            Assert.Equal(count, await TotalAsync(narrowed));
            // The narrowed search keeps the place it narrowed (or names a county in it).
            Assert.Contains("焦作市", await narrowed.Locator("details.conditions summary").TextContentAsync() ?? "", StringComparison.Ordinal);
        }
    }

    [Fact(Timeout = 180_000)]
    public async Task Results_are_listed_by_pay_or_newest_as_the_API_lists_them_and_the_order_is_a_link()
    {
        var page = await platform.NewPageAsync(javaScript: false);
        await page.GotoAsync("/jobs?region=410800");
        await page.Locator("nav.sorts a", new() { HasTextString = "工资最高" }).ClickAsync();
        Assert.Equal("pay", System.Web.HttpUtility.ParseQueryString(new Uri(page.Url).Query)["sort"]);
        Assert.Equal("工资最高", (await page.Locator("nav.sorts strong").InnerTextAsync()).Trim());
        Assert.Equal((await ApiAsync("region.code=410800&order=SEARCH_ORDER_PAY")).Hits.Select(h => h.PostingId), await PostingIdsAsync(page));

        await page.GotoAsync("/jobs?q=" + Uri.EscapeDataString("会计") + "&sort=newest");
        var newest = await ApiAsync("query=" + Uri.EscapeDataString("会计") + "&order=SEARCH_ORDER_NEWEST");
        Assert.Equal(newest.Hits.Select(h => h.PostingId), await PostingIdsAsync(page));
        var days = newest.Hits.Select(h => new DateOnly(h.PostedOn.Year, h.PostedOn.Month, h.PostedOn.Day)).ToList();
        Assert.Equal(days.OrderDescending(), days);
    }

    [Fact(Timeout = 180_000)]
    public async Task Near_a_place_each_result_says_how_far_it_is_and_nearest_first_lists_them_by_distance()
    {
        var page = await platform.NewPageAsync(javaScript: false);
        await page.GotoAsync("/jobs?near=410825&km=20&sort=distance");
        Assert.Equal(0, await page.Locator(".problem").CountAsync());
        var metas = await page.Locator("ol.postings .meta").AllInnerTextsAsync();
        Assert.NotEmpty(metas);
        var distances = metas.Select(m => Regex.Match(m, @"距温县县城约 ([\d.]+) (公里|米)")).Select(m =>
        {
            Assert.True(m.Success, "each result says how far it is from the chosen place");
            var value = double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            return m.Groups[2].Value == "米" ? value / 1000 : value;
        }).ToList();
        Assert.Equal(distances.Order(), distances);
        Assert.All(distances, km => Assert.InRange(km, 0, 20));

        // Nearest first needs a place: without one the form says which field to fill.
        await page.GotoAsync("/jobs?q=" + Uri.EscapeDataString("电工") + "&sort=distance");
        Assert.Contains("在哪里附近", await page.Locator(".problem").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact(Timeout = 180_000)]
    public async Task Paging_goes_forward_back_and_to_the_first_page_with_the_page_number()
    {
        var page = await platform.NewPageAsync(javaScript: false);
        await page.GotoAsync("/jobs?region=410800");
        var total = await TotalAsync(page);
        Assert.True(total > 2 * Employment.Web.Public.Pages.Jobs.JobSearch.PageSize, "焦作市's demo postings fill three pages");
        Assert.Contains($"第 1 页，共 {(total + 19) / 20} 页", await page.Locator("nav.pages").InnerTextAsync(), StringComparison.Ordinal);
        var first = await PostingIdsAsync(page);

        await page.ClickAsync("a[rel=next]");
        var second = await PostingIdsAsync(page);
        Assert.Contains("第 2 页", await page.Locator("nav.pages").InnerTextAsync(), StringComparison.Ordinal);
        await page.ClickAsync("a[rel=next]");
        Assert.Contains("第 3 页", await page.Locator("nav.pages").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty((await PostingIdsAsync(page)).Intersect(second));

        await page.ClickAsync("a[rel=prev]");
        Assert.Equal(second, await PostingIdsAsync(page));
        await page.ClickAsync("a[rel=next]");
        await page.Locator("nav.pages a", new() { HasTextString = "第一页" }).ClickAsync();
        Assert.Equal(first, await PostingIdsAsync(page));
        Assert.Equal(0, await page.Locator("a[rel=prev]").CountAsync());
    }

    [Theory(Timeout = 120_000)]
    [InlineData("pay_min=5000&pay_max=3000&pay_period=month", "最高工资")]
    [InlineData("edu=phd", "我的学历")]
    [InlineData("occ=%E5%AE%87%E8%88%AA%E5%91%98", "职业")]
    [InlineData("sort=cheapest", "排序")]
    public async Task A_bad_new_filter_is_named_in_Chinese(string query, string field)
    {
        var page = await platform.NewPageAsync(javaScript: false);
        await page.GotoAsync("/jobs?" + query);
        Assert.Contains(field, await page.Locator(".problem").InnerTextAsync(), StringComparison.Ordinal);
    }

    private async Task<Employment.Jobs.V1.SearchPostingsResponse> ApiAsync(string query) =>
        Parser.Parse<Employment.Jobs.V1.SearchPostingsResponse>(await platform.Http.GetStringAsync($"/v1/jobs/postings?{query}&page.pageSize={Employment.Web.Public.Pages.Jobs.JobSearch.PageSize}"));

    private static async Task<IReadOnlyList<string>> PostingIdsAsync(Microsoft.Playwright.IPage page) =>
        (await page.Locator("ol.postings h3 a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"))
            .Select(href => Uri.UnescapeDataString(href.Split('?')[0]["/jobs/".Length..])).ToList();

    private static async Task<int> TotalAsync(Microsoft.Playwright.IPage page) =>
        int.Parse(Regex.Match(await page.Locator("[role=status]").InnerTextAsync(), @"共找到 (\d+) 个岗位").Groups[1].Value, CultureInfo.InvariantCulture);
}
