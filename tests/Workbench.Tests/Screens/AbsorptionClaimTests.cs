using System.Globalization;
using System.Text;
using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.Hiring.V1;
using Employment.IdentityNumbers;
using Employment.ServiceDefaults.Time;
using Employment.TestInfrastructure;
using Microsoft.Playwright;
using Xunit;

namespace Workbench.Tests.Screens;

/// <summary>
/// 一次性吸纳就业补贴 (焦政办〔2023〕36号（四）) from the window to the bank: a clerk takes a firm's claim for a registered
/// unemployed youth it hired, on the hiring service's form, prints the receipt and approves the item; 1,000 元 under the
/// demo configuration asks a 复核, which a second clerk of the office gives. With a second reviewed claim of the firm it
/// goes on 公示 in one batch, and once the notice has ended the bank's return file pays one and fails the other with the
/// bank's reason.
/// </summary>
[Collection(nameof(WorkbenchCollection))]
public sealed class AbsorptionClaimTests(WorkbenchPlatform platform)
{
    private static int _people = 500;

    [Fact(Timeout = 300_000)]
    public async Task A_firms_absorption_claim_is_taken_reviewed_by_a_second_clerk_batched_and_paid_from_the_return_file_beside_a_failed_one()
    {
        var setup = await platform.TokenOfAsync(await platform.NewClerkAsync("410800", "准备数据"));
        var reviewerToken = await platform.TokenOfAsync(await platform.NewClerkAsync("410800", "复核准备", mayReview: true));
        var registry = platform.Registry.Client<Applicants.ApplicantsClient>();
        var code = TestCreditCodes.Of("91410802", 59_200_001);
        await registry.RegisterEmployerAsync(new RegisterEmployerRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Employer = new Employer { CreditCode = code, Name = "焦作市吸纳就业测试商贸有限公司", Region = new RegionCode { Code = "410802" }, Kind = EntityKind.Enterprise },
        }, setup);
        var youth = await YouthHiredAsync(registry, setup, code);
        var other = await YouthHiredAsync(registry, setup, code);

        var clerk = await platform.NewClerkAsync("410800", "赵丽");
        var page = await platform.NewPageAsync(1280, 800);
        await page.SignInAsync(platform, clerk);
        await page.FindAsync(code);
        await page.SubmitAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "一次性吸纳就业补贴", Exact = true }).ClickAsync());
        await page.Locator("[name='hires[0].person_id_number']").FillAsync(youth);
        await page.Locator("[name='hires[0].contract_start']").FillAsync("2023-05-01");
        await page.Locator("[name='hires[0].open_ended']").SelectOptionAsync("true");
        await page.GetByLabel("收款账户").FillAsync("6222000000000000101");
        await page.SubmitAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "预审（不保存）" }).ClickAsync());
        await Expect(page.Locator("section.result")).ToContainTextAsync("1,000 元");
        await page.SubmitAsync(() => page.Keyboard.PressAsync("Enter"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("受理回执");
        var reference = (await page.Locator("dt:text-is('申请编号') + dd").InnerTextAsync()).Trim();
        await page.SubmitAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "去审核这份申请" }).ClickAsync());
        await page.SubmitAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "第 1 项审核通过" }).ClickAsync());
        await Expect(page.Locator("section.review")).ToContainTextAsync("须经另一位有复核权限的经办人员复核");

        var reviewer = await platform.NewPageAsync(1280, 800);
        await reviewer.SignInAsync(platform, await platform.NewClerkAsync("410800", "钱芳", mayReview: true));
        await reviewer.GotoAsync($"{platform.WorkbenchHome}hiring/{reference}");
        await reviewer.SubmitAsync(() => reviewer.GetByRole(AriaRole.Button, new() { Name = "复核通过" }).ClickAsync());
        await Expect(reviewer.Locator("article.letter")).ToContainTextAsync("复核人");

        var second = await ReviewedClaimAsync(setup, reviewerToken, code, other);
        await page.GotoAsync($"{platform.WorkbenchHome}payments");
        await page.GetByLabel($"列入 {reference}").CheckAsync();
        await page.GetByLabel($"列入 {second}").CheckAsync();
        await page.SubmitAsync(() => page.Locator("#desk-hiring-subsidies + form").GetByRole(AriaRole.Button, new() { Name = "列入发放批次并公示" }).ClickAsync());
        await Expect(page.Locator("article.decision")).ToContainTextAsync("焦作市吸纳就业测试商贸有限公司");
        var batchPath = page.Url;

        platform.ServicesClock.Ahead = TimeSpan.FromDays(8);
        try
        {
            var returned = ChinaClock.DateOf(DateTimeOffset.UtcNow).AddDays(7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var file = $"""
                申请编号,金额,结果,银行流水号,失败原因,日期
                {reference},1000.00,成功,XN0001,,{returned}
                {second},1000.00,失败,,户名与账号不符,{returned}
                """;
            await page.GotoAsync(batchPath);
            await page.GetByLabel("回盘文件").SetInputFilesAsync(new FilePayload { Name = "回盘.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(file) });
            await page.SubmitAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "读取并登记" }).ClickAsync());
            await Expect(page.Locator("#outcomes")).ToContainTextAsync("已发放（1,000 元，凭证号 XN0001）");
            await Expect(page.Locator("#outcomes")).ToContainTextAsync("发放失败：户名与账号不符");
        }
        finally
        {
            platform.ServicesClock.Ahead = TimeSpan.Zero;
        }

        var hiring = platform.Hiring.Client<HiringSubsidies.HiringSubsidiesClient>();
        var paid = await hiring.GetClaimAsync(new GetClaimRequest { ClaimId = reference }, setup);
        var failed = await hiring.GetClaimAsync(new GetClaimRequest { ClaimId = second }, setup);
        Assert.Equal((ClaimStatus.Paid, clerk.StaffNumber), (paid.Status, paid.Record.CreatedBy));
        Assert.Equal((ClaimStatus.Approved, "户名与账号不符"), (failed.Status, failed.PaymentFailure.ReasonZh));
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    /// <summary>A hired youth the clerk types on the claim (the registry holds no contract); answers the identity number.</summary>
    private static async Task<string> YouthHiredAsync(Applicants.ApplicantsClient registry, Grpc.Core.Metadata clerk, string creditCode) =>
        (await HiredYouth.RegisterAsync(registry, clerk, creditCode, Interlocked.Increment(ref _people), "吸纳青年", withContract: false)).IdNumber;

    /// <summary>A second absorption claim of the firm, taken, approved and confirmed by a reviewer; answers its reference.</summary>
    private async Task<string> ReviewedClaimAsync(Grpc.Core.Metadata maker, Grpc.Core.Metadata checker, string creditCode, string idNumber)
    {
        var hiring = platform.Hiring.Client<HiringSubsidies.HiringSubsidiesClient>();
        var taken = await hiring.SubmitClaimAsync(new SubmitClaimRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Employer = new EmployerKey { CreditCode = creditCode },
            Kind = SubsidyKind.Absorption,
            Hires = { new HireItem { PersonIdNumber = idNumber, ContractStart = HiredYouth.Hired, OpenEnded = true } },
            PaymentAccount = "6222000000000000102",
        }, maker);
        var approved = await hiring.DecideClaimItemAsync(new DecideClaimItemRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(), ClaimId = taken.ClaimId, ExpectedVersion = taken.Record.Version, ItemNo = 1, Approve = true,
        }, maker);
        var reviewed = await platform.Hiring.Client<SubsidyCases.SubsidyCasesClient>().ReviewDecisionAsync(new ReviewDecisionRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(), RecordId = approved.ClaimId, ExpectedVersion = approved.Record.Version, Confirm = true,
        }, checker);
        return reviewed.RecordId;
    }
}
