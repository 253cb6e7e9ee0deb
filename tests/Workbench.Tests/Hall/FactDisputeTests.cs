using Employment.TestInfrastructure;
using Microsoft.Playwright;
using Xunit;
using Xunit.Abstractions;

namespace Workbench.Tests.Hall;

/// <summary>
/// 纠错 from both sides: a person on a phone reads their registry facts in 我的登记信息, disputes one with a photo of the
/// evidence and sees when it will be settled (the sample 办结时限); a clerk at 1280 px finds it under 待办 › 登记信息纠错,
/// opens the evidence, corrects the fact in the person's window and settles it as corrected; the person then reads 已更正
/// with what was done, and is told they may apply again on the corrected record.
/// </summary>
[Collection(nameof(WorkbenchCollection))]
public sealed class FactDisputeTests(WorkbenchPlatform platform, ITestOutputHelper output)
{
    private static readonly byte[] Photo = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg==");

    [Fact(Timeout = 300_000)]
    public async Task A_person_disputes_a_fact_online_a_clerk_corrects_it_and_settles_it_and_the_person_reads_it_corrected()
    {
        var setup = await platform.TokenOfAsync(await platform.NewClerkAsync("410800", "纠错准备"));
        var registry = platform.Registry.Client<Employment.Applicants.V1.Applicants.ApplicantsClient>();
        var applicant = InsuredWorker.IdNumber(915, 1992);
        await InsuredWorker.RegisterAsync(registry, setup, applicant, "卫纠错");

        var phone = await platform.NewPhonePageAsync(bypassCsp: true);
        await phone.CitizenSignInAsync(platform, applicant, "卫纠错");
        await phone.SubmitAsync(() => phone.GetByRole(AriaRole.Link, new() { Name = "查看登记信息、申请纠错" }).TapAsync());
        await Assertions.Expect(phone.Locator("h1")).ToHaveTextAsync("我的登记信息");
        await Assertions.Expect(phone.Locator("ul.fact-lines")).ToContainTextAsync("焦作市社会保险中心");
        await phone.SubmitAsync(() => phone.GetByRole(AriaRole.Link, new() { Name = "对失业保险参保缴费申请纠错" }).TapAsync());
        await Assertions.Expect(phone.Locator("h1")).ToHaveTextAsync("申请纠错：失业保险参保缴费");
        await phone.GetByLabel("哪里有误，应当是什么").FillAsync("我在焦作累计缴纳失业保险 30 个月，登记为 24 个月，少了 2024 年的 6 个月。");
        await phone.GetByLabel("证明材料（可选，最多 3 个 PDF、JPG 或 PNG 文件，每个不超过 4 MB）").SetInputFilesAsync(new FilePayload { Name = "缴费明细.png", MimeType = "image/png", Buffer = Photo });
        Assert.True(await phone.PhotographAsync("hall-dispute-390") <= 390, "纠错 scrolls sideways on a 390 px phone");
        await phone.AssertAccessibleAsync("申请纠错", output);
        await phone.SubmitAsync(() => phone.GetByRole(AriaRole.Button, new() { Name = "提交纠错申请" }).TapAsync());
        await Assertions.Expect(phone.Locator("section.result")).ToContainTextAsync("纠错申请已提交");
        await Assertions.Expect(phone.Locator("section.result")).ToContainTextAsync("前处理");
        await Assertions.Expect(phone.Locator("ul.disputes")).ToContainTextAsync("处理中");

        var desk = await platform.NewPageAsync(1280, 800, bypassCsp: true);
        await desk.SignInAsync(platform, await platform.NewClerkAsync("410800", "褚纠错"));
        await desk.GotoAsync($"{platform.WorkbenchHome}queue");
        await desk.SubmitAsync(() => desk.GetByRole(AriaRole.Link, new() { Name = "登记信息纠错" }).ClickAsync());
        var dispute = desk.Locator("section.dispute", new() { HasText = "卫纠错" });
        await Assertions.Expect(dispute).ToContainTextAsync("少了 2024 年的 6 个月");
        await Assertions.Expect(dispute.GetByRole(AriaRole.Link, new() { Name = "缴费明细.png" })).ToBeVisibleAsync();
        await desk.PhotographAsync("disputes-1280");
        await desk.SetViewportSizeAsync(1920, 1080);
        Assert.True(await desk.PhotographAsync("disputes-1920") <= 1920, "登记信息纠错 scrolls sideways at 1920 px");
        await desk.SetViewportSizeAsync(1280, 800);
        await desk.AssertAccessibleAsync("登记信息纠错", output);
        // Settled as corrected before the fact is: the registry refuses, and says what to do first.
        await desk.SubmitAsync(() => dispute.GetByRole(AriaRole.Button, new() { Name = "已更正，办结" }).ClickAsync());
        await Assertions.Expect(desk.Locator("section.dispute", new() { HasText = "卫纠错" }).Locator(".problem")).ToContainTextAsync("请先在该人员的登记信息中更正");

        await desk.SubmitAsync(() => desk.Locator("section.dispute", new() { HasText = "卫纠错" }).GetByRole(AriaRole.Link, new() { Name = "去更正这条登记信息" }).ClickAsync());
        await Assertions.Expect(desk.Locator("h1")).ToHaveTextAsync("更正：失业保险参保缴费");
        await desk.GetByLabel("累计缴费月数").FillAsync("30");
        await desk.GetByLabel("更正原因（必填，记入变更记录）").FillAsync("本人申请纠错，核对社保缴费明细后更正");
        await desk.SubmitAsync(() => desk.GetByRole(AriaRole.Button, new() { Name = "保存更正" }).ClickAsync());
        await desk.GotoAsync($"{platform.WorkbenchHome}disputes");
        var corrected = desk.Locator("section.dispute", new() { HasText = "卫纠错" });
        await corrected.GetByLabel("处理情况（不予更正时必填，本人会读到）").FillAsync("失业保险累计缴费月数已更正为 30 个月");
        await desk.SubmitAsync(() => corrected.GetByRole(AriaRole.Button, new() { Name = "已更正，办结" }).ClickAsync());
        await Assertions.Expect(desk.GetByRole(AriaRole.Status)).ToContainTextAsync("已更正");
        await Assertions.Expect(desk.Locator("section.dispute", new() { HasText = "卫纠错" })).ToHaveCountAsync(0);

        await phone.GotoAsync(platform.Hall + "/facts");
        var settled = phone.Locator("ul.disputes li").First;
        await Assertions.Expect(settled).ToContainTextAsync("已更正");
        await Assertions.Expect(settled).ToContainTextAsync("已更正为 30 个月");
        await Assertions.Expect(settled).ToContainTextAsync("可以重新申请");
        Assert.True(await phone.PhotographAsync("hall-facts-settled-390") <= 390, "我的登记信息 scrolls sideways on a 390 px phone");
    }
}
