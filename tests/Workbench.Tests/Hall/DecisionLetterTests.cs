using Employment.TestInfrastructure;
using Employment.Training.V1;
using Microsoft.Playwright;
using Xunit;
using Xunit.Abstractions;

namespace Workbench.Tests.Hall;

/// <summary>
/// 决定书, one letter for the clerk and the applicant: a clerk refuses an application on the 审核 screen and the letter
/// below it names the reason and the remedy (R32: 行政复议 before the county's review body within 60 days, 行政诉讼 before
/// its court within 6 months); the applicant, signed in on a phone, opens the same letter from 我的办事. Printed, it is
/// one A4 page without the clerk's check table, and no English reaches it.
/// </summary>
[Collection(nameof(WorkbenchCollection))]
public sealed class DecisionLetterTests(WorkbenchPlatform platform, ITestOutputHelper output)
{
    private const string Remedy = "如不服本决定，可以自收到本决定之日起60日内向武陟县人民政府申请行政复议，或者6个月内向武陟县人民法院提起行政诉讼。";

    [Fact(Timeout = 300_000)]
    public async Task R32_a_refusal_is_one_printed_page_with_the_remedy_for_the_clerk_and_in_the_applicants_own_affairs()
    {
        var setup = await platform.TokenOfAsync(await platform.NewClerkAsync("410800", "决定书准备"));
        var registry = platform.Registry.Client<Employment.Applicants.V1.Applicants.ApplicantsClient>();
        var applicant = InsuredWorker.IdNumber(913, 1992);
        await InsuredWorker.RegisterAsync(registry, setup, applicant, "孙决定");
        var taken = await platform.Training.Client<TrainingSubsidies.TrainingSubsidiesClient>().SubmitApplicationAsync(InsuredWorker.SkillUpgrade(applicant), setup);

        var clerk = await platform.NewClerkAsync("410800", "周审核");
        var desk = await platform.NewPageAsync(1280, 800);
        await desk.SignInAsync(platform, clerk);
        await desk.GotoAsync($"{platform.WorkbenchHome}training/{taken.ApplicationId}");
        await desk.GetByLabel("审核意见（不予批准时必填，申请人会读到）").FillAsync("证书信息与鉴定机构记录不符，请核对后重新申请");
        await desk.SubmitAsync(() => desk.GetByRole(AriaRole.Button, new() { Name = "审核不通过" }).ClickAsync());

        var letter = desk.Locator("article.letter");
        await Assertions.Expect(letter.Locator("h2")).ToHaveTextAsync("技能提升补贴不予批准决定书");
        await Assertions.Expect(letter).ToContainTextAsync("不予批准。理由：证书信息与鉴定机构记录不符，请核对后重新申请。");
        await Assertions.Expect(letter).ToContainTextAsync(Remedy);
        await Assertions.Expect(letter).ToContainTextAsync("《中华人民共和国行政复议法》（2023年修订）第二十条");
        await Assertions.Expect(letter.Locator(".signature")).ToContainTextAsync($"审核人 {clerk.StaffNumber}");
        await desk.PhotographAsync("letter-refusal-1280");
        await PrintedLetters.AssertOnePageAsync(desk, "letter-refusal-clerk", taken.ApplicationId, clerk.StaffNumber);

        var phone = await platform.NewPhonePageAsync(bypassCsp: true);
        await phone.CitizenSignInAsync(platform, applicant, "孙决定");
        var record = phone.Locator($"article:has(#record-{taken.ApplicationId})");
        // The refusal's message comes through the training service's outbox and the registry: shown once relayed.
        var refused = record.Locator("ul.messages li[data-step='REJECTED']");
        for (var attempt = 0; attempt < 120 && await refused.CountAsync() == 0; attempt++)
        {
            await phone.WaitForTimeoutAsync(250);
            await phone.ReloadAsync();
        }

        await Assertions.Expect(refused).ToContainTextAsync(Remedy);
        await phone.SubmitAsync(() => record.GetByRole(AriaRole.Link, new() { Name = $"查看和打印决定书 {taken.ApplicationId}" }).TapAsync());
        var kept = phone.Locator("article.letter");
        await Assertions.Expect(kept.Locator("h2")).ToHaveTextAsync("技能提升补贴不予批准决定书");
        await Assertions.Expect(kept).ToContainTextAsync("孙*定");
        await Assertions.Expect(kept).ToContainTextAsync(Remedy);
        Assert.True(await phone.PhotographAsync("letter-refusal-390") <= 390, "the letter scrolls sideways on a 390 px phone");
        await phone.AssertAccessibleAsync("决定书", output);
        await PrintedLetters.AssertOnePageAsync(phone, "letter-refusal-hall", taken.ApplicationId, clerk.StaffNumber);
    }

    [Fact(Timeout = 300_000)]
    public async Task An_applicant_who_insists_on_an_application_the_rules_refuse_gets_a_one_page_refusal_naming_the_unmet_condition_and_the_remedy()
    {
        var setup = await platform.TokenOfAsync(await platform.NewClerkAsync("410800", "坚持申请准备"));
        var applicant = InsuredWorker.IdNumber(916, 1993);
        // Eleven months of unemployment insurance before the certificate: the subsidy asks twelve.
        var personId = await InsuredWorker.RegisterAsync(platform.Registry.Client<Employment.Applicants.V1.Applicants.ApplicantsClient>(), setup, applicant, "吴坚持", insuredMonths: 11);
        var clerk = await platform.NewClerkAsync("410800", "郑受理");
        var desk = await platform.NewPageAsync(1280, 800);
        await desk.SignInAsync(platform, clerk);
        await desk.GotoAsync($"{platform.WorkbenchHome}people/{personId}/apply/training/SUBSIDY_KIND_SKILL_UPGRADE");
        await desk.GetByLabel("职业编码").FillAsync("6-18-01-01");
        await desk.GetByLabel("职业名称").FillAsync("焊工");
        await desk.GetByLabel("证书等级").SelectOptionAsync("SKILL_LEVEL_L4");
        await desk.GetByLabel("证书编号").FillAsync("S" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant());
        await desk.GetByLabel("发证日期").FillAsync("2024-06-01");
        await desk.GetByLabel("发证机构").FillAsync("焦作市职业技能鉴定中心");
        await desk.GetByLabel("收款账户").FillAsync("6217000000001234567");
        await desk.SubmitAsync(() => desk.GetByLabel("收款账户").PressAsync("Enter"));

        await Assertions.Expect(desk.Locator("section.result h2")).ToContainTextAsync("有不符合的条件");
        await Assertions.Expect(desk.GetByRole(AriaRole.Button, new() { Name = "确认受理" })).ToHaveCountAsync(0);
        await desk.PhotographAsync("apply-insist-1280");
        await desk.SubmitAsync(() => desk.GetByRole(AriaRole.Button, new() { Name = "申请人坚持申请：受理并作出书面决定" }).ClickAsync());

        await Assertions.Expect(desk.Locator("h1")).ToHaveTextAsync("受理回执");
        var reference = (await desk.Locator("dt:text-is('申请编号') + dd").InnerTextAsync()).Trim();
        await Assertions.Expect(desk.Locator("dt:text-is('当前状态') + dd")).ToHaveTextAsync("审核不通过");
        await desk.SubmitAsync(() => desk.GetByRole(AriaRole.Link, new() { Name = "查看和打印不予批准决定书" }).ClickAsync());
        var letter = desk.Locator("article.letter");
        await Assertions.Expect(letter.Locator("h2")).ToHaveTextAsync("技能提升补贴不予批准决定书");
        await Assertions.Expect(letter).ToContainTextAsync("受理时审查不符合申请条件，申请人坚持申请，依申请作出书面决定");
        await Assertions.Expect(letter).ToContainTextAsync("不足 12 个月");
        await Assertions.Expect(letter).ToContainTextAsync(Remedy);
        await Assertions.Expect(letter.Locator(".signature")).ToContainTextAsync($"审核人 {clerk.StaffNumber}");

        var phone = await platform.NewPhonePageAsync(bypassCsp: true);
        await phone.CitizenSignInAsync(platform, applicant, "吴坚持");
        var record = phone.Locator($"article:has(#record-{reference})");
        await phone.SubmitAsync(() => record.GetByRole(AriaRole.Link, new() { Name = $"查看和打印决定书 {reference}" }).TapAsync());
        var kept = phone.Locator("article.letter");
        await Assertions.Expect(kept).ToContainTextAsync("不足 12 个月");
        await Assertions.Expect(kept).ToContainTextAsync(Remedy);
        await phone.PhotographAsync("letter-insisted-390");
        await PrintedLetters.AssertOnePageAsync(phone, "letter-insisted-hall", reference, clerk.StaffNumber);
    }
    [Fact(Timeout = 300_000)]
    public async Task A_clerk_answers_an_application_not_this_offices_with_a_one_page_notice_naming_where_to_go()
    {
        var setup = await platform.TokenOfAsync(await platform.NewClerkAsync("410800", "不予受理准备"));
        var applicant = InsuredWorker.IdNumber(918, 1987);
        var personId = await InsuredWorker.RegisterAsync(platform.Registry.Client<Employment.Applicants.V1.Applicants.ApplicantsClient>(), setup, applicant, "蒋外地");
        var clerk = await platform.NewClerkAsync("410800", "韩窗口");
        var desk = await platform.NewPageAsync(1280, 800);
        await desk.SignInAsync(platform, clerk);
        await desk.GotoAsync($"{platform.WorkbenchHome}people/{personId}/apply/training/SUBSIDY_KIND_SKILL_UPGRADE");

        await desk.GetByText("不属于本部门受理范围：出具不予受理通知书").ClickAsync();
        await desk.GetByLabel("不予受理的理由").FillAsync("申请人在济源示范区参加失业保险，不属于本部门受理范围");
        await desk.GetByLabel("应当向哪里申请").FillAsync("济源示范区人力资源和社会保障局服务窗口");
        await desk.SubmitAsync(() => desk.GetByRole(AriaRole.Button, new() { Name = "出具不予受理通知书" }).ClickAsync());

        var notice = desk.Locator("article.letter");
        await Assertions.Expect(notice.Locator("h2")).ToHaveTextAsync("不予受理通知书");
        await Assertions.Expect(notice).ToContainTextAsync("蒋*地");
        await Assertions.Expect(notice).ToContainTextAsync("技能提升补贴申请，申请人在济源示范区参加失业保险，不属于本部门受理范围，本部门不予受理。");
        await Assertions.Expect(notice).ToContainTextAsync("请向济源示范区人力资源和社会保障局服务窗口提出。");
        await Assertions.Expect(notice.Locator(".signature")).ToContainTextAsync($"经办人 {clerk.StaffNumber}");
        await desk.PhotographAsync("not-accepted-1280");
        var noticeId = (await notice.Locator(".letter-number").InnerTextAsync()).Split("编号 ")[1].Trim();
        await PrintedLetters.AssertOnePageAsync(desk, "not-accepted-clerk", noticeId, clerk.StaffNumber);
    }
}
