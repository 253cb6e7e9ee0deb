using System.Text;
using Employment.Common.V1;
using Employment.ServiceDefaults.Time;
using Employment.TestInfrastructure;
using Employment.Training.V1;
using Microsoft.Playwright;
using Xunit;

namespace Workbench.Tests.Screens;

/// <summary>
/// 发放 at the workbench: two reviewed 技能提升补贴 put on 公示 in one batch of the office and its 公示名单 printed with
/// names masked; once the notice has ended (the services' clock moved past it), the bank's return file paid one and
/// failed the other, whose bank's reason is kept while it waits; a bad line named by its row; the failed one then paid
/// by hand. A third, held by a confirmed risk signal, shows the hold on its decision screen and cannot be ticked.
/// </summary>
[Collection(nameof(WorkbenchCollection))]
public sealed class PaymentTests(WorkbenchPlatform platform)
{
    [Fact(Timeout = 300_000)]
    public async Task A_batch_goes_on_public_notice_then_a_return_file_pays_one_fails_the_other_with_its_reason_and_the_failed_one_is_paid_by_hand()
    {
        var maker = await platform.TokenOfAsync(await platform.NewClerkAsync("410800", "审核员"));
        var checker = await platform.TokenOfAsync(await platform.NewClerkAsync("410800", "复核员", mayReview: true));
        var first = await ReviewedAsync(maker, checker, "发放甲");
        var second = await ReviewedAsync(maker, checker, "发放乙");
        var held = await ReviewedAsync(maker, checker, "发放丙");
        await platform.Training.Client<SubsidyOversight.SubsidyOversightClient>().SetPaymentHoldAsync(new PaymentHoldRequest
        {
            SignalId = "S-workbench-hold",
            Region = new RegionCode { Code = "410800" },
            RecordIds = { held.ApplicationId },
            Hold = true,
            ReasonZh = "同一账户为多名申请人收款，待核实。",
        }, await platform.ServiceTokenAsync("risk-signals"));

        var page = await platform.NewPageAsync(1280, 800);
        await page.SignInAsync(platform, await platform.NewClerkAsync("410800", "王晓红"));
        await page.GotoAsync($"{platform.WorkbenchHome}training/{held.ApplicationId}");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("稽核暂停发放（风险信号 S-workbench-hold）：同一账户为多名申请人收款");
        await page.GotoAsync($"{platform.WorkbenchHome}payments");
        await Expect(page.GetByLabel($"列入 {held.ApplicationId}")).ToHaveCountAsync(0);
        await Expect(page.Locator("tr", new() { HasText = held.ApplicationId })).ToContainTextAsync("稽核暂停");
        await page.GetByLabel($"列入 {first.ApplicationId}").CheckAsync();
        await page.GetByLabel($"列入 {second.ApplicationId}").CheckAsync();
        await page.SubmitAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "列入发放批次并公示" }).First.ClickAsync());

        var notice = page.Locator("article.decision");
        await Expect(notice).ToContainTextAsync("培训补贴发放公示名单");
        await Expect(notice).ToContainTextAsync("发*甲");
        await Expect(notice).ToContainTextAsync("发*乙");
        await Expect(notice).Not.ToContainTextAsync("发放甲");
        await page.PhotographAsync("batch-1280");
        var batchPath = page.Url;

        // The services' today is eight days on: the seven-day notice has ended; the bank paid and returned on the seventh.
        platform.ServicesClock.Ahead = TimeSpan.FromDays(8);
        try
        {
            var returned = ChinaClock.DateOf(DateTimeOffset.UtcNow).AddDays(7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            var file = $"""
                申请编号,金额,结果,银行流水号,失败原因,日期
                {first.ApplicationId},1500.00,成功,PAY0001,,{returned}
                {second.ApplicationId},1500.00,失败,,账户已销户,{returned}
                {second.ApplicationId}X,1500.00,退回,,,{returned}
                """;
            await page.GotoAsync(batchPath);
            await page.GetByLabel("回盘文件").SetInputFilesAsync(new FilePayload { Name = "回盘.txt", MimeType = "text/plain", Buffer = Encoding.UTF8.GetBytes(file) });
            await page.SubmitAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "读取并登记" }).ClickAsync());

            var outcomes = page.Locator("#outcomes");
            await Expect(outcomes).ToContainTextAsync("已发放（1,500 元，凭证号 PAY0001）");
            await Expect(outcomes).ToContainTextAsync("发放失败：账户已销户");
            await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("第 4 行：结果应为“成功”或“失败”");
            await page.PhotographAsync("batch-returned-1280");

            await page.GetByLabel("申请", new() { Exact = true }).SelectOptionAsync(second.ApplicationId);
            await page.GetByLabel("发放日期（年-月-日）").FillAsync(ChinaClock.DateOf(DateTimeOffset.UtcNow).AddDays(8).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            await page.GetByLabel("发放凭证号").FillAsync("PAY0002");
            await page.SubmitAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "登记发放" }).ClickAsync());
            await Expect(page.Locator("#outcomes")).ToContainTextAsync("已发放（1,500 元，凭证号 PAY0002）");
        }
        finally
        {
            platform.ServicesClock.Ahead = TimeSpan.Zero;
        }

        var training = platform.Training.Client<TrainingSubsidies.TrainingSubsidiesClient>();
        var paid = await training.GetApplicationAsync(new GetApplicationRequest { ApplicationId = first.ApplicationId }, maker);
        var paidAgain = await training.GetApplicationAsync(new GetApplicationRequest { ApplicationId = second.ApplicationId }, maker);
        Assert.Equal((ApplicationStatus.Paid, "PAY0001"), (paid.Status, paid.PaymentReference));
        Assert.Equal((ApplicationStatus.Paid, "PAY0002", "账户已销户"), (paidAgain.Status, paidAgain.PaymentReference, paidAgain.PaymentFailure.ReasonZh));
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    private Task<TrainingApplication> ReviewedAsync(Grpc.Core.Metadata maker, Grpc.Core.Metadata checker, string name) =>
        SkillUpgradeCases.ReviewedAsync(platform, maker, checker, name, 1992);
}
