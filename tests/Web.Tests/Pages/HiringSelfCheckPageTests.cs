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
/// The one-off start-up subsidy (Henan D09 cl.32, 焦政办〔2023〕29号 cl.21, R21, /self-check/startup) and the
/// subsidies for one hire (焦政办〔2023〕36号（四）（十一）, R9, /self-check/hire), on the pages the hiring service
/// describes, scripts off: each page's answer is the REST self-check's (<c>POST /v1/hiring:check</c>, through the
/// gateway's transcoding) on the same facts, measure by measure; Jiyuan's answer never shows a Jiaozuo document; a
/// missing fact is named; the answer passes axe-core, reflows at 360 px and is photographed.
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
        await page.GotoAsync("/self-check/startup");
        await page.SelectOptionAsync("[name=business_kind]", "ENTITY_KIND_INDIVIDUAL_BUSINESS");
        await page.SelectOptionAsync("[name=region]", "410802");
        await page.SelectOptionAsync("[name=planning]", "true");
        await page.SelectOptionAsync("[name=first_business]", "true");
        await page.CheckAsync("input[name='groups[]'][value=STATED_FOUNDER_GROUP_VETERAN]");
        await page.ClickAsync("form button[type=submit]");

        Assert.Equal(0, await page.Locator(".problem").CountAsync());
        var result = page.Locator(".result");
        Assert.Contains("您还没有登记", await result.Locator(".planning").InnerTextAsync(), StringComparison.Ordinal);
        // Each measure's entitlement date is counted from today's registration, so it lies ahead.
        var entitled = await result.Locator(".measure .entitled").AllInnerTextsAsync();
        Assert.NotEmpty(entitled);
        Assert.All(entitled, e => Assert.True(
            DateOnly.ParseExact(e[(e.IndexOf('：', StringComparison.Ordinal) + 1)..].Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
                > DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-2)), e));
        Assert.Equal("true", await page.Locator("[name=planning]").InputValueAsync()); // the form keeps what was stated
    }

    [Theory(Timeout = 180_000)]
    [MemberData(nameof(Cases))]
    public async Task R9_R21_the_page_gives_the_same_answer_as_the_REST_hiring_self_check_on_the_same_facts(Facts facts)
    {
        var api = await RestAsync(facts);

        if (api.Startup is { } startup)
        {
            var page = await AskStartupAsync(facts);
            var result = page.Locator(".result");
            Assert.Contains("以窗口审核为准", await result.InnerTextAsync(), StringComparison.Ordinal);
            var verdict = result.Locator(".verdict");
            Assert.Equal(startup.MayBePaid ? "true" : "false", await verdict.GetAttributeAsync("data-eligible"));
            if (startup.MayBePaid)
            {
                Assert.Contains(Display.Yuan(startup.Amount), await verdict.TextContentAsync() ?? "", StringComparison.Ordinal);
                Assert.Contains(startup.PaidUnderZh, await result.TextContentAsync() ?? "", StringComparison.Ordinal);
            }

            await SameMeasuresAsync(result, startup.Measures);
            Assert.Equal(startup.BringZh, await result.Locator(".bring li").AllInnerTextsAsync());
            await page.ScreenshotAsync(new() { Path = Path.Combine(WebPlatform.ArtifactsDirectory, $"self-check-startup-{facts.Name}.png"), FullPage = true });
            // The facts stay in the form (nothing stored; the person can change one and ask again).
            Assert.Equal(facts.StartupKind, await page.Locator("[name=business_kind]").InputValueAsync());
        }

        if (api.Hire is { } hire)
        {
            var page = await AskHireAsync(facts);
            var result = page.Locator(".result");
            Assert.Equal(hire.Measures.Any(m => m.MayBePaid) ? "true" : "false", await result.Locator(".verdict").GetAttributeAsync("data-eligible"));
            await SameMeasuresAsync(result, hire.Measures);
            Assert.Equal(hire.BringZh, await result.Locator(".bring li").AllInnerTextsAsync());
            await page.ScreenshotAsync(new() { Path = Path.Combine(WebPlatform.ArtifactsDirectory, $"self-check-hire-{facts.Name}.png"), FullPage = true });
            Assert.Equal(facts.ContractStart, await page.Locator("[name=contract_start]").InputValueAsync());
        }
    }

    [Fact(Timeout = 120_000)]
    public async Task R27_the_Jiyuan_answer_on_the_page_never_shows_a_Jiaozuo_document()
    {
        var page = await AskStartupAsync(All.Single(f => f.Name == "jy-graduate"));

        var text = ((await page.Locator(".result").TextContentAsync()) ?? "");
        Assert.Contains("5,000 元", text, StringComparison.Ordinal);
        Assert.Contains("支持中小企业发展若干财税政策", text, StringComparison.Ordinal); // Henan's document, by its title
        Assert.DoesNotContain("D09", text, StringComparison.Ordinal); // the corpus's code is for auditors
        Assert.DoesNotContain("焦政", text, StringComparison.Ordinal);
    }

    [Fact(Timeout = 120_000)]
    public async Task A_missing_fact_is_named_on_the_page_and_the_typed_facts_stay()
    {
        var page = await platform.NewPageAsync(javaScript: false);
        await page.GotoAsync("/self-check/hire");
        await page.ClickAsync("form button[type=submit]");
        Assert.Equal("请检查填写的内容", (((await page.Locator(".problem h2").TextContentAsync()) ?? "")).Trim());
        Assert.Contains("申请单位类型", ((await page.Locator(".problem").TextContentAsync()) ?? ""), StringComparison.Ordinal);

        await page.SelectOptionAsync("[name=employer_kind]", "ENTITY_KIND_ENTERPRISE");
        await page.SelectOptionAsync("[name=region]", "410800");
        await page.FillAsync("[name=contract_start]", "2023-03-01");
        await page.ClickAsync("form button[type=submit]");
        Assert.Contains("劳动合同期限", ((await page.Locator(".problem").TextContentAsync()) ?? ""), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator(".result").CountAsync());
        Assert.Equal("2023-03-01", await page.Locator("[name=contract_start]").InputValueAsync());
    }

    [Fact(Timeout = 240_000)]
    public async Task GBT37668_the_hiring_answer_passes_axe_core_reflows_at_360_px_and_is_photographed()
    {
        Assert.True(File.Exists(WebPlatform.AxeCorePath), $"axe-core is not installed at {WebPlatform.AxeCorePath}: tests/run.sh installs it.");
        foreach (var width in new[] { 360, 1280 })
        {
            var page = await AskHireAsync(All[0], width, forAxe: true);
            await page.Locator(".result").WaitForAsync();

            var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");
            Assert.True(overflow <= 0, $"the hiring answer at {width} px scrolls sideways by {overflow} px");
            await page.ScreenshotAsync(new() { Path = Path.Combine(WebPlatform.ArtifactsDirectory, $"self-check-hire-{width}.png"), FullPage = true });

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
            var heading = ((await block.Locator("h3").TextContentAsync()) ?? "");
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

    /// <summary>The start-up page answered for the business the facts state.</summary>
    private async Task<IPage> AskStartupAsync(Facts facts, int width = 1280)
    {
        var page = await platform.NewPageAsync(width, javaScript: false);
        await page.GotoAsync("/self-check/startup");
        await page.SelectOptionAsync("[name=business_kind]", facts.StartupKind);
        await page.SelectOptionAsync("[name=region]", facts.StartupRegion);
        await page.FillAsync("[name=registered_on]", facts.RegisteredOn);
        await page.SelectOptionAsync("[name=first_business]", "true");
        await page.SelectOptionAsync("[name=operated_normally]", "true");
        foreach (var group in facts.FounderGroups)
        {
            await page.CheckAsync($"input[name='groups[]'][value={group}]");
        }

        await page.FillAsync("[name=graduation_date]", facts.FounderGraduated);
        await page.ClickAsync("form button[type=submit]");
        return page;
    }

    /// <summary>The hire page answered for the one hire the facts state.</summary>
    private async Task<IPage> AskHireAsync(Facts facts, int width = 1280, bool forAxe = false)
    {
        var page = await platform.NewPageAsync(width, javaScript: forAxe, bypassCsp: forAxe);
        await page.GotoAsync("/self-check/hire");
        await page.SelectOptionAsync("[name=employer_kind]", facts.EmployerKind);
        await page.SelectOptionAsync("[name=region]", facts.HireRegion);
        await page.FillAsync("[name=contract_start]", facts.ContractStart);
        if (facts.TermMonths.Length > 0)
        {
            await page.FillAsync("[name=contract_term_months]", facts.TermMonths);
        }
        else
        {
            await page.SelectOptionAsync("[name=open_ended]", "true");
        }

        await page.FillAsync("[name=insured_months]", facts.InsuredMonths);
        await page.FillAsync("[name=birth_date]", facts.Birth);
        await page.FillAsync("[name=graduation_date]", facts.Graduated);
        await page.FillAsync("[name=unemployment_registered_since]", facts.RegisteredSince);
        await page.ClickAsync("form button[type=submit]");
        return page;
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
/// "clear Chinese error pages when a service is down": with the hiring service stopped, 我能享受哪些政策 says that
/// service's self-checks cannot be listed now and renders the rest (the other services' measures, the skill-upgrade
/// check among them); its measures' pages are not found rather than half shown.
/// </summary>
public sealed class HiringDownTests(HiringDownPlatform platform) : IClassFixture<HiringDownPlatform>
{
    [Fact(Timeout = 120_000)]
    public async Task With_the_hiring_service_stopped_its_measures_are_said_to_be_unavailable_and_the_rest_of_the_page_renders()
    {
        var page = await platform.NewPageAsync(javaScript: false);
        var response = await page.GotoAsync("/self-check");

        Assert.Equal(200, response!.Status);
        Assert.Contains("就业补贴服务暂时无法连接", await page.Locator("[role=note]").AllInnerTextsAsync() is var notes ? string.Join("", notes) : "", StringComparison.Ordinal);
        var links = await page.Locator("ul.measure-links a").EvaluateAllAsync<string[]>("as => as.map(a => a.getAttribute('href'))");
        Assert.Contains("/self-check/vocational-training", links);
        Assert.DoesNotContain("/self-check/startup", links);
        Assert.Equal("我能享受哪些政策", (((await page.Locator("h1").TextContentAsync()) ?? "")).Trim());
        Assert.Equal(1, await page.Locator($"ul.measure-links a[href='{SkillUpgradePage.Path}']").CountAsync());
        Assert.Equal(404, (await page.GotoAsync("/self-check/startup"))!.Status);
    }
}
