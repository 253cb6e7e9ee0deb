using System.Text;
using System.Text.Json;
using Employment.Web.Kit.Formatting;
using Employment.Web.Public.Pages.Shared;
using Employment.Loans.V1;
using Google.Protobuf;
using Microsoft.Playwright;
using Xunit;
using Xunit.Abstractions;

namespace Web.Tests.Pages;

/// <summary>
/// 创业担保贷款测算 (R4–R7), a self-check the loans service describes and judges through the lifecycle's shared step:
/// the page's answer is the typed REST self-check's (<c>POST /v1/loans:check</c>, through the gateway's transcoding) on
/// the same facts, product by product; the answer passes axe-core, reflows at 360 px and is photographed; a missing
/// fact is named.
/// </summary>
public sealed class LoanSelfCheckPageTests(LoansPlatform platform, ITestOutputHelper output) : IClassFixture<LoansPlatform>
{
    private static readonly JsonParser Parser = new(JsonParser.Settings.Default);

    /// <summary>What the form is given, and the same as the REST body's fields.</summary>
    public sealed record Facts(string Name, string Kind, string Region, string Date, string AmountYuan, string Term, string[] Groups,
        string Graduated, string Staff, string Hires, string GuarantorYuan);

    private static readonly Facts[] All =
    [
        // Jiaozuo 2024: a registered-unemployed individual, 30万 asked, a guarantor who does not cover it (R7).
        new Facts("jz-individual", "BORROWER_KIND_INDIVIDUAL", "410823", "2024-03-01", "300000", "24", ["STATED_GROUP_REGISTERED_UNEMPLOYED"], "", "", "", "2000"),
        // Jiaozuo 2023: a graduate, 10万 (no counter-guarantee), the 2023 cap and full share.
        new Facts("jz-graduate-2023", "BORROWER_KIND_INDIVIDUAL", "410800", "2023-06-01", "100000", "", ["STATED_GROUP_COLLEGE_GRADUATE"], "2022-06-30", "", "", ""),
        // Jiyuan 2024: a small enterprise (Henan's cap; no Jiaozuo figure).
        new Facts("jy-small-micro", "BORROWER_KIND_SMALL_MICRO_ENTERPRISE", "419001", "2024-03-01", "1000000", "24", [], "", "20", "4", "30000"),
    ];

    public static TheoryData<Facts> Cases => new(All);

    [Theory(Timeout = 180_000)]
    [MemberData(nameof(Cases))]
    public async Task R4_R7_the_page_gives_the_same_answer_as_the_REST_loan_self_check_on_the_same_facts(Facts facts)
    {
        var api = await RestAsync(facts);

        var page = await platform.NewPageAsync(javaScript: false);
        await page.GotoAsync(LoanPage);
        await FillAsync(page, facts);
        await page.ClickAsync(Submit);

        var section = page.Locator(".result");
        Assert.Equal(api.Eligible ? "true" : "false", await section.Locator(".verdict").GetAttributeAsync("data-eligible"));
        var offers = section.Locator(".measure");
        Assert.Equal(api.Offers.Select(o => o.ProductId), await AttributesAsync(offers, "data-part"));
        for (var i = 0; i < api.Offers.Count; i++)
        {
            var offer = api.Offers[i];
            var shown = offers.Nth(i);
            Assert.Equal(offer.Eligible ? "true" : "false", await shown.GetAttributeAsync("data-eligible"));
            Assert.Equal(Display.Yuan(offer.TotalCap), await TermAsync(shown, "total_cap"));
            Assert.Equal(Display.Yuan(offer.SubsidisedCap), await TermAsync(shown, "subsidised_cap"));
            Assert.Equal(offer.SubsidyShare is { } share ? (share.Ppm / 10_000m).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) + "%" : "—", await TermAsync(shown, "share"));
            Assert.Equal(offer.CounterGuaranteeRequired ? "需要" : "免除反担保", await TermAsync(shown, "counter_guarantee"));
            if (offer.CounterGuaranteeRequired)
            {
                Assert.Equal(Display.Yuan(offer.GuarantorCapacity), await TermAsync(shown, "guarantor_capacity"));
            }
            var checks = shown.Locator("ul.checks > li");
            Assert.Equal(offer.Explanation.Checks.OrderBy(c => c.Passed).Select(c => c.RuleId), await AttributesAsync(checks, "data-rule"));
            Assert.Equal(offer.Explanation.Checks.OrderBy(c => c.Passed).Select(c => c.Passed ? "true" : "false"), await AttributesAsync(checks, "data-passed"));
            var text = await shown.TextContentAsync() ?? ""; // met checks are folded, still on the page
            Assert.Contains(PublicText.Plain(offer.Explanation.SummaryZh), text, StringComparison.Ordinal);
            Assert.All(offer.Explanation.Checks.SelectMany(c => c.Citations), c => Assert.Contains(Display.Clause(c), text, StringComparison.Ordinal));
        }

        var common = section.Locator(".common-checks ul.checks > li");
        Assert.Equal(api.Explanation.Checks.OrderBy(c => c.Passed).Select(c => c.RuleId), await AttributesAsync(common, "data-rule"));
        Assert.Equal(api.Explanation.Checks.OrderBy(c => c.Passed).Select(c => c.Passed ? "true" : "false"), await AttributesAsync(common, "data-passed"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(WebPlatform.ArtifactsDirectory, $"self-check-loans-{facts.Name}.png"), FullPage = true });
        PlainChinese.AssertPlain($"{LoanPage} ({facts.Name})", await PlainChinese.ReadableTextAsync(page));

        // The facts stay in the form (nothing stored; the person can change one and ask again).
        Assert.Equal(facts.AmountYuan, await page.Locator("[name=requested_amount]").InputValueAsync());
        Assert.Equal(facts.Kind, await page.Locator("[name=borrower_kind]").InputValueAsync());
    }

    [Fact(Timeout = 120_000)]
    public async Task R4_the_Jiyuan_answer_on_the_page_never_shows_a_Jiaozuo_document()
    {
        var page = await platform.NewPageAsync(javaScript: false);
        await page.GotoAsync(LoanPage);
        await FillAsync(page, All.Single(f => f.Name == "jy-small-micro"));
        await page.ClickAsync(Submit);

        var text = ((await page.Locator(".result").TextContentAsync()) ?? "");
        Assert.Contains("3,000,000 元", text, StringComparison.Ordinal);
        Assert.DoesNotContain("焦政办", text, StringComparison.Ordinal);
    }

    [Fact(Timeout = 120_000)]
    public async Task R4_where_a_region_has_no_product_for_the_borrower_the_answer_says_what_its_documents_do_say_and_where_to_ask()
    {
        var page = await platform.NewPageAsync(javaScript: false);
        await page.GotoAsync(LoanPage);
        await page.SelectOptionAsync("[name=borrower_kind]", "BORROWER_KIND_INDIVIDUAL");
        await page.SelectOptionAsync("[name=region]", "419001");
        await page.FillAsync("[name=requested_amount]", "100000");
        await page.FillAsync("[name=intended_issue_date]", "2024-03-01");
        await page.ClickAsync(Submit);

        // An answer, not a form error: the documents there promise 全额贴息 but set no individual cap
        // (济管〔2023〕19号 82.), said plainly, with the counters that take loan applications.
        Assert.Equal(0, await page.Locator(".problem").CountAsync());
        var text = (await page.Locator(".result.no-product").TextContentAsync()) ?? "";
        Assert.Contains("济源示范区没有面向“个人创业”的创业担保贷款产品", text, StringComparison.Ordinal);
        Assert.Contains("贴息比例为 100%（济管〔2023〕19号 82.）", text, StringComparison.Ordinal);
        Assert.Contains("没有规定贷款额度上限", text, StringComparison.Ordinal);
        Assert.Equal("/venues?region=419001&kind=counter", await page.Locator(".no-product .next-steps a[href^='/venues']").GetAttributeAsync("href"));
        Assert.DoesNotContain("419001", text, StringComparison.Ordinal);
        Assert.DoesNotContain("有效期", text, StringComparison.Ordinal); // not blamed on the date
        Assert.DoesNotContain("材料", text, StringComparison.Ordinal); // nothing to bring for a product that is not there
        PlainChinese.AssertPlain($"{LoanPage} (no product)", await PlainChinese.ReadableTextAsync(page));
    }

    [Fact(Timeout = 120_000)]
    public async Task R4_a_missing_fact_is_named_and_an_amount_above_every_cap_is_a_no_with_the_services_reason()
    {
        var page = await platform.NewPageAsync(javaScript: false);
        await page.GotoAsync(LoanPage);
        await page.SelectOptionAsync("[name=region]", "410800");
        await page.FillAsync("[name=requested_amount]", "100000");
        await page.ClickAsync(Submit);
        Assert.Equal("请检查填写的内容", (((await page.Locator(".problem h2").TextContentAsync()) ?? "")).Trim());
        Assert.Contains("借款人类型", ((await page.Locator(".problem").TextContentAsync()) ?? ""), StringComparison.Ordinal);

        await page.SelectOptionAsync("[name=borrower_kind]", "BORROWER_KIND_INDIVIDUAL");
        await page.FillAsync("[name=intended_issue_date]", "2024-03-01");
        await page.FillAsync("[name=requested_amount]", "99999999");
        await page.ClickAsync(Submit);

        // Above every cap is the service's answer "no", with the reason, not a problem with the form.
        var result = page.Locator(".result");
        Assert.Equal("false", await result.Locator(".verdict").GetAttributeAsync("data-eligible"));
        Assert.Contains("最高额度", (await result.TextContentAsync()) ?? "", StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator(".problem").CountAsync());
        PlainChinese.AssertPlain($"{LoanPage} (above every cap)", await PlainChinese.ReadableTextAsync(page));
    }

    [Fact(Timeout = 240_000)]
    public async Task GBT37668_the_loan_answer_passes_axe_core_reflows_at_360_px_and_is_photographed()
    {
        Assert.True(File.Exists(WebPlatform.AxeCorePath), $"axe-core is not installed at {WebPlatform.AxeCorePath}: tests/run.sh installs it.");
        var facts = All[0];
        foreach (var width in new[] { 360, 390, 1280 })
        {
            var page = await platform.NewPageAsync(width, bypassCsp: true);
            await page.GotoAsync(LoanPage);
            await page.ScreenshotAsync(new() { Path = Path.Combine(WebPlatform.ArtifactsDirectory, $"self-check-loans-form-{width}.png"), FullPage = true });
            await FillAsync(page, facts);
            await page.ClickAsync(Submit);
            await page.Locator(".result").WaitForAsync();

            var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");
            Assert.True(overflow <= 0, $"the loan answer at {width} px scrolls sideways by {overflow} px");
            await page.ScreenshotAsync(new() { Path = Path.Combine(WebPlatform.ArtifactsDirectory, $"self-check-loans-{width}.png"), FullPage = true });

            await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = WebPlatform.AxeCorePath });
            var result = await page.EvaluateAsync<JsonElement>("""
                axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }, resultTypes: ['violations'] })
                  .then(r => r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(' ')) })))
                """);
            var violations = result.EnumerateArray().ToList();
            foreach (var v in violations)
            {
                output.WriteLine($"loan answer at {width} px: axe {v.GetProperty("impact")} {v.GetProperty("id")}: {v.GetProperty("help")} ({string.Join(", ", v.GetProperty("nodes").EnumerateArray())})");
            }

            var grave = violations.Where(v => v.GetProperty("impact").GetString() is "serious" or "critical").Select(v => v.GetProperty("id").GetString()).ToList();
            Assert.True(grave.Count == 0, $"the loan answer at {width} px: " + string.Join(", ", grave));
        }
    }

    private async Task<LoanSelfCheck> RestAsync(Facts facts)
    {
        var date = DateOnly.Parse(facts.Date, System.Globalization.CultureInfo.InvariantCulture);
        var body = new Dictionary<string, object>
        {
            ["borrowerKind"] = facts.Kind,
            ["region"] = new { code = facts.Region },
            ["intendedIssueDate"] = new { year = date.Year, month = date.Month, day = date.Day },
            ["requestedAmount"] = new { fen = long.Parse(facts.AmountYuan, System.Globalization.CultureInfo.InvariantCulture) * 100 },
            ["groups"] = facts.Groups,
        };
        if (facts.Term.Length > 0)
        {
            body["termMonths"] = int.Parse(facts.Term, System.Globalization.CultureInfo.InvariantCulture);
        }

        if (facts.Graduated.Length > 0)
        {
            var graduated = DateOnly.Parse(facts.Graduated, System.Globalization.CultureInfo.InvariantCulture);
            body["graduationDate"] = new { year = graduated.Year, month = graduated.Month, day = graduated.Day };
        }

        if (facts.Staff.Length > 0)
        {
            body["staffing"] = new { currentStaff = int.Parse(facts.Staff, System.Globalization.CultureInfo.InvariantCulture), qualifyingNewHiresThisYear = int.Parse(facts.Hires, System.Globalization.CultureInfo.InvariantCulture) };
        }

        if (facts.GuarantorYuan.Length > 0)
        {
            body["guarantorMonthlyContributions"] = new[] { new { fen = long.Parse(facts.GuarantorYuan, System.Globalization.CultureInfo.InvariantCulture) * 100 } };
        }

        using var response = await platform.Http.PostAsync("/v1/loans:check", new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"));
        var json = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"POST /v1/loans:check answered {(int)response.StatusCode}: {json}");
        return Parser.Parse<LoanSelfCheck>(json);
    }

    /// <summary>The loan's page, at the address its service's form gives it; its one form's button.</summary>
    private const string LoanPage = "/self-check/loan";
    private const string Submit = "main form button[type=submit]";

    /// <summary>The facts typed as a person would, into the inputs named by the request's paths.</summary>
    private static async Task FillAsync(IPage page, Facts facts)
    {
        await page.SelectOptionAsync("[name=borrower_kind]", facts.Kind);
        await page.SelectOptionAsync("[name=region]", facts.Region);
        await page.FillAsync("[name=intended_issue_date]", facts.Date);
        await page.FillAsync("[name=requested_amount]", facts.AmountYuan);
        await page.FillAsync("[name=term_months]", facts.Term);
        foreach (var group in facts.Groups)
        {
            await page.CheckAsync($"input[name='groups[]'][value={group}]");
        }

        await page.FillAsync("[name=graduation_date]", facts.Graduated);
        await page.FillAsync("[name='staffing.current_staff']", facts.Staff);
        await page.FillAsync("[name='staffing.qualifying_new_hires_this_year']", facts.Hires);
        await page.FillAsync("[name='guarantor_monthly_contributions[0]']", facts.GuarantorYuan);
    }

    private static async Task<string> TermAsync(ILocator part, string key) =>
        ((await part.Locator($"[data-term={key}]").TextContentAsync()) ?? "").Trim();

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
