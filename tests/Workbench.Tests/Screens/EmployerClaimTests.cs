using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.Hiring.V1;
using Employment.TestInfrastructure;
using Microsoft.Playwright;
using Xunit;

namespace Workbench.Tests.Screens;

/// <summary>
/// An employer's claim at the workbench: a clerk finds a Jiaozuo firm by its credit code, takes its 稳岗返还 on the form
/// the hiring service describes (a paper application received earlier, keyed in with its receipt, R31), previews it,
/// takes it, decides its item and prints the written decision; the claim is recorded as that clerk's, item by item. It
/// then goes on 公示 in a batch of the hiring service with the firm named, and once the notice has ended is paid by hand.
/// </summary>
[Collection(nameof(WorkbenchCollection))]
public sealed class EmployerClaimTests(WorkbenchPlatform platform)
{
    [Fact(Timeout = 300_000)]
    public async Task A_clerk_takes_a_firms_stabilisation_refund_decides_it_and_prints_the_decision()
    {
        var setup = await platform.TokenOfAsync(await platform.NewClerkAsync("410800", "准备数据"));
        var code = TestCreditCodes.Of("91410802", 59_100_001);
        var registry = platform.Registry.Client<Applicants.ApplicantsClient>();
        var firm = await registry.RegisterEmployerAsync(new RegisterEmployerRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Employer = new Employer { CreditCode = code, Name = "焦作市工作台测试机械有限公司", Region = new RegionCode { Code = "410802" }, Kind = EntityKind.Enterprise },
        }, setup);
        await registry.AddEmployerFactAsync(new AddEmployerFactRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            EmployerId = firm.EmployerId,
            Fact = new EmployerFact { Source = "市场监管部门划型", Size = new SizeClassification { Size = EnterpriseSize.Small } },
        }, setup);
        var clerk = await platform.NewClerkAsync("410800", "李建国");
        var page = await platform.NewPageAsync(1280, 800);
        await page.SignInAsync(platform, clerk);

        await page.FindAsync(code);
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("焦作市工作台测试机械有限公司");
        await page.SubmitAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "失业保险稳岗返还", Exact = true }).ClickAsync());
        await Assertions.Expect(page.GetByLabel("统一社会信用代码")).ToHaveValueAsync(code);
        await page.GetByLabel("上年度实际缴纳失业保险费（元）").FillAsync("10000");
        await page.GetByLabel("上年初参保职工人数").FillAsync("50");
        await page.GetByLabel("上年度裁员人数").FillAsync("0");
        await page.GetByLabel("截至申请日足额缴纳失业保险费月数").FillAsync("24");
        await page.GetByLabel("证明材料（选填）").FillAsync("社保缴费明细");
        await page.GetByLabel("收款账户").FillAsync("6217000000007654321");
        await page.GetByLabel("受理日期（选填）").FillAsync("2024-04-08");
        await page.GetByLabel("受理回执编号（选填）").FillAsync("稳岗受理 2024-0408");
        await page.SubmitAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "预审（不保存）" }).ClickAsync());
        await Assertions.Expect(page.Locator("section.result")).ToContainTextAsync("6,000 元");
        await page.PhotographAsync("claim-preview-1280");

        await page.SubmitAsync(() => page.Keyboard.PressAsync("Enter"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("受理回执");
        var reference = (await page.Locator("dt:text-is('申请编号') + dd").InnerTextAsync()).Trim();
        await page.SubmitAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "去审核这份申请" }).ClickAsync());
        await page.SubmitAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "第 1 项审核通过" }).ClickAsync());

        await Assertions.Expect(page.Locator("article.letter")).ToContainTextAsync("第 1 项：审核通过，金额 6,000 元");
        await page.PhotographAsync("claim-decision-1280");
        var claim = await platform.Hiring.Client<HiringSubsidies.HiringSubsidiesClient>().GetClaimAsync(new GetClaimRequest { ClaimId = reference }, setup);
        Assert.Equal((ClaimStatus.Approved, clerk.StaffNumber), (claim.Status, claim.Record.CreatedBy));
        Assert.Equal(new CalendarDate { Year = 2024, Month = 4, Day = 8 }, claim.ReceivedOn);

        await page.GotoAsync($"{platform.WorkbenchHome}payments");
        await page.GetByLabel($"列入 {reference}").CheckAsync();
        await page.SubmitAsync(() => page.Locator("#desk-hiring-subsidies + form").GetByRole(AriaRole.Button, new() { Name = "列入发放批次并公示" }).ClickAsync());
        await Assertions.Expect(page.Locator("article.decision")).ToContainTextAsync("就业补贴发放公示名单");
        await Assertions.Expect(page.Locator("article.decision")).ToContainTextAsync("焦作市工作台测试机械有限公司");
        platform.ServicesClock.Ahead = TimeSpan.FromDays(8);
        try
        {
            await page.GetByLabel("发放日期（年-月-日）").FillAsync(Employment.ServiceDefaults.Time.ChinaClock.DateOf(DateTimeOffset.UtcNow).AddDays(8).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            await page.GetByLabel("发放凭证号").FillAsync("WG-0001");
            await page.SubmitAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "登记发放" }).ClickAsync());
            await Assertions.Expect(page.Locator("#outcomes")).ToContainTextAsync("已发放（6,000 元，凭证号 WG-0001）");
        }
        finally
        {
            platform.ServicesClock.Ahead = TimeSpan.Zero;
        }

        var paid = await platform.Hiring.Client<HiringSubsidies.HiringSubsidiesClient>().GetClaimAsync(new GetClaimRequest { ClaimId = reference }, setup);
        Assert.Equal((ClaimStatus.Paid, "WG-0001"), (paid.Status, paid.Payment.PaymentReference));
    }
}
