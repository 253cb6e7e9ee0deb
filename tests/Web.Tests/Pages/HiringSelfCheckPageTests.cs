using System.Text;
using System.Text.Json;
using Employment.Web.Public.Pages.SelfCheck;
using Employment.Web.Kit.Formatting;
using Employment.Web.Public.Pages.Shared;
using Employment.Hiring.V1;
using Google.Protobuf;
using Microsoft.Playwright;
using Xunit;
using Xunit.Abstractions;

namespace Web.Tests.Pages;

/// <summary>
/// 我能享受哪些政策 — the one-off start-up subsidy (Henan D09 cl.32, 焦政办〔2023〕29号 cl.21, R21) and the
/// subsidies for one hire (焦政办〔2023〕36号（四）（十一）, R9), scripts off: the page's answer is the REST
/// self-check's (<c>POST /v1/hiring:check</c>, through the gateway's transcoding) on the same facts, measure by
/// measure; Jiyuan's answer never shows a Jiaozuo document; a missing fact is named; the answer passes
/// axe-core, reflows at 360 px and is photographed.
/// </summary>
[Collection(nameof(WebCollection))]
public sealed class HiringSelfCheckPageTests(WebPlatform platform, ITestOutputHelper output)
{
    private static readonly JsonParser Parser = new(JsonParser.Settings.Default);

    /// <summary>What the form is given: a business (kind empty: not asked) and one hire (kind empty: not asked).</summary>
    public sealed record Facts(
        string Name,
        string StartupKind, string StartupRegion, string RegisteredOn, string[] FounderGroups, string FounderGraduated,
        string EmployerKind, string HireRegion, string ContractStart, string TermMonths, string InsuredMonths, string Birth, string Graduated, string RegisteredSince);

    private static readonly Facts[] All =
    [
        // Jiaozuo: a veteran's individual business registered 2022-09-01 (29号 pays, Henan does not cover veterans),
        // and an enterprise hiring a registered-unemployed youth in March 2023 on an open-ended contract.
        new Facts("jz-veteran-and-youth", "ENTITY_KIND_INDIVIDUAL_BUSINESS", "410802", "2022-09-01", ["STATED_FOUNDER_GROUP_VETERAN"], "",
            "ENTITY_KIND_ENTERPRISE", "410823", "2023-03-01", "", "1", "2000-03-10", "", "2022-06-01"),
        // Jiyuan: the same veteran is refused (only Jiaozuo pays); the hire finds no measure (R27).
        new Facts("jy-veteran-and-youth", "ENTITY_KIND_INDIVIDUAL_BUSINESS", "419001", "2022-09-01", ["STATED_FOUNDER_GROUP_VETERAN"], "",
            "ENTITY_KIND_ENTERPRISE", "419001", "2023-03-01", "", "1", "2000-03-10", "", "2022-06-01"),
        // Jiyuan: a graduate's enterprise is paid under Henan D09 cl.32.
        new Facts("jy-graduate", "ENTITY_KIND_ENTERPRISE", "419001", "2022-09-01", ["STATED_FOUNDER_GROUP_COLLEGE_STUDENT"], "2020-06-30",
            "", "", "", "", "", "", "", ""),
        // Jiaozuo: a graduate of 2022 hired on an 11-month contract (absorption needs 12 months).
        new Facts("jz-graduate-11-months", "", "", "", [], "",
            "ENTITY_KIND_ENTERPRISE", "410800", "2023-03-01", "11", "3", "", "2022-06-30", ""),
    ];

    public static TheoryData<Facts> Cases => new(All);

    [Fact(Timeout = 120_000)]
    public async Task R21_someone_only_planning_a_business_is_answered_as_if_registering_today_not_told_to_give_a_licence_date()
    {
        var page = await platform.NewPageAsync(javaScript: false);
        await page.GotoAsync("/self-check");
        await page.SelectOptionAsync("#startup_kind", "ENTITY_KIND_INDIVIDUAL_BUSINESS");
        await page.SelectOptionAsync("#startup_region", "410802");
        await page.CheckAsync("#startup_planning");
        await page.CheckAsync("#startup_first_business");
        await page.CheckAsync("#startup_group_stated_founder_group_veteran");
        await page.ClickAsync("#hiring-check button[type=submit]");

        Assert.Equal(0, await page.Locator("#hiring-check .problem").CountAsync());
        var startup = page.Locator("#hiring-check .result .startup");
        Assert.Contains("您还没有登记", await startup.Locator(".planning").InnerTextAsync(), StringComparison.Ordinal);
        // Each measure's entitlement date is counted from today's registration, so it lies ahead.
        var entitled = await startup.Locator(".measure .meta").AllInnerTextsAsync();
        Assert.NotEmpty(entitled);
        Assert.All(entitled, e => Assert.True(
            DateOnly.ParseExact(e[(e.IndexOf('：', StringComparison.Ordinal) + 1)..].Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
                > DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-2)), e));
        Assert.True(await page.Locator("#startup_planning").IsCheckedAsync(), "the form keeps what was stated");
    }

    [Theory(Timeout = 180_000)]
    [MemberData(nameof(Cases))]
    public async Task R9_R21_the_page_gives_the_same_answer_as_the_REST_hiring_self_check_on_the_same_facts(Facts facts)
    {
        var api = await RestAsync(facts);

        var page = await platform.NewPageAsync(javaScript: false);
        await page.GotoAsync("/self-check");
        await FillAsync(page, facts);
        await page.ClickAsync("#hiring-check button[type=submit]");

        var section = page.Locator("#hiring-check .result");
        Assert.Contains("以窗口审核为准", await section.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(api.Startup is null ? 0 : 1, await section.Locator(".startup").CountAsync());
        Assert.Equal(api.Hire is null ? 0 : 1, await section.Locator(".hire").CountAsync());
        if (api.Startup is { } startup)
        {
            var shown = section.Locator(".startup");
            Assert.Equal(startup.MayBePaid ? "true" : "false", await shown.GetAttributeAsync("data-eligible"));
            var verdict = ((await shown.Locator(".verdict").TextContentAsync()) ?? "");
            if (startup.MayBePaid)
            {
                Assert.Contains(Display.Yuan(startup.Amount), verdict, StringComparison.Ordinal);
                Assert.Contains(startup.PaidUnderZh, verdict, StringComparison.Ordinal);
            }

            await SameMeasuresAsync(shown, startup.Measures);
            Assert.Equal(startup.BringZh, await shown.Locator(".bring li").AllInnerTextsAsync());
        }

        if (api.Hire is { } hire)
        {
            var shown = section.Locator(".hire");
            await SameMeasuresAsync(shown, hire.Measures);
            Assert.Equal(hire.BringZh, await shown.Locator(".bring li").AllInnerTextsAsync());
        }

        await page.ScreenshotAsync(new() { Path = Path.Combine(WebPlatform.ArtifactsDirectory, $"self-check-hiring-{facts.Name}.png"), FullPage = true });

        // The facts stay in the form (nothing stored; the person can change one and ask again).
        Assert.Equal(facts.StartupKind, await page.Locator("#startup_kind").InputValueAsync());
        Assert.Equal(facts.ContractStart, await page.Locator("#hire_contract_start").InputValueAsync());
    }

    [Fact(Timeout = 120_000)]
    public async Task R27_the_Jiyuan_answer_on_the_page_never_shows_a_Jiaozuo_document()
    {
        var page = await platform.NewPageAsync(javaScript: false);
        await page.GotoAsync("/self-check");
        await FillAsync(page, All.Single(f => f.Name == "jy-graduate"));
        await page.ClickAsync("#hiring-check button[type=submit]");

        var text = ((await page.Locator("#hiring-check .result").TextContentAsync()) ?? "");
        Assert.Contains("5,000 元", text, StringComparison.Ordinal);
        Assert.Contains("支持中小企业发展若干财税政策", text, StringComparison.Ordinal); // Henan's document, by its title
        Assert.DoesNotContain("D09", text, StringComparison.Ordinal); // the corpus's code is for auditors
        Assert.DoesNotContain("焦政", text, StringComparison.Ordinal);
    }

    [Fact(Timeout = 120_000)]
    public async Task A_missing_fact_is_named_on_the_page_and_the_typed_facts_stay()
    {
        var page = await platform.NewPageAsync(javaScript: false);
        await page.GotoAsync("/self-check");
        await page.ClickAsync("#hiring-check button[type=submit]");
        Assert.Equal("请检查填写的内容", (((await page.Locator("#hiring-check .problem h2").TextContentAsync()) ?? "")).Trim());
        Assert.Contains("创业形式", ((await page.Locator("#hiring-check .problem").TextContentAsync()) ?? ""), StringComparison.Ordinal);

        await page.SelectOptionAsync("#hire_employer_kind", "ENTITY_KIND_ENTERPRISE");
        await page.SelectOptionAsync("#hire_region", "410800");
        await page.FillAsync("#hire_contract_start", "2023-03-01");
        await page.ClickAsync("#hiring-check button[type=submit]");
        Assert.Contains("劳动合同期限", ((await page.Locator("#hiring-check .problem").TextContentAsync()) ?? ""), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#hiring-check .result").CountAsync());
        Assert.Equal("2023-03-01", await page.Locator("#hire_contract_start").InputValueAsync());
    }

    [Fact(Timeout = 240_000)]
    public async Task GBT37668_the_hiring_answer_passes_axe_core_reflows_at_360_px_and_is_photographed()
    {
        Assert.True(File.Exists(WebPlatform.AxeCorePath), $"axe-core is not installed at {WebPlatform.AxeCorePath}: tests/run.sh installs it.");
        foreach (var width in new[] { 360, 1280 })
        {
            var page = await platform.NewPageAsync(width, bypassCsp: true);
            await page.GotoAsync("/self-check");
            await FillAsync(page, All[0]);
            await page.ClickAsync("#hiring-check button[type=submit]");
            await page.Locator("#hiring-check .result").WaitForAsync();

            var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");
            Assert.True(overflow <= 0, $"the hiring answer at {width} px scrolls sideways by {overflow} px");
            await page.ScreenshotAsync(new() { Path = Path.Combine(WebPlatform.ArtifactsDirectory, $"self-check-hiring-{width}.png"), FullPage = true });

            await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = WebPlatform.AxeCorePath });
            var result = await page.EvaluateAsync<JsonElement>("""
                axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }, resultTypes: ['violations'] })
                  .then(r => r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(' ')) })))
                """);
            var violations = result.EnumerateArray().ToList();
            foreach (var v in violations)
            {
                output.WriteLine($"hiring answer at {width} px: axe {v.GetProperty("impact")} {v.GetProperty("id")}: {v.GetProperty("help")} ({string.Join(", ", v.GetProperty("nodes").EnumerateArray())})");
            }

            var grave = violations.Where(v => v.GetProperty("impact").GetString() is "serious" or "critical").Select(v => v.GetProperty("id").GetString()).ToList();
            Assert.True(grave.Count == 0, $"the hiring answer at {width} px: " + string.Join(", ", grave));
        }
    }

    private static async Task SameMeasuresAsync(ILocator shown, IReadOnlyList<MeasureSelfCheck> measures)
    {
        var blocks = shown.Locator(".measure");
        Assert.Equal(measures.Count, await blocks.CountAsync());
        for (var i = 0; i < measures.Count; i++)
        {
            var measure = measures[i];
            var block = blocks.Nth(i);
            Assert.Equal(measure.MayBePaid ? "true" : "false", await block.GetAttributeAsync("data-eligible"));
            var heading = ((await block.Locator("h4").TextContentAsync()) ?? "");
            Assert.StartsWith(measure.NameZh, heading, StringComparison.Ordinal);
            if (measure.MayBePaid)
            {
                Assert.Contains(Display.Yuan(measure.Amount), heading, StringComparison.Ordinal);
            }

            var checks = block.Locator("ul.checks > li");
            Assert.Equal(measure.Explanation.Checks.OrderBy(c => c.Passed).Select(c => c.RuleId), await AttributesAsync(checks, "data-rule"));
            Assert.Equal(measure.Explanation.Checks.OrderBy(c => c.Passed).Select(c => c.Passed ? "true" : "false"), await AttributesAsync(checks, "data-passed"));
            var text = await block.TextContentAsync() ?? ""; // met checks are folded, still on the page
            Assert.Contains(PublicText.Plain(measure.Explanation.SummaryZh), text, StringComparison.Ordinal);
            Assert.All(measure.Explanation.Checks.SelectMany(c => c.Citations), c => Assert.Contains(Display.Clause(c), text, StringComparison.Ordinal));
        }
    }

    private async Task<SubsidySelfCheck> RestAsync(Facts facts)
    {
        static object Day(string typed)
        {
            var d = DateOnly.Parse(typed, System.Globalization.CultureInfo.InvariantCulture);
            return new { year = d.Year, month = d.Month, day = d.Day };
        }

        var body = new Dictionary<string, object>();
        if (facts.StartupKind.Length > 0)
        {
            var startup = new Dictionary<string, object>
            {
                ["businessKind"] = facts.StartupKind,
                ["region"] = new { code = facts.StartupRegion },
                ["registeredOn"] = Day(facts.RegisteredOn),
                ["firstBusiness"] = true,
                ["operatedNormally"] = true,
                ["groups"] = facts.FounderGroups,
            };
            if (facts.FounderGraduated.Length > 0)
            {
                startup["graduationDate"] = Day(facts.FounderGraduated);
            }

            body["startup"] = startup;
        }

        if (facts.EmployerKind.Length > 0)
        {
            var hire = new Dictionary<string, object>
            {
                ["employerKind"] = facts.EmployerKind,
                ["region"] = new { code = facts.HireRegion },
                ["contractStart"] = Day(facts.ContractStart),
                ["insuredMonths"] = int.Parse(facts.InsuredMonths, System.Globalization.CultureInfo.InvariantCulture),
            };
            if (facts.TermMonths.Length > 0)
            {
                hire["contractTermMonths"] = int.Parse(facts.TermMonths, System.Globalization.CultureInfo.InvariantCulture);
            }
            else
            {
                hire["openEnded"] = true;
            }

            foreach (var (typed, name) in new[] { (facts.Birth, "birthDate"), (facts.Graduated, "graduationDate"), (facts.RegisteredSince, "unemploymentRegisteredSince") })
            {
                if (typed.Length > 0)
                {
                    hire[name] = Day(typed);
                }
            }

            body["hire"] = hire;
        }

        using var response = await platform.Http.PostAsync("/v1/hiring:check", new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"));
        var json = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"POST /v1/hiring:check answered {(int)response.StatusCode}: {json}");
        return Parser.Parse<SubsidySelfCheck>(json);
    }

    private static async Task FillAsync(IPage page, Facts facts)
    {
        if (facts.StartupKind.Length > 0)
        {
            await page.SelectOptionAsync("#startup_kind", facts.StartupKind);
            await page.SelectOptionAsync("#startup_region", facts.StartupRegion);
            await page.FillAsync("#startup_registered_on", facts.RegisteredOn);
            await page.CheckAsync("#startup_first_business");
            await page.CheckAsync("#startup_operated_normally");
            foreach (var group in facts.FounderGroups)
            {
                await page.CheckAsync($"#startup_group_{group.ToLowerInvariant()}");
            }

            await page.FillAsync("#startup_graduation_date", facts.FounderGraduated);
        }

        if (facts.EmployerKind.Length > 0)
        {
            await page.SelectOptionAsync("#hire_employer_kind", facts.EmployerKind);
            await page.SelectOptionAsync("#hire_region", facts.HireRegion);
            await page.FillAsync("#hire_contract_start", facts.ContractStart);
            if (facts.TermMonths.Length > 0)
            {
                await page.FillAsync("#hire_term_months", facts.TermMonths);
            }
            else
            {
                await page.CheckAsync("#hire_open_ended");
            }

            await page.FillAsync("#hire_insured_months", facts.InsuredMonths);
            await page.FillAsync("#hire_birth_date", facts.Birth);
            await page.FillAsync("#hire_graduation_date", facts.Graduated);
            await page.FillAsync("#hire_registered_since", facts.RegisteredSince);
        }
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

/// <summary>
/// "clear Chinese error pages when a service is down": with the hiring service stopped, the
/// start-up and hiring section alone says 服务暂不可用 and keeps what was typed; the rest of the page renders.
/// </summary>
public sealed class HiringDownTests(HiringDownPlatform platform) : IClassFixture<HiringDownPlatform>
{
    [Fact(Timeout = 120_000)]
    public async Task With_the_hiring_service_stopped_its_section_shows_a_Chinese_error_and_the_rest_of_the_page_renders()
    {
        var page = await platform.NewPageAsync(javaScript: false);
        await page.GotoAsync("/self-check");
        await page.SelectOptionAsync("#startup_kind", "ENTITY_KIND_ENTERPRISE");
        await page.SelectOptionAsync("#startup_region", "410802");
        await page.FillAsync("#startup_registered_on", "2022-09-01");
        var response = await page.RunAndWaitForResponseAsync(() => page.ClickAsync("#hiring-check button[type=submit]"),
            r => r.Url.Contains(Employment.Web.Public.Site.PublicSite.SelfCheckHiringPath, StringComparison.Ordinal) && r.Request.Method == "POST");
        // The answer's section, once rendered (a lifecycle event of a form's POST was once missed on a loaded runner).
        await page.Locator("#hiring-check .problem h2").WaitForAsync();

        Assert.Equal(200, response.Status);
        Assert.Equal("服务暂不可用", (((await page.Locator("#hiring-check .problem h2").TextContentAsync()) ?? "")).Trim());
        Assert.Equal(0, await page.Locator(".result").CountAsync());
        Assert.Equal("2022-09-01", await page.Locator("#startup_registered_on").InputValueAsync());
        Assert.Equal("我能享受哪些政策", (((await page.Locator("h1").TextContentAsync()) ?? "")).Trim());
        Assert.Equal(1, await page.Locator("#occupation_code").CountAsync());
        Assert.Equal(1, await page.Locator("#loan_borrower_kind").CountAsync());
    }
}
