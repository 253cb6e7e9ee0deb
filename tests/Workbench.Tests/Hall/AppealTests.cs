using Employment.Common.V1;
using Employment.TestInfrastructure;
using Employment.Training.V1;
using Microsoft.Playwright;
using Xunit;
using Xunit.Abstractions;

namespace Workbench.Tests.Hall;

/// <summary>
/// 申诉 from the applicant's phone to the office and back: the person reads their 不予批准决定书, asks for it to be looked
/// at again with their reasons and sees when it will be settled; the clerk who refused it finds the appeal but may not
/// settle it; another clerk of the office sets the decision aside; the person reads the 申诉复查意见书, which says it is
/// the bureau's own review and not 行政复议, printed on one page.
/// </summary>
[Collection(nameof(WorkbenchCollection))]
public sealed class AppealTests(WorkbenchPlatform platform, ITestOutputHelper output)
{
    [Fact(Timeout = 300_000)]
    public async Task R32_a_refusal_appealed_from_the_phone_is_set_aside_by_another_clerk_and_the_letter_says_it_is_not_administrative_review()
    {
        var setup = await platform.TokenOfAsync(await platform.NewClerkAsync("410800", "申诉准备"));
        var applicant = InsuredWorker.IdNumber(917, 1994);
        await InsuredWorker.RegisterAsync(platform.Registry.Client<Employment.Applicants.V1.Applicants.ApplicantsClient>(), setup, applicant, "钱申诉");
        var training = platform.Training.Client<TrainingSubsidies.TrainingSubsidiesClient>();
        var taken = await training.SubmitApplicationAsync(InsuredWorker.SkillUpgrade(applicant), setup);
        var deciding = await platform.NewClerkAsync("410800", "冯决定");
        var own = await platform.NewPageAsync(1280, 800);
        await own.SignInAsync(platform, deciding);
        await own.GotoAsync($"{platform.WorkbenchHome}training/{taken.ApplicationId}");
        await own.GetByLabel("审核意见（不予批准时必填，申请人会读到）").FillAsync("证书信息与鉴定机构记录不符");
        await own.SubmitAsync(() => own.GetByRole(AriaRole.Button, new() { Name = "审核不通过" }).ClickAsync());

        var phone = await platform.NewPhonePageAsync(bypassCsp: true);
        await phone.CitizenSignInAsync(platform, applicant, "钱申诉");
        var record = phone.Locator($"article:has(#record-{taken.ApplicationId})");
        await phone.SubmitAsync(() => record.GetByRole(AriaRole.Link, new() { Name = $"查看和打印决定书 {taken.ApplicationId}" }).TapAsync());
        await phone.SubmitAsync(() => phone.GetByRole(AriaRole.Link, new() { Name = "申请本部门复查（申诉）" }).TapAsync());
        await Assertions.Expect(phone.Locator("h1")).ToHaveTextAsync("申诉：技能提升补贴");
        await phone.GetByLabel("申诉理由").FillAsync("鉴定中心已出具证明，证书信息与记录一致，证明编号 JD-2024-118。");
        var appealPage = phone.Url;
        await phone.SubmitAsync(() => phone.GetByRole(AriaRole.Button, new() { Name = "提交申诉" }).TapAsync());
        var open = phone.Locator("section.result");
        await Assertions.Expect(open.Locator("h2")).ToHaveTextAsync("申诉已收到，正在复查");
        await Assertions.Expect(open).ToContainTextAsync("前办结");
        Assert.True(await phone.PhotographAsync("appeal-filed-390") <= 390, "the appeal page scrolls sideways on a 390 px phone");
        await phone.AssertAccessibleAsync("申诉", output);

        // The clerk who refused it sees the appeal and is told to hand it on: no form to settle it.
        await own.GotoAsync($"{platform.WorkbenchHome}appeals");
        var ownAppeal = own.Locator($"section:has(a:text-is('申请编号 {taken.ApplicationId}'))");
        await Assertions.Expect(ownAppeal).ToContainTextAsync("原决定由您作出或复核，您不能复查这份申诉");
        await Assertions.Expect(ownAppeal.GetByRole(AriaRole.Button, new() { Name = "撤销原决定，重新审核" })).ToHaveCountAsync(0);

        var other = await platform.NewClerkAsync("410800", "褚复查");
        var desk = await platform.NewPageAsync(1280, 800);
        await desk.SignInAsync(platform, other);
        await desk.GotoAsync($"{platform.WorkbenchHome}queue");
        await desk.SubmitAsync(() => desk.GetByRole(AriaRole.Link, new() { Name = "申诉复查" }).ClickAsync());
        var appeal = desk.Locator($"section:has(a:text-is('申请编号 {taken.ApplicationId}'))");
        await Assertions.Expect(appeal).ToContainTextAsync("证明编号 JD-2024-118");
        await appeal.GetByLabel("复查意见（必填，申请人会读到）").FillAsync("经向鉴定中心核实，证书信息与记录一致，原决定认定有误。");
        await desk.PhotographAsync("appeals-1280");
        // By keyboard, as a clerk works: from the findings, Tab past 维持原决定 to 撤销原决定, Enter.
        await desk.Keyboard.PressAsync("Tab");
        await desk.Keyboard.PressAsync("Tab");
        await Assertions.Expect(appeal.GetByRole(AriaRole.Button, new() { Name = "撤销原决定，重新审核" })).ToBeFocusedAsync();
        await desk.SubmitAsync(() => desk.Keyboard.PressAsync("Enter"));
        await Assertions.Expect(desk.Locator("#settled")).ToHaveTextAsync("已复查办结：撤销原决定，重新审核");
        await Assertions.Expect(desk.Locator("article.letter")).ToContainTextAsync($"复查人 {other.StaffNumber}");
        await Assertions.Expect(desk.GetByRole(AriaRole.Link, new() { Name = "去重新审核这份申请" })).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex($"training/{taken.ApplicationId}$"));
        await desk.SetViewportSizeAsync(1920, 1080);
        await desk.PhotographAsync("appeal-settled-1920");
        var reopened = await training.GetApplicationAsync(new GetApplicationRequest { ApplicationId = taken.ApplicationId }, setup);
        Assert.Equal(ApplicationStatus.Submitted, reopened.Status);

        await phone.GotoAsync(appealPage);
        var letter = phone.Locator("article.letter");
        await Assertions.Expect(letter.Locator("h2")).ToHaveTextAsync("技能提升补贴申诉复查意见书");
        await Assertions.Expect(letter).ToContainTextAsync("复查结论：撤销原决定，重新审核。");
        await Assertions.Expect(letter).ToContainTextAsync("本复查是本部门对原决定的内部复查，不是行政复议");
        await phone.PhotographAsync("appeal-letter-390");
        var appealId = (await letter.Locator(".letter-number").InnerTextAsync()).Split("申诉编号 ")[1].Trim();
        await PrintedLetters.AssertOnePageAsync(phone, "appeal-letter-hall", appealId, taken.ApplicationId, other.StaffNumber);
    }
}
