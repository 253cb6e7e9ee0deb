using Employment.Common.V1;
using Employment.Training.V1;
using Grpc.Core;
using Microsoft.Playwright;
using Xunit;
using Xunit.Abstractions;

namespace Workbench.Tests.Screens;

/// <summary>
/// 稽核 at the workbench on the real risk service (焦政办〔2023〕36号: 健全风险防控机制，严肃查处虚报冒领): three reviewed
/// 技能提升补贴 paid into one account reach the sample threshold of three claimants; a Jiaozuo auditor's scan of the office
/// raises the signal, the auditor reads its records and facts and confirms it with a reason, and the hold it places shows
/// on the clerk's decision screen and in 发放, where the record cannot be ticked and the service refuses a batch of it.
/// Reopened, the hold is released; dismissed, it stays released. A Jiyuan auditor sees none of it. Both screens are
/// axe-core clean at 1280×800 and 1920×1080.
/// </summary>
[Collection(nameof(WorkbenchCollection))]
public sealed class AuditTests(WorkbenchPlatform platform, ITestOutputHelper output)
{
    private const string SharedAccount = "6217000000077770421";

    [Fact(Timeout = 300_000)]
    public async Task An_auditor_confirms_a_shared_account_signal_and_its_hold_blocks_the_clerks_payment_until_reopened()
    {
        var maker = await platform.TokenOfAsync(await platform.NewClerkAsync("410800", "审核员"));
        var checker = await platform.TokenOfAsync(await platform.NewClerkAsync("410800", "复核员", mayReview: true));
        TrainingApplication[] paid =
        [
            await SkillUpgradeCases.ReviewedAsync(platform, maker, checker, "稽核甲", 1994, SharedAccount),
            await SkillUpgradeCases.ReviewedAsync(platform, maker, checker, "稽核乙", 1994, SharedAccount),
            await SkillUpgradeCases.ReviewedAsync(platform, maker, checker, "稽核丙", 1994, SharedAccount),
        ];

        var audit = await platform.NewPageAsync(1280, 800, bypassCsp: true);
        await audit.SignInAsync(platform, await platform.NewClerkAsync("410800", "孙立", role: "auditor"), "audit");
        await audit.SubmitAsync(() => audit.GetByRole(AriaRole.Button, new() { Name = "比对本机构辖区" }).ClickAsync());
        await Expect(audit.GetByRole(AriaRole.Status)).ToContainTextAsync("比对完成（焦作市");
        await Expect(audit.GetByRole(AriaRole.Status)).ToContainTextAsync("同一账户多人收款（虚报冒领）：新发现");
        await audit.AssertAccessibleAtClerkSizesAsync("audit", output);

        var row = audit.Locator("tr", new() { HasText = "尾号0421" });
        await audit.SubmitAsync(() => row.GetByRole(AriaRole.Link).ClickAsync());
        var signalPath = audit.Url;
        var records = audit.Locator("table", new() { HasText = "涉及记录" });
        foreach (var application in paid)
        {
            await Expect(records).ToContainTextAsync(application.ApplicationId);
        }

        await Expect(audit.Locator("main")).ToContainTextAsync(SharedAccount);
        await Expect(audit.Locator("main")).ToContainTextAsync("示例值，仅用于本地演示");
        // The configuration's English gloss is for its maintainers: no English reaches the clerk's 依据.
        await Expect(audit.Locator("main")).Not.ToContainTextAsync("sample for the local launcher");

        // A confirmation needs the reason the record keeps; the cursor waits in 核查意见.
        await audit.SubmitAsync(() => audit.GetByRole(AriaRole.Button, new() { Name = "核实属实，暂停发放" }).ClickAsync());
        await Expect(audit.Locator("section.problem")).ToContainTextAsync("请写明核查意见");
        await Expect(audit.GetByLabel("核查意见（核实属实或排除时必填，记录在案）")).ToBeFocusedAsync();
        await audit.Keyboard.TypeAsync("经电话核实，三人的补贴均由同一中介代领。");
        await audit.SubmitAsync(() => audit.GetByRole(AriaRole.Button, new() { Name = "核实属实，暂停发放" }).ClickAsync());
        await Expect(audit.GetByRole(AriaRole.Status)).ToContainTextAsync("已记录：核实属实。所涉未发放记录已暂停发放。");
        await audit.AssertAccessibleAtClerkSizesAsync("audit-signal", output);

        var clerk = await platform.NewPageAsync(1280, 800);
        await clerk.SignInAsync(platform, await platform.NewClerkAsync("410800", "周红"));
        await clerk.GotoAsync($"{platform.WorkbenchHome}training/{paid[0].ApplicationId}");
        await Expect(clerk.GetByRole(AriaRole.Status)).ToContainTextAsync("稽核暂停发放（风险信号");
        await Expect(clerk.GetByRole(AriaRole.Status)).ToContainTextAsync("经电话核实，三人的补贴均由同一中介代领。");
        await clerk.GotoAsync($"{platform.WorkbenchHome}payments");
        await Expect(clerk.GetByLabel($"列入 {paid[1].ApplicationId}")).ToHaveCountAsync(0);
        await Expect(clerk.Locator("tr", new() { HasText = paid[1].ApplicationId })).ToContainTextAsync("稽核暂停");
        var refused = await Assert.ThrowsAsync<RpcException>(() => platform.Training.Client<SubsidyPayments.SubsidyPaymentsClient>().CreatePaymentBatchAsync(
            new CreatePaymentBatchRequest { IdempotencyKey = Guid.NewGuid().ToString(), Region = new RegionCode { Code = "410800" }, RecordIds = { paid[2].ApplicationId } }, maker).ResponseAsync);
        Assert.Equal(StatusCode.FailedPrecondition, refused.StatusCode);

        // Reopened: the hold is released and the clerk can tick the record again; then dismissed with its reason.
        await audit.GotoAsync(signalPath);
        await audit.SubmitAsync(() => audit.GetByRole(AriaRole.Button, new() { Name = "重新核查，解除暂停发放" }).ClickAsync());
        await Expect(audit.GetByRole(AriaRole.Status)).ToContainTextAsync("已重新列为待核查");
        await audit.Keyboard.TypeAsync("经核实为同一家庭代为开户，已补充户籍证明，排除。");
        await audit.SubmitAsync(() => audit.GetByRole(AriaRole.Button, new() { Name = "核实排除" }).ClickAsync());
        await Expect(audit.Locator("table", new() { HasText = "核查记录" })).ToContainTextAsync("核实排除");
        await clerk.GotoAsync($"{platform.WorkbenchHome}payments");
        await Expect(clerk.GetByLabel($"列入 {paid[1].ApplicationId}")).ToHaveCountAsync(1);

        var jiyuan = await platform.NewPageAsync(1280, 800);
        await jiyuan.SignInAsync(platform, await platform.NewClerkAsync("419001", "钱程", role: "auditor"), "audit");
        await Expect(jiyuan.Locator("main")).Not.ToContainTextAsync("尾号0421");
        await jiyuan.GotoAsync(signalPath);
        await Expect(jiyuan.Locator("main")).Not.ToContainTextAsync(paid[0].ApplicationId);
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
