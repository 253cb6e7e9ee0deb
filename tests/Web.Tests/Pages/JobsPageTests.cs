using System.Net;
using System.Text.RegularExpressions;
using Xunit;

namespace Web.Tests.Pages;

/// <summary>
/// 找工作 against the real job-matching service and its demo postings: a search typed
/// into the form finds postings and a posting's page opens; the filters round-trip through the URL
/// (焦政办〔2024〕15号（十六）: serve people where they are); facet counts sit beside the filters;
/// paging follows the service's token; a gone posting is a Chinese 404.
/// </summary>
[Collection(nameof(WebCollection))]
public sealed class JobsPageTests(WebPlatform platform)
{
    private static readonly Google.Protobuf.JsonParser Parser = new(Google.Protobuf.JsonParser.Settings.Default.WithIgnoreUnknownFields(true));

    [Fact(Timeout = 120_000)]
    public async Task Jz15_16_the_filters_round_trip_through_the_URL_and_the_search_answers_with_facet_counts()
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
        await page.SubmitFormAsync();

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

        // The service answered (no problem section), with the total and the kind's count beside its option.
        Assert.Equal(0, await bookmark.Locator(".problem").CountAsync());
        Assert.Matches(@"^共找到 \d+ 个岗位。$", (await bookmark.Locator("[role=status]").InnerTextAsync()).Trim());
        Assert.Matches(@"^零工（\d+）$", ((await bookmark.Locator("#kind option[value=gig]").TextContentAsync()) ?? "").Trim());
        Assert.Equal("找工作", (await bookmark.Locator("h1").InnerTextAsync()).Trim());
        Assert.Equal(Employment.Web.Public.Pages.Shared.PageShell.Sections.Length, await bookmark.Locator("header nav a").CountAsync()); // every section of the navigation
    }

    [Fact(Timeout = 120_000)]
    public async Task Jz15_16_a_search_typed_into_the_form_finds_a_posting_and_its_page_opens_without_a_credit_code()
    {
        var page = await platform.NewPageAsync(javaScript: false);
        await page.GotoAsync("/jobs");
        await page.FillAsync("#q", "会计");
        await page.SelectOptionAsync("#region", "410800");
        await page.SubmitFormAsync();

        var hits = page.Locator("ol.postings > li");
        await Microsoft.Playwright.Assertions.Expect(hits.First).ToBeVisibleAsync();
        Assert.True(await hits.CountAsync() > 0, "会计 in Jiaozuo finds the demo postings 财务会计 and 主办会计");
        var first = hits.First;
        var title = (await first.Locator("h3").InnerTextAsync()).Trim();
        Assert.Contains("会计", title, StringComparison.Ordinal);
        var meta = await first.Locator(".meta").InnerTextAsync();
        Assert.Contains("焦作市", meta, StringComparison.Ordinal);
        Assert.Matches(@"每月 [\d,]+(–[\d,]+)? 元", meta);
        Assert.Matches(@"发布于 \d{4}-\d{2}-\d{2}", meta);
        // The county facet's counts are beside the place filter: 焦作市's own count is the total.
        var total = Regex.Match(await page.Locator("[role=status]").InnerTextAsync(), @"\d+").Value;
        Assert.Equal($"焦作市（全市）（{total}）", ((await page.Locator("#region option[value='410800']").TextContentAsync()) ?? "").Trim());
        Assert.Equal("济源示范区（0）", ((await page.Locator("#region option[value='419001']").TextContentAsync()) ?? "").Trim());

        await first.Locator("h3 a").ClickAsync();
        Assert.Matches(@"/jobs/J-demo-\d{4}$", new Uri(page.Url).AbsolutePath);
        Assert.Equal(title, (await page.Locator("h1").InnerTextAsync()).Trim());
        var text = await page.Locator("main").InnerTextAsync();
        foreach (var label in new[] { "工作地点", "工资", "有效期", "任职要求" })
        {
            Assert.Contains(label, text, StringComparison.Ordinal);
        }

        // 29号 20: the public view never shows an employer's credit code (18 characters) or an identity number.
        Assert.DoesNotMatch(@"[0-9A-Z]{18}|\d{17}[\dX]", text);

        // A way to act: the work place opens in the phone's map app (a geo: URI, no map service), and
        // 怎样应聘 names the county's service points and 12333 as links.
        Assert.Matches(@"^geo:\d+\.\d+,\d+\.\d+\?q=\d+\.\d+,\d+\.\d+\(.+\)$", await page.Locator("a.map").GetAttributeAsync("href") ?? "");
        Assert.Contains("怎样应聘", text, StringComparison.Ordinal);
        var venues = await page.Locator("ul.apply a[href^='/venues?region=']").GetAttributeAsync("href") ?? "";
        Assert.Matches(@"^/venues\?region=41\d{4}$", venues);
        Assert.Equal(1, await page.Locator("ul.apply a[href='tel:12333']").CountAsync());
        await page.Locator("ul.apply a[href^='/venues']").ClickAsync();
        Assert.Equal(0, await page.Locator(".problem").CountAsync());
    }

    [Fact(Timeout = 120_000)]
    public async Task Near_a_place_finds_the_APIs_postings_within_the_distance_and_not_a_far_one()
    {
        // 温县's seat from the page's place list; the demo postings of a county lie within about 3 km of it.
        var wenxian = Employment.Web.Public.Pages.Jobs.NearPlaces.Find("410825")!;
        var point = $"near.latitude={wenxian.Latitude.ToString(System.Globalization.CultureInfo.InvariantCulture)}&near.longitude={wenxian.Longitude.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
        var api = Parser.Parse<Employment.Jobs.V1.SearchPostingsResponse>(await platform.Http.GetStringAsync($"/v1/jobs/postings?{point}&withinKm=5&page.pageSize=20"));
        Assert.NotEmpty(api.Hits);

        var page = await platform.NewPageAsync(javaScript: false);
        await page.GotoAsync("/jobs");
        await page.SelectOptionAsync("#near", "410825");
        await page.SelectOptionAsync("#km", "5");
        await page.SubmitFormAsync();

        var query = System.Web.HttpUtility.ParseQueryString(new Uri(page.Url).Query);
        Assert.Equal("410825", query["near"]);
        Assert.Equal("5", query["km"]);
        Assert.Equal(0, await page.Locator(".problem").CountAsync());
        // Each posting's link carries the way back to this search.
        var ids = await page.Locator("ol.postings h3 a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Equal(api.Hits.Select(h => "/jobs/" + h.PostingId), ids.Select(href => href.Split('?')[0]));
        Assert.All(ids, href => Assert.Contains("back=%2Fjobs%3Fnear%3D410825", href, StringComparison.Ordinal));
        Assert.Equal($"共找到 {api.Page.TotalSize} 个岗位。", (await page.Locator("[role=status]").InnerTextAsync()).Trim());
        // Near 温县 within 5 km is 温县's own postings: none of 孟州市 (about 27 km away) or 济源.
        foreach (var meta in await page.Locator("ol.postings .meta").AllInnerTextsAsync())
        {
            Assert.Contains("温县", meta, StringComparison.Ordinal);
        }

        Assert.Matches(@"^5 公里以内（\d+）$", ((await page.Locator("#km option[value='5']").TextContentAsync()) ?? "").Trim());

        // A far place finds none of them, and the bookmark of the search fills the form again.
        var far = await platform.NewPageAsync(javaScript: false);
        await far.GotoAsync("/jobs?near=419001&km=5");
        var farIds = await far.Locator("ol.postings h3 a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.NotEmpty(farIds);
        Assert.Empty(farIds.Intersect(ids));
        var bookmark = await platform.NewPageAsync(javaScript: false);
        await bookmark.GotoAsync(page.Url);
        Assert.Equal("410825", await bookmark.Locator("#near").InputValueAsync());
        Assert.Equal("5", await bookmark.Locator("#km").InputValueAsync());
    }

    [Fact(Timeout = 120_000)]
    public async Task Near_a_point_of_ones_own_round_trips_and_a_place_not_on_the_list_is_named()
    {
        var page = await platform.NewPageAsync(javaScript: false);
        await page.GotoAsync("/jobs?near=34.94,113.081&km=10");
        Assert.Equal(0, await page.Locator(".problem").CountAsync());
        Assert.Equal("34.94,113.081", await page.Locator("#near").InputValueAsync());
        Assert.Contains("我的位置", ((await page.Locator("#near option:checked").TextContentAsync()) ?? ""), StringComparison.Ordinal);
        Assert.True(await page.Locator("ol.postings > li").CountAsync() > 0, "温县's demo postings are within 10 km of its seat");

        await page.GotoAsync("/jobs?near=nowhere&km=10");
        Assert.Contains("在哪里附近", await page.Locator(".problem").InnerTextAsync(), StringComparison.Ordinal);
        await page.GotoAsync("/jobs?near=410825&km=7");
        Assert.Contains("距离", await page.Locator(".problem").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact(Timeout = 120_000)]
    public async Task With_JavaScript_the_place_lists_offer_use_my_location_and_without_it_they_work_alone()
    {
        // The site's own script runs under the pages' CSP and puts the button beside each place list.
        var page = await platform.NewPageAsync(javaScript: true);
        foreach (var (path, list) in new[] { ("/jobs", "#near"), ("/match", "#home"), ("/venues", "#near") })
        {
            await page.GotoAsync(path);
            var button = page.Locator($"{list} + button.own-point");
            await button.WaitForAsync();
            Assert.Equal("使用我的位置", (await button.InnerTextAsync()).Trim());
            Assert.Equal("button", await button.GetAttributeAsync("type")); // never submits the form by itself
        }

        // Without script there is no button, and the list alone still searches (see the tests above).
        var plain = await platform.NewPageAsync(javaScript: false);
        await plain.GotoAsync("/jobs");
        Assert.Equal(0, await plain.Locator("button.own-point").CountAsync());
        Assert.True(await plain.Locator("#near option").CountAsync() > 10, "the place list is rendered on the server");
    }

    [Fact(Timeout = 120_000)]
    public async Task The_next_page_link_keeps_the_filters_and_shows_the_following_postings()
    {
        var page = await platform.NewPageAsync(javaScript: false);
        await page.GotoAsync("/jobs?region=410800&kind=full-time");
        var firstPage = await page.Locator("ol.postings h3").AllInnerTextsAsync();
        var firstIds = await page.Locator("ol.postings h3 a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Equal(20, firstPage.Count);

        await page.ClickAsync("a[rel=next]");
        var query = System.Web.HttpUtility.ParseQueryString(new Uri(page.Url).Query);
        Assert.Equal("410800", query["region"]);
        Assert.Equal("full-time", query["kind"]);
        Assert.False(string.IsNullOrEmpty(query["page"]));
        var secondIds = await page.Locator("ol.postings h3 a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.NotEmpty(secondIds);
        Assert.Empty(secondIds.Intersect(firstIds));
        Assert.Equal(0, await page.Locator(".problem").CountAsync());
    }

    [Fact(Timeout = 120_000)]
    public async Task A_posting_that_does_not_exist_is_a_Chinese_404_page()
    {
        using var response = await platform.Http.GetAsync("/jobs/J-none-0000");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<h1>岗位已下架或不存在</h1>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/jobs\"", html, StringComparison.Ordinal);
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
    public async Task What_a_person_types_is_shown_as_text_never_as_markup()
    {
        var page = await platform.NewPageAsync(javaScript: false);
        const string typed = "<script>alert(1)</script>\"><b>x</b>";
        await page.GotoAsync("/jobs?q=" + Uri.EscapeDataString(typed) + "&pay_min=" + Uri.EscapeDataString(typed));

        Assert.Equal(typed, await page.Locator("#q").InputValueAsync());
        // No script but the page's own file ("使用我的位置"): the typed one is text.
        Assert.Equal(0, await page.Locator($"script:not([src='{Employment.Web.Public.Site.PublicSite.NearScriptPath}'])").CountAsync());
        Assert.Equal(0, await page.Locator("main b").CountAsync());
    }
}
