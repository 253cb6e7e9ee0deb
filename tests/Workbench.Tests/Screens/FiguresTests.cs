using ClosedXML.Excel;
using Microsoft.Playwright;
using Xunit;
using Xunit.Abstractions;

namespace Workbench.Tests.Screens;

/// <summary>
/// 数据 at the workbench on the real figures service reading the real subsidy services: a reviewed 技能提升补贴 is counted
/// once a Jiaozuo auditor refreshes the city's year, the number opens the records behind it, and the spreadsheet holds
/// the same figures as the page. The 2024 target of 焦政办〔2024〕15号（六） shows with its quote; a counter clerk enters
/// 城镇新增就业 from its source and the target shows 75 %. A Jiyuan auditor can choose only Jiyuan. An auditor draws a
/// county's audit sample (15号（十九）) with a seed after counting last year. The dashboard and the sample are axe-core
/// clean at 1280×800 and 1920×1080.
/// </summary>
[Collection(nameof(WorkbenchCollection))]
public sealed class FiguresTests(WorkbenchPlatform platform, ITestOutputHelper output)
{
    [Fact(Timeout = 300_000)]
    public async Task An_auditor_counts_the_year_opens_the_records_behind_a_figure_and_the_spreadsheet_matches_the_page()
    {
        var maker = await platform.TokenOfAsync(await platform.NewClerkAsync("410800", "统计审核员"));
        var checker = await platform.TokenOfAsync(await platform.NewClerkAsync("410800", "统计复核员", mayReview: true));
        var application = await SkillUpgradeCases.ReviewedAsync(platform, maker, checker, "统计甲", 1990);

        var auditor = await platform.NewPageAsync(1280, 800, bypassCsp: true);
        await auditor.SignInAsync(platform, await platform.NewClerkAsync("410800", "郑明", role: "auditor"), "audit");
        await auditor.GetByRole(AriaRole.Link, new() { Name = "数据" }).ClickAsync();
        await auditor.SubmitAsync(() => auditor.GetByRole(AriaRole.Button, new() { Name = "立即重新统计" }).ClickAsync());
        await Expect(auditor.GetByRole(AriaRole.Status)).ToContainTextAsync("已重新统计（读取 创业担保贷款");
        // Every service that serves SubsidyOversight is read, in the platform's order.
        await Expect(auditor.GetByRole(AriaRole.Status)).ToContainTextAsync("培训补贴");
        await Expect(auditor.GetByRole(AriaRole.Status)).ToContainTextAsync("就业补贴");
        await Expect(auditor.Locator("main")).ToContainTextAsync("数据统计于");

        var measures = auditor.Locator("table", new() { HasText = "各项政策全年数据" });
        var row = measures.Locator("tr", new() { HasText = "技能提升补贴" });
        var received = int.Parse(await row.Locator("td").Nth(0).InnerTextAsync(), System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(received >= 1);
        // The year by channel and the time to 办结 beside the measures.
        var atCounter = auditor.Locator("table", new() { HasText = "按受理渠道（全部政策）" }).Locator("tr", new() { HasText = "窗口受理" });
        await Expect(atCounter).ToBeVisibleAsync();
        await Expect(auditor.Locator("table", new() { HasText = "各项政策办结用时" })).ToContainTextAsync("技能提升补贴");
        await auditor.AssertAccessibleAtClerkSizesAsync("figures", output);

        // The spreadsheet of the year holds what the page shows.
        var download = await auditor.RunAndWaitForDownloadAsync(() => auditor.GetByRole(AriaRole.Link, new() { Name = "下载全年报表（Excel）" }).ClickAsync());
        var file = Path.Combine(WorkbenchPlatform.ArtifactsDirectory, "figures-report.xlsx");
        await download.SaveAsAsync(file);
        using (var book = new XLWorkbook(file))
        {
            var sheet = book.Worksheet("分政策");
            var line = sheet.RowsUsed().Single(r => r.Cell(1).GetString() == "技能提升补贴");
            Assert.Equal(received, (int)line.Cell(2).GetDouble());
            Assert.Equal(await row.Locator("td").Nth(2).InnerTextAsync(), ((int)line.Cell(4).GetDouble()).ToString("#,0", System.Globalization.CultureInfo.InvariantCulture));
            Assert.Contains("焦作市", sheet.Cell(1, 1).GetString(), StringComparison.Ordinal);
            Assert.Contains(book.Worksheet("分类统计").RowsUsed(), r => r.Cell(1).GetString() == "按受理渠道" && r.Cell(2).GetString() == "窗口受理");
            var timed = book.Worksheet("办结时限").RowsUsed().Single(r => r.Cell(1).GetString() == "技能提升补贴");
            Assert.True(timed.Cell(2).GetDouble() >= 1); // the reviewed application, decided
        }

        // The number opens the records it counts, the reviewed application among them.
        await auditor.SubmitAsync(() => row.Locator("td").Nth(0).GetByRole(AriaRole.Link).ClickAsync());
        await Expect(auditor.Locator("main")).ToContainTextAsync($"共 {received} 条");
        await Expect(auditor.Locator("main")).ToContainTextAsync(application.ApplicationId);
        await auditor.PhotographAsync("figures-records-1280");

        // So does a breakdown's number: the applications received at the counter, the reviewed one among them.
        await auditor.SubmitAsync(() => auditor.Locator(".crumbs").GetByRole(AriaRole.Link, new() { Name = "业务数据" }).ClickAsync());
        await auditor.SubmitAsync(() => atCounter.Locator("td").Nth(0).GetByRole(AriaRole.Link).ClickAsync());
        await Expect(auditor.Locator("h1")).ToContainTextAsync("窗口受理");
        await Expect(auditor.Locator("main")).ToContainTextAsync(application.ApplicationId);
    }

    [Fact(Timeout = 300_000)]
    public async Task The_2024_loan_target_shows_with_its_quote_and_a_figure_entered_from_its_source_shows_its_share()
    {
        var clerk = await platform.NewPageAsync(1280, 800, bypassCsp: true);
        await clerk.SignInAsync(platform, await platform.NewClerkAsync("410800", "冯雪"));
        await clerk.GotoAsync($"{platform.WorkbenchHome}figures?region=410800&year=2024");
        var targets = clerk.Locator("table", new() { HasText = "考核目标与完成情况" });
        var loans = targets.Locator("tr", new() { HasText = "新增发放创业担保贷款目标" });
        await Expect(loans).ToContainTextAsync("焦政办〔2024〕15号（六）");
        await Expect(loans).ToContainTextAsync("2024年全市新增发放创业担保贷款6亿元以上");
        await Expect(loans).ToContainTextAsync("600,000,000 元");

        await clerk.GetByText("录入平台不掌握的数据").ClickAsync();
        await clerk.GetByLabel("考核目标").SelectOptionAsync(new SelectOptionValue { Label = "城镇新增就业人数目标（焦作市）" });
        await clerk.GetByLabel("完成数（金额填元，比例填百分数）").FillAsync("45000");
        await clerk.GetByLabel("数据来源").FillAsync("焦作市统计局2024年12月就业统计月报");
        await clerk.SubmitAsync(() => clerk.GetByRole(AriaRole.Button, new() { Name = "录入" }).ClickAsync());
        await Expect(clerk.GetByRole(AriaRole.Status)).ToContainTextAsync("已录入：焦作市统计局2024年12月就业统计月报");
        var jobs = targets.Locator("tr", new() { HasText = "城镇新增就业人数目标" });
        await Expect(jobs).ToContainTextAsync("75%");
        await Expect(jobs).ToContainTextAsync("录入：焦作市统计局");
        await clerk.SetViewportSizeAsync(1920, 1080);
        await clerk.PhotographAsync("figures-targets-1920");

        var jiyuan = await platform.NewPageAsync(1280, 800);
        await jiyuan.SignInAsync(platform, await platform.NewClerkAsync("419001", "褚亮", role: "auditor"), "audit");
        await jiyuan.GotoAsync($"{platform.WorkbenchHome}figures?region=410800&year=2024");
        await Expect(jiyuan.Locator("section.problem")).ToBeVisibleAsync();
        await Expect(jiyuan.Locator("main")).Not.ToContainTextAsync("45,000");
        await Expect(jiyuan.GetByLabel("地区", new() { Exact = true }).Locator("option")).ToHaveTextAsync(["济源示范区"]);
    }

    [Fact(Timeout = 300_000)]
    public async Task An_auditor_draws_a_county_s_audit_sample_with_a_seed_after_counting_last_year()
    {
        var auditor = await platform.NewPageAsync(1280, 800, bypassCsp: true);
        await auditor.SignInAsync(platform, await platform.NewClerkAsync("410800", "卫东", role: "auditor"), "audit");
        await auditor.GetByRole(AriaRole.Link, new() { Name = "数据" }).ClickAsync();
        var lastYear = await auditor.GetByLabel("年度", new() { Exact = true }).Locator("option").Nth(1).GetAttributeAsync("value");
        await auditor.GetByLabel("年度", new() { Exact = true }).SelectOptionAsync(lastYear!);
        await auditor.SubmitAsync(() => auditor.GetByRole(AriaRole.Button, new() { Name = "查看" }).ClickAsync());
        await auditor.SubmitAsync(() => auditor.GetByRole(AriaRole.Button, new() { Name = "立即重新统计" }).ClickAsync());
        await Expect(auditor.GetByRole(AriaRole.Status)).ToContainTextAsync("已重新统计");

        await auditor.SubmitAsync(() => auditor.GetByRole(AriaRole.Link, new() { Name = "监督核查抽样" }).ClickAsync());
        await auditor.GetByLabel("县（市、区）").SelectOptionAsync(new SelectOptionValue { Label = "焦作市 修武县" });
        await auditor.GetByLabel("种子（可不填）").FillAsync("42");
        await auditor.SubmitAsync(() => auditor.GetByRole(AriaRole.Button, new() { Name = "抽取样本" }).ClickAsync());
        await Expect(auditor.GetByRole(AriaRole.Status)).ToContainTextAsync("种子 42");
        await Expect(auditor.Locator("main")).ToContainTextAsync("不低于 10%（焦政办〔2024〕15号（十九））");
        await auditor.AssertAccessibleAtClerkSizesAsync("figures-sample", output);

        await auditor.GotoAsync($"{platform.WorkbenchHome}figures/samples");
        await Expect(auditor.Locator("table", new() { HasText = "已抽取的样本" })).ToContainTextAsync("修武县");
        await auditor.PhotographAsync("figures-samples-1280");
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
