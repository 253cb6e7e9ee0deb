using System.Text;
using Employment.Web.Public.Pages.SelfCheck;
using Employment.Web.Kit.Formatting;
using Employment.Web.Public.Pages.Shared;
using Employment.Training.V1;
using Google.Protobuf;
using Microsoft.Playwright;
using Xunit;

namespace Web.Tests.Pages;

/// <summary>技能提升补贴's self-check page: its answer is the public skill-upgrade self-check's answer on the same facts (R24, R27).</summary>
[Collection(nameof(WebCollection))]
public sealed class SelfCheckPageTests(WebPlatform platform)
{
    private static readonly JsonParser Parser = new(JsonParser.Settings.Default);

    [Theory(Timeout = 120_000)]
    [InlineData("6-18-01-01", "SKILL_LEVEL_L3", "2023-06-01", "410823", "12", false)]   // enough insured months: eligible
    [InlineData("6-18-01-01", "SKILL_LEVEL_L4", "2023-06-01", "410823", "3", false)]    // too few: refused with the rule
    [InlineData("4-07-02-03", "SKILL_LEVEL_L5", "2024-05-10", "419001", "0", true)]     // drawing benefit in Jiyuan
    public async Task R24_the_page_gives_the_same_answer_as_the_REST_self_check_on_the_same_facts(
        string occupation, string level, string issued, string region, string months, bool drawingBenefit)
    {
        var date = DateOnly.Parse(issued, System.Globalization.CultureInfo.InvariantCulture);
        var body = $$$"""
            {"certificate": {"occupationCode": "{{{occupation}}}", "level": "{{{level}}}", "issueDate": {"year": {{{date.Year}}}, "month": {{{date.Month}}}, "day": {{{date.Day}}}}},
             "region": {"code": "{{{region}}}"}, "insuredMonths": {{{months}}}, "drawingBenefit": {{{(drawingBenefit ? "true" : "false")}}}}
            """;
        using var response = await platform.Http.PostAsync("/v1/training/skill-upgrade:check", new StringContent(body, Encoding.UTF8, "application/json"));
        var api = Parser.Parse<SkillUpgradeSelfCheck>(await response.Content.ReadAsStringAsync());

        var page = await platform.NewPageAsync();
        await SkillUpgradePage.FillAsync(page, occupation, level, issued, region, months);
        await page.SelectOptionAsync("[name=drawing_benefit]", drawingBenefit ? "true" : "false");
        await page.SubmitFormAsync();

        var verdict = page.Locator(".verdict");
        Assert.Equal(api.Eligible ? "true" : "false", await verdict.GetAttributeAsync("data-eligible"));
        if (api.Eligible)
        {
            Assert.Equal(Display.Yuan(api.Amount), (((await page.Locator(".amount").TextContentAsync()) ?? "")).Trim());
        }

        var checks = page.Locator("ul.checks > li");
        Assert.Equal(api.Explanation.Checks.OrderBy(c => c.Passed).Select(c => c.RuleId), await AttributesAsync(checks, "data-rule"));
        Assert.Equal(api.Explanation.Checks.OrderBy(c => c.Passed).Select(c => c.Passed ? "true" : "false"), await AttributesAsync(checks, "data-passed"));
        Assert.Contains(PublicText.Plain(api.Explanation.SummaryZh), ((await page.Locator(".result").TextContentAsync()) ?? ""), StringComparison.Ordinal);
        // Each check's clause is on the page, as the service cites it.
        var text = ((await page.Locator(".result").TextContentAsync()) ?? "");
        Assert.All(api.Explanation.Checks.SelectMany(c => c.Citations), c => Assert.Contains(Display.Clause(c), text, StringComparison.Ordinal));
        await page.ScreenshotAsync(new() { Path = Path.Combine(WebPlatform.ArtifactsDirectory, $"self-check-result-{region}-{level}-{months}.png"), FullPage = true });
        // The facts stay in the form (nothing stored; the person can change one and ask again).
        Assert.Equal(occupation, await page.Locator("[name='certificate.occupation_code']").InputValueAsync());
        Assert.Equal(months, await page.Locator("[name=insured_months]").InputValueAsync());
    }

    [Theory(Timeout = 120_000)]
    [InlineData("prior_skill_upgrades", "training.skill_upgrade.one_per_occupation_level")]                // 同一职业同一等级只享受一次 (2024)
    [InlineData("prior_vocational_trainings", "training.skill_upgrade.not_with_vocational_training_subsidy")] // 不与职业培训补贴重复享受 (2024)
    public async Task R24_subsidies_already_received_typed_into_the_form_are_judged_as_the_REST_self_check_judges_them(string prefix, string rule)
    {
        var priorField = prefix == "prior_skill_upgrades" ? "priorSkillUpgrades" : "priorVocationalTrainings";
        var body = $$$"""
            {"certificate": {"occupationCode": "6-18-01-01", "level": "SKILL_LEVEL_L3", "issueDate": {"year": 2024, "month": 5, "day": 10}},
             "region": {"code": "410823"}, "insuredMonths": 24,
             "{{{priorField}}}": [{"occupationCode": "6-18-01-01", "level": "SKILL_LEVEL_L3", "date": {"year": 2024, "month": 3, "day": 1}}]}
            """;
        using var response = await platform.Http.PostAsync("/v1/training/skill-upgrade:check", new StringContent(body, Encoding.UTF8, "application/json"));
        var api = Parser.Parse<SkillUpgradeSelfCheck>(await response.Content.ReadAsStringAsync());
        Assert.False(Assert.Single(api.Explanation.Checks, c => c.RuleId == rule).Passed);

        var page = await platform.NewPageAsync(javaScript: false);
        await SkillUpgradePage.FillAsync(page, "6-18-01-01", "SKILL_LEVEL_L3", "2024-05-10", "410823", "24");
        await page.FillAsync($"[name='{prefix}[0].occupation_code']", "6-18-01-01");
        await page.SelectOptionAsync($"[name='{prefix}[0].level']", "SKILL_LEVEL_L3");
        await page.FillAsync($"[name='{prefix}[0].date']", "2024-03-01");
        await SkillUpgradePage.SubmitAsync(page);

        Assert.Equal(api.Eligible ? "true" : "false", await page.Locator(".verdict").GetAttributeAsync("data-eligible"));
        var checks = page.Locator("ul.checks > li");
        Assert.Equal(api.Explanation.Checks.OrderBy(c => c.Passed).Select(c => c.RuleId), await AttributesAsync(checks, "data-rule"));
        Assert.Equal(api.Explanation.Checks.OrderBy(c => c.Passed).Select(c => c.Passed ? "true" : "false"), await AttributesAsync(checks, "data-passed"));
        Assert.Equal("2024-03-01", await page.Locator($"[name='{prefix}[0].date']").InputValueAsync());
    }

    [Fact(Timeout = 120_000)]
    public async Task R24_a_prior_subsidy_without_its_level_is_named_and_nothing_is_asked_of_the_service()
    {
        var page = await platform.NewPageAsync(javaScript: false);
        await SkillUpgradePage.FillAsync(page, "6-18-01-01", "SKILL_LEVEL_L3", "2024-05-10", "410823", "24");
        await page.FillAsync("[name='prior_skill_upgrades[0].occupation_code']", "6-18-01-01");
        await SkillUpgradePage.SubmitAsync(page);

        Assert.Contains("已享受的技能提升补贴", ((await page.Locator(".problem").TextContentAsync()) ?? ""), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator(".result").CountAsync());
    }

    [Fact(Timeout = 120_000)]
    public async Task R24_a_missing_fact_is_named_in_Chinese_and_nothing_is_asked_of_the_service()
    {
        var page = await platform.NewPageAsync();
        await page.GotoAsync(SkillUpgradePage.Path);
        await page.FillAsync("[name='certificate.occupation_code']", "6-18-01-01");
        await page.SubmitFormAsync();

        Assert.Equal("请检查填写的内容", (((await page.Locator(".problem h2").TextContentAsync()) ?? "")).Trim());
        Assert.Contains("证书等级", ((await page.Locator(".problem").TextContentAsync()) ?? ""), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator(".result").CountAsync());
    }

    [Fact(Timeout = 120_000)]
    public async Task With_the_loans_service_not_running_the_list_says_so_the_loan_page_is_not_found_and_the_other_measures_are_still_listed()
    {
        var page = await platform.NewPageAsync(javaScript: false);
        await page.GotoAsync("/self-check");

        Assert.Contains("创业担保贷款服务暂时无法连接", string.Join("", await page.Locator("[role=note]").AllInnerTextsAsync()), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("ul.measure-links a[href='/self-check/loan']").CountAsync());
        Assert.Equal(1, await page.Locator($"ul.measure-links a[href='{SkillUpgradePage.Path}']").CountAsync());
        Assert.Equal(404, (await page.GotoAsync("/self-check/loan"))!.Status);
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
