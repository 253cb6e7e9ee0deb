using System.Text;
using Employment.Jobs.V1;
using Google.Protobuf;
using Microsoft.Playwright;
using Employment.Web.Public.Pages.Jobs;
using Employment.Web.Public.Pages.Match;
using Employment.Web.Public.Pages.Shared;
using Xunit;

namespace Web.Tests.Pages;

/// <summary>
/// 岗位匹配 against the real job-matching service and its demo postings: the page's
/// ranking is the public REST API's (<c>POST /v1/jobs:match</c>) on the same facts — the same
/// postings in the same order with the same scores and Chinese reasons; the non-personalised view
/// (人力资源市场暂行条例 第十七条) is the API's newest list, unscored; each result links to its posting.
/// </summary>
[Collection(nameof(WebCollection))]
public sealed class MatchPageTests(WebPlatform platform)
{
    private static readonly JsonParser Parser = new(JsonParser.Settings.Default.WithIgnoreUnknownFields(true));

    [Theory(Timeout = 120_000)]
    [InlineData("6-31-01-03", "电工", "EDUCATION_LEVEL_SECONDARY", "410800", "4000", "month", "")]   // an electrician in Jiaozuo
    [InlineData("", "叉车 装卸", "", "410823", "", "month", "")]                                    // skills only, one county
    [InlineData("2-06-03-00", "", "EDUCATION_LEVEL_BACHELOR", "419001", "5000", "month", "full-time")] // an accountant in Jiyuan
    public async Task Jobs_matching_score_the_page_ranks_as_the_REST_API_on_the_same_facts(
        string occupation, string skills, string education, string region, string payMin, string payPeriod, string kind)
    {
        var api = await ApiMatchAsync(Body(occupation, skills, education, region, payMin, payPeriod, kind, nonPersonalised: false));
        Assert.True(api.Personalised);

        var page = await platform.NewPageAsync(javaScript: false);
        await page.GotoAsync("/match");
        await page.FillAsync("#occupations", occupation);
        await page.FillAsync("#skills", skills);
        await page.SelectOptionAsync("#education", education);
        await page.SelectOptionAsync("#region", region);
        await page.SelectOptionAsync("#kind", kind);
        await page.FillAsync("#pay_min", payMin);
        await page.SelectOptionAsync("#pay_period", payPeriod);
        await page.SubmitFormAsync();

        Assert.Equal(0, await page.Locator(".problem").CountAsync());
        var items = page.Locator("ol.matches > li");
        Assert.Equal(api.Matches.Select(m => m.Posting.PostingId), await AttributesAsync(items, "data-posting"));
        Assert.Equal(api.Matches.Select(m => m.Score.ToString(System.Globalization.CultureInfo.InvariantCulture)), await AttributesAsync(items, "data-score"));
        for (var i = 0; i < api.Matches.Count; i++)
        {
            var reasons = await items.Nth(i).Locator("ul.reasons > li").AllInnerTextsAsync();
            Assert.Equal(api.Matches[i].ReasonsZh, reasons.Select(r => r.Trim()));
        }

        Assert.Contains(PublicText.Plain(api.NoticeZh), ((await page.Locator(".result").TextContentAsync()) ?? ""), StringComparison.Ordinal);
        // Nothing stored and nothing in the URL: the facts were posted and come back only in the form.
        Assert.Equal("/match", new Uri(page.Url).AbsolutePath);
        Assert.Equal("", new Uri(page.Url).Query);
        Assert.Equal(skills, await page.Locator("#skills").InputValueAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(WebPlatform.ArtifactsDirectory, $"match-result-{region}.png"), FullPage = true });
    }

    [Fact(Timeout = 120_000)]
    public async Task Jobs_matching_the_electrician_finds_electricians_first_and_their_page_opens()
    {
        var page = await platform.NewPageAsync(javaScript: false);
        await page.GotoAsync("/match");
        await page.FillAsync("#occupations", "6-31-01-03");
        await page.SelectOptionAsync("#region", "410800");
        await page.SubmitFormAsync();

        var first = page.Locator("ol.matches > li").First;
        var title = (((await first.Locator("h3").TextContentAsync()) ?? "")).Trim();
        Assert.Contains("电工", title, StringComparison.Ordinal);
        Assert.Matches(@"匹配度 \d+ 分", ((await first.Locator(".score").TextContentAsync()) ?? ""));
        Assert.True(await first.Locator("ul.reasons > li").CountAsync() > 0, "a match explains itself");

        await first.Locator("h3 a").ClickAsync();
        Assert.Matches(@"/jobs/J-demo-\d{4}$", new Uri(page.Url).AbsolutePath);
        Assert.Equal(title, (((await page.Locator("h1").TextContentAsync()) ?? "")).Trim());
    }

    [Fact(Timeout = 120_000)]
    public async Task Rule17_the_non_personalised_view_is_the_APIs_newest_list_without_scores()
    {
        var api = await ApiMatchAsync(Body("", "", "", "410823", "", "month", "", nonPersonalised: true));
        Assert.False(api.Personalised);

        var page = await platform.NewPageAsync(javaScript: false);
        await page.GotoAsync("/match");
        await page.FillAsync("#occupations", "6-31-01-03"); // typed, but not used once the box is ticked
        await page.SelectOptionAsync("#region", "410823");
        await page.CheckAsync("#non_personalised");
        await page.SubmitFormAsync();

        Assert.Equal("最新岗位", (((await page.Locator(".result h2").TextContentAsync()) ?? "")).Trim());
        Assert.Equal(api.Matches.Select(m => m.Posting.PostingId), await AttributesAsync(page.Locator("ol.matches > li"), "data-posting"));
        Assert.Equal(0, await page.Locator(".score").CountAsync());
        Assert.Contains(PublicText.Plain(api.NoticeZh), ((await page.Locator(".result").TextContentAsync()) ?? ""), StringComparison.Ordinal);
        Assert.True(await page.Locator("#non_personalised").IsCheckedAsync());
    }

    [Theory(Timeout = 120_000)]
    [InlineData("电工", "6-31-01-03")]       // the 大典's name, offered in the list
    [InlineData("维修电工", "6-31-01-03")]   // an everyday term of the synonyms file
    [InlineData("会计", "2-06-03")]          // a 小类: every 细类 under it
    [InlineData("服务员", "4-03-02-05")]     // a word people type for 餐厅服务员
    [InlineData("成本会计", "2-06-03")]      // a kind of 会计: its listed ending names the occupation
    public async Task Jobs_matching_an_occupation_name_typed_gives_its_codes_matches(string typed, string code)
    {
        var api = await ApiMatchAsync(Body(code, "", "", "410800", "", "month", "", nonPersonalised: false));
        Assert.NotEmpty(api.Matches);

        var page = await platform.NewPageAsync(javaScript: false);
        await page.GotoAsync("/match");
        // The name is offered in the field's list, with its code.
        Assert.Equal(1, await page.Locator($"datalist#occupation-names option[value='{Employment.Web.Public.Pages.Jobs.OccupationNames.NameOf(code)}']").CountAsync());
        Assert.Equal("occupation-names", await page.Locator("#occupations").GetAttributeAsync("list"));
        await page.FillAsync("#occupations", typed);
        await page.SelectOptionAsync("#region", "410800");
        await page.SubmitFormAsync();

        Assert.Equal(0, await page.Locator(".problem").CountAsync());
        var items = page.Locator("ol.matches > li");
        Assert.Equal(api.Matches.Select(m => m.Posting.PostingId), await AttributesAsync(items, "data-posting"));
        Assert.Equal(api.Matches.Select(m => m.Score.ToString(System.Globalization.CultureInfo.InvariantCulture)), await AttributesAsync(items, "data-score"));
        Assert.Equal(typed, await page.Locator("#occupations").InputValueAsync());
    }

    [Fact(Timeout = 120_000)]
    public async Task Jobs_matching_where_one_lives_gives_the_APIs_ranking_with_the_commuting_distance()
    {
        var home = Employment.Web.Public.Pages.Jobs.NearPlaces.Find("410825")!;
        var body = Body("6-31-01-03", "", "", "410800", "", "month", "", nonPersonalised: false).Replace(
            "\"regions\":",
            $"\"location\": {{\"latitude\": {home.Latitude.ToString(System.Globalization.CultureInfo.InvariantCulture)}, \"longitude\": {home.Longitude.ToString(System.Globalization.CultureInfo.InvariantCulture)}}}, \"regions\":",
            StringComparison.Ordinal);
        var api = await ApiMatchAsync(body);
        // With the point the distance is scored: no match says the place was not given.
        Assert.NotEmpty(api.Matches);
        Assert.DoesNotContain(api.Matches.SelectMany(m => m.ReasonsZh), r => r.Contains("未提供您的位置", StringComparison.Ordinal));

        var page = await platform.NewPageAsync(javaScript: false);
        await page.GotoAsync("/match");
        await page.FillAsync("#occupations", "电工");
        await page.SelectOptionAsync("#region", "410800");
        await page.SelectOptionAsync("#home", "410825");
        await page.SubmitFormAsync();

        var items = page.Locator("ol.matches > li");
        Assert.Equal(api.Matches.Select(m => m.Posting.PostingId), await AttributesAsync(items, "data-posting"));
        for (var i = 0; i < api.Matches.Count; i++)
        {
            var reasons = await items.Nth(i).Locator("ul.reasons > li").AllInnerTextsAsync();
            Assert.Equal(api.Matches[i].ReasonsZh, reasons.Select(r => r.Trim()));
        }

        Assert.Equal("410825", await page.Locator("#home").InputValueAsync());
    }

    [Theory(Timeout = 120_000)]
    [InlineData("司机")]
    [InlineData("驾驶员")]
    [InlineData("货车司机")]
    [InlineData("商务车司机")]
    public async Task Jobs_matching_takes_the_words_people_type_for_drivers_as_the_search_does(string typed)
    {
        // What 找工作 finds for the word in Jiaozuo, 岗位匹配 finds, each with a reason in words, no code.
        using var searched = await platform.Http.GetAsync($"/v1/jobs/postings?query={Uri.EscapeDataString(typed)}&region.code=410800&page.page_size=200");
        var found = Parser.Parse<SearchPostingsResponse>(await searched.Content.ReadAsStringAsync()).Hits.Select(h => h.PostingId).ToHashSet();
        Assert.NotEmpty(found);

        var page = await platform.NewPageAsync(javaScript: false);
        await page.GotoAsync("/match");
        await page.FillAsync("#occupations", typed);
        await page.SelectOptionAsync("#region", "410800");
        await page.SubmitFormAsync();
        Assert.Equal(0, await page.Locator(".problem").CountAsync());
        var items = page.Locator("ol.matches > li");
        var matched = await AttributesAsync(items, "data-posting");
        Assert.NotEmpty(matched);
        Assert.All(matched, id => Assert.Contains(id, found));
        var first = await items.First.Locator("ul.reasons > li").First.InnerTextAsync();
        Assert.Contains($"您的求职意向“{typed}”", first, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\d-\d{2}-\d{2}", first);
    }

    [Fact(Timeout = 120_000)]
    public async Task Jobs_matching_a_word_no_posting_holds_is_answered_with_none_found()
    {
        var page = await platform.NewPageAsync(javaScript: false);
        await page.GotoAsync("/match");
        await page.FillAsync("#occupations", "宇航员");
        await page.SelectOptionAsync("#region", "410800");
        await page.SubmitFormAsync();
        Assert.Equal(0, await page.Locator(".problem").CountAsync());
        Assert.Contains("没有找到符合的岗位", (await page.Locator(".result").TextContentAsync()) ?? "", StringComparison.Ordinal);
    }

    [Fact(Timeout = 120_000)]
    public async Task Jobs_matching_a_form_without_place_or_without_occupation_and_skills_names_the_field()
    {
        var page = await platform.NewPageAsync(javaScript: false);
        await page.GotoAsync("/match");
        await page.FillAsync("#skills", "电焊");
        await page.SubmitFormAsync();
        Assert.Equal("请检查填写的内容", (((await page.Locator(".problem h2").TextContentAsync()) ?? "")).Trim());
        Assert.Contains("希望工作的地点", ((await page.Locator(".problem").TextContentAsync()) ?? ""), StringComparison.Ordinal);

        await page.FillAsync("#skills", "");
        await page.SelectOptionAsync("#region", "410800");
        await page.SubmitFormAsync();
        Assert.Contains("求职意向", ((await page.Locator(".problem").TextContentAsync()) ?? ""), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("ol.matches").CountAsync());
        Assert.Equal("410800", await page.Locator("#region").InputValueAsync());
    }

    private async Task<MatchJobsResponse> ApiMatchAsync(string body)
    {
        using var response = await platform.Http.PostAsync("/v1/jobs:match", new StringContent(body, Encoding.UTF8, "application/json"));
        var json = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, json);
        return Parser.Parse<MatchJobsResponse>(json);
    }

    /// <summary>The REST body for the facts, written by hand in the contract's JSON names (as a client would).</summary>
    private static string Body(string occupation, string skills, string education, string region, string payMin, string payPeriod, string kind, bool nonPersonalised)
    {
        static string List(IEnumerable<string> items) => "[" + string.Join(",", items.Select(i => $"\"{i}\"")) + "]";
        var preferences = new List<string> { $"\"regions\": [{{\"code\": \"{region}\"}}]" };
        if (!nonPersonalised)
        {
            preferences.Add($"\"occupationCodes\": {List(occupation.Split(' ', StringSplitOptions.RemoveEmptyEntries))}");
            preferences.Add($"\"keywords\": {List(skills.Split(' ', StringSplitOptions.RemoveEmptyEntries))}");
            if (education.Length > 0)
            {
                preferences.Add($"\"education\": \"{education}\"");
            }

            if (kind.Length > 0)
            {
                preferences.Add($"\"employmentType\": \"EMPLOYMENT_TYPE_{kind.Replace('-', '_').ToUpperInvariant()}\"");
            }

            if (payMin.Length > 0)
            {
                preferences.Add($"\"minSalary\": {{\"fen\": {long.Parse(payMin, System.Globalization.CultureInfo.InvariantCulture) * 100}}}");
                preferences.Add($"\"minSalaryPeriod\": \"PAY_PERIOD_{payPeriod.ToUpperInvariant()}\"");
            }
        }

        return $"{{\"preferences\": {{{string.Join(", ", preferences)}}}, \"page\": {{\"pageSize\": {Employment.Web.Public.Pages.Match.JobMatch.PageSize}}}, \"nonPersonalised\": {(nonPersonalised ? "true" : "false")}}}";
    }

    private static async Task<string[]> AttributesAsync(ILocator items, string name)
    {
        var values = new List<string>();
        for (var i = 0; i < await items.CountAsync(); i++)
        {
            values.Add(await items.Nth(i).GetAttributeAsync(name) ?? "");
        }

        return [.. values];
    }
}
