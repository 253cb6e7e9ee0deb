using Employment.Common.V1;
using Employment.TestInfrastructure;
using Employment.Training.V1;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using Xunit;
using Xunit.Abstractions;

namespace Workbench.Tests.Hall;

/// <summary>
/// 我的办事 (网上办事): a citizen signed in by real name on a phone sees what they applied for in every service, with
/// each step's date, what happens next and by when; another person sees none of it. Each service decides whose
/// records they are from the citizen's own token.
/// </summary>
[Collection(nameof(WorkbenchCollection))]
public sealed class MineTests(WorkbenchPlatform platform, ITestOutputHelper output)
{
    [Fact(Timeout = 300_000)]
    public async Task A_citizen_on_a_phone_sees_the_application_the_counter_took_for_them_with_its_next_step_and_another_person_sees_none()
    {
        var clerk = await platform.TokenOfAsync(await platform.NewClerkAsync("410800", "网办测试经办"));
        var registry = platform.Registry.Client<Employment.Applicants.V1.Applicants.ApplicantsClient>();
        var applicant = InsuredWorker.IdNumber(901, 1994);
        var other = InsuredWorker.IdNumber(902, 1994);
        await InsuredWorker.RegisterAsync(registry, clerk, applicant, "赵网办");
        await InsuredWorker.RegisterAsync(registry, clerk, other, "钱网办");
        var taken = await platform.Training.Client<TrainingSubsidies.TrainingSubsidiesClient>().SubmitApplicationAsync(InsuredWorker.SkillUpgrade(applicant), clerk);

        var page = await platform.NewPhonePageAsync();
        await page.CitizenSignInAsync(platform, applicant, "赵网办");
        var record = page.Locator($"article:has(#record-{taken.ApplicationId})");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "我的办事", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("form.signed")).ToContainTextAsync("赵网办");
        await Assertions.Expect(record).ToContainTextAsync("技能提升补贴");
        await Assertions.Expect(record.Locator(".state")).ToContainTextAsync("已受理");
        await Assertions.Expect(record.Locator(".amount")).ToContainTextAsync("元");
        // 办结时限: the measure's working days from the day received, as the service counts them on the holiday calendar.
        await Assertions.Expect(record.Locator(".due")).ToContainTextAsync("前");
        await Assertions.Expect(record.Locator(".next")).ToContainTextAsync("窗口审核中");
        // 查阅记录: the registry's log of who read the record and why, in words.
        var reads = page.Locator("ol.reads");
        await Expect(reads).ToContainTextAsync("统一登录：登录时核对身份");
        await Expect(reads).ToContainTextAsync("培训补贴服务：审核培训补贴申请");
        Assert.True(await page.PhotographAsync("hall-mine-390") <= 390, "我的办事 scrolls sideways on a 390 px phone");

        var stranger = await platform.NewPhonePageAsync();
        await stranger.CitizenSignInAsync(platform, other, "钱网办");
        await Assertions.Expect(stranger.Locator("form.signed")).ToContainTextAsync("钱网办");
        await Assertions.Expect(stranger.Locator("article.record")).ToHaveCountAsync(0);
        await Assertions.Expect(stranger.Locator("body")).Not.ToContainTextAsync(taken.ApplicationId);
        await Assertions.Expect(stranger.GetByText("还没有申请记录")).ToBeVisibleAsync();
    }

    [Fact(Timeout = 300_000)]
    public async Task A_citizen_withdraws_an_application_no_clerk_has_decided_after_seeing_what_is_withdrawn_and_it_shows_withdrawn_with_no_link_left()
    {
        var clerk = await platform.TokenOfAsync(await platform.NewClerkAsync("410800", "撤回测试经办"));
        var registry = platform.Registry.Client<Employment.Applicants.V1.Applicants.ApplicantsClient>();
        var applicant = InsuredWorker.IdNumber(907, 1993);
        await InsuredWorker.RegisterAsync(registry, clerk, applicant, "李撤回");
        var taken = await platform.Training.Client<TrainingSubsidies.TrainingSubsidiesClient>().SubmitApplicationAsync(InsuredWorker.SkillUpgrade(applicant), clerk);

        var page = await platform.NewPhonePageAsync(bypassCsp: true);
        await page.CitizenSignInAsync(platform, applicant, "李撤回");
        var record = page.Locator($"article:has(#record-{taken.ApplicationId})");
        var withdraw = record.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = $"撤回申请 {taken.ApplicationId}" });

        // The first tap only shows what would be withdrawn; going back leaves it as it was.
        await page.SubmitAsync(() => withdraw.TapAsync());
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("撤回申请");
        await Assertions.Expect(page.Locator("section.result")).ToContainTextAsync("技能提升补贴");
        await Assertions.Expect(page.Locator("section.result dd.reference")).ToHaveTextAsync(taken.ApplicationId);
        Assert.True(await page.PhotographAsync("hall-withdraw-confirm-390") <= 390, "the confirmation scrolls sideways on a 390 px phone");
        await page.AssertAccessibleAsync("撤回申请", output);
        await page.SubmitAsync(() => page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "不撤回，返回我的办事" }).TapAsync());
        await Assertions.Expect(record.Locator(".state")).ToContainTextAsync("已受理");

        await page.SubmitAsync(() => withdraw.TapAsync());
        await page.SubmitAsync(() => page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "确认撤回" }).TapAsync());

        record = page.Locator($"article:has(#record-{taken.ApplicationId})");
        await Assertions.Expect(record.Locator(".state")).ToContainTextAsync("已撤回");
        await Assertions.Expect(record.Locator(".next")).ToContainTextAsync("可以重新申请");
        await Assertions.Expect(record.Locator(".withdraw")).ToHaveCountAsync(0);
        await page.PhotographAsync("hall-withdrawn-390");
    }
}
