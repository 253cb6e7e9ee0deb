using Employment.Policy.V1;
using Google.Protobuf;
using Xunit;

namespace Web.Tests.Pages;

/// <summary>
/// 政策清单 in the browser: the public policy list (焦政办〔2024〕15号（二十）) for each city, every
/// measure with its clause, and Jiaozuo's values never on Jiyuan's list.
/// </summary>
[Collection(nameof(WebCollection))]
public sealed class PolicyListPageTests(WebPlatform platform)
{
    private static readonly JsonParser Parser = new(JsonParser.Settings.Default);

    [Fact(Timeout = 120_000)]
    public async Task Jz15_20_the_Jiaozuo_list_pages_through_every_measure_of_the_API()
    {
        var api = await ListAsync("410800");
        var page = await platform.NewPageAsync();
        await page.GotoAsync("/policies?region=410800&on=2024-03-01");
        Assert.Equal("政策清单", (await page.Locator("h1").InnerTextAsync()).Trim());

        var names = new List<string>();
        for (var pages = 1; ; pages++)
        {
            var count = await page.Locator("article.measure").CountAsync();
            Assert.InRange(count, 1, Employment.Web.Public.Pages.Policies.PolicyList.MeasuresPerPage);
            names.AddRange((await page.Locator("article.measure h3").AllInnerTextsAsync()).Select(n => n.Trim()));
            // Every measure shows its clauses.
            Assert.Equal(count, await page.Locator("article.measure:has(ul.citations li .clause)").CountAsync());
            var next = page.Locator("a[rel=next]");
            if (await next.CountAsync() == 0)
            {
                break;
            }

            Assert.True(pages < 50, "the pages never end");
            await next.ClickAsync();
            Assert.Equal(1, await page.Locator("a:text-is('第一页')").CountAsync());
        }

        Assert.Equal(api.Measures.Select(m => m.NameZh).Order(), names.Order());
    }

    [Fact(Timeout = 120_000)]
    public async Task Jz15_20_the_2024_Jiaozuo_loan_cap_is_listed_with_its_document_and_clause()
    {
        var cap = (await ListAsync("410800")).Measures.SelectMany(m => m.Values).Single(v => v.Key == "loans.individual.subsidised_cap");
        var page = await platform.NewPageAsync();
        await page.GotoAsync("/policies?region=410800&on=2024-03-01&domain=loans");

        // The row is named in Chinese; the key stays in an attribute for clerks' tools.
        var capRow = page.Locator("tr[data-key='loans.individual.subsidised_cap']");
        Assert.Contains(cap.NameZh, await capRow.InnerTextAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("loans.individual.subsidised_cap", await capRow.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("300,000 元", await capRow.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains(cap.Citation.DocumentNumber + cap.Citation.Clause, await capRow.InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact(Timeout = 120_000)]
    public async Task R2_the_Jiyuan_list_shows_its_measures_and_no_Jiaozuo_document()
    {
        var jiyuan = await ListAsync("419001");
        var jiaozuoDocuments = (await ListAsync("410800")).Measures.SelectMany(m => m.Citations)
            .Where(c => c.Region.Code == "410800").Select(c => c.DocumentNumber).ToHashSet();
        Assert.NotEmpty(jiaozuoDocuments);
        var page = await platform.NewPageAsync();
        await page.GotoAsync("/policies?region=419001&on=2024-03-01");

        Assert.NotEmpty(jiyuan.Measures);
        Assert.True(await page.Locator("article.measure").CountAsync() > 0);
        for (var pages = 1; ; pages++)
        {
            var text = await page.Locator("main").InnerTextAsync();
            Assert.All(jiaozuoDocuments, document => Assert.DoesNotContain(document, text, StringComparison.Ordinal));
            var next = page.Locator("a[rel=next]");
            if (await next.CountAsync() == 0 || pages >= 50)
            {
                break;
            }

            await next.ClickAsync();
        }
    }

    [Fact(Timeout = 120_000)]
    public async Task Jy82_the_Jiyuan_individual_loan_says_beside_its_full_subsidy_that_no_cap_is_set_and_where_to_ask()
    {
        var page = await platform.NewPageAsync(javaScript: false);
        await page.GotoAsync("/policies?region=419001&domain=loans&on=2024-03-01");
        var measure = page.Locator("article.measure").Filter(new() { HasText = "个人创业担保贷款财政全额贴息" });
        Assert.Equal(1, await measure.CountAsync());
        var note = measure.Locator(".reader-note");
        Assert.Contains("没有规定个人贷款的额度上限", await note.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("/venues?region=419001&kind=counter", await note.Locator("a").GetAttributeAsync("href"));
        // A measure whose figures say it all carries no note.
        Assert.Equal(1, await page.Locator("article.measure .reader-note").CountAsync());
    }

    [Fact(Timeout = 120_000)]
    public async Task Jz15_20_the_group_filter_keeps_one_domain_and_round_trips_through_the_URL()
    {
        var page = await platform.NewPageAsync();
        await page.GotoAsync("/policies");
        await page.SelectOptionAsync("#region", "419001");
        await page.SelectOptionAsync("#domain", "loans");
        await page.FillAsync("#on", "2024-03-01");
        await page.SubmitFormAsync();

        Assert.Contains("region=419001", page.Url, StringComparison.Ordinal);
        Assert.Contains("domain=loans", page.Url, StringComparison.Ordinal);
        Assert.Equal(["创业担保贷款及贴息"], (await page.Locator("section.group h2").AllInnerTextsAsync()).Select(t => t.Trim()));
        Assert.Equal("419001", await page.Locator("#region").InputValueAsync());
        Assert.Equal("loans", await page.Locator("#domain").InputValueAsync());
    }

    [Fact(Timeout = 120_000)]
    public async Task A_person_picks_who_they_are_and_sees_the_measures_for_them_as_the_API_lists_them()
    {
        var page = await platform.NewPageAsync(javaScript: false);
        await page.GotoAsync("/policies?region=410800&on=2024-03-01");
        // Every audience of the catalog is offered, with its count, as an option and (those with measures) as a link.
        var all = await ListAsync("410800");
        Assert.Equal(all.Audiences.Count + 1, await page.Locator("#group option").CountAsync());
        var veterans = all.Audiences.Single(a => a.AudienceId == "veterans");
        Assert.Equal($"{veterans.NameZh}（{veterans.Measures} 项）", ((await page.Locator("#group option[value=veterans]").TextContentAsync()) ?? "").Trim());
        await page.Locator("p.facets a", new() { HasTextString = veterans.NameZh }).ClickAsync();

        Assert.Equal("veterans", System.Web.HttpUtility.ParseQueryString(new Uri(page.Url).Query)["group"]);
        Assert.Equal("veterans", await page.Locator("#group").InputValueAsync());
        Assert.Contains("面向退役军人的政策", await page.Locator("[role=status]").InnerTextAsync(), StringComparison.Ordinal);
        var api = await ListAsync("410800", "veterans");
        Assert.Equal(veterans.Measures, api.Measures.Count);
        // The page groups them by domain: the same measures, in the page's order.
        Assert.True(api.Measures.Count <= Employment.Web.Public.Pages.Policies.PolicyList.MeasuresPerPage, "the veterans' measures fit one page");
        Assert.Equal(api.Measures.Select(m => m.NameZh).Order(StringComparer.Ordinal), (await page.Locator("article.measure h3").AllInnerTextsAsync()).Select(n => n.Trim()).Order(StringComparer.Ordinal));
        Assert.Equal(1, await page.Locator("a", new() { HasTextString = "查看全部人群的政策" }).CountAsync());

        await page.GotoAsync("/policies?region=410800&group=Astro%20nauts");
        Assert.Contains("适用人群", await page.Locator(".problem").InnerTextAsync(), StringComparison.Ordinal);
        await page.GotoAsync("/policies?region=410800&group=astronauts");
        Assert.Contains("适用人群", await page.Locator(".problem").InnerTextAsync(), StringComparison.Ordinal);
    }

    private async Task<ListMeasuresResponse> ListAsync(string region, string audience = "")
    {
        var json = await platform.Http.GetStringAsync($"/v1/policy/measures?region.code={region}&on=2024-03-01&page.page_size=200&audience={audience}");
        return Parser.Parse<ListMeasuresResponse>(json);
    }
}
