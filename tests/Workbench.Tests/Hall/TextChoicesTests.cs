using Employment.TestInfrastructure;
using Employment.Training.V1;
using Microsoft.Playwright;
using Xunit;
using Xunit.Abstractions;

namespace Workbench.Tests.Hall;

/// <summary>
/// 短信通知 a person chose: on a phone, in 我的办事's 短信通知, they untick 办理进展和结果 and save; the application a counter
/// then takes for them is told in 我的办事 as before, but nothing about it reaches the SMS outbox. The choice is shown
/// with when and where it was made, and the clerk sees the same choice at the window.
/// </summary>
[Collection(nameof(WorkbenchCollection))]
public sealed class TextChoicesTests(WorkbenchPlatform platform, ITestOutputHelper output)
{
    [Fact(Timeout = 300_000)]
    public async Task A_person_who_turned_off_texts_about_decisions_sees_the_message_in_the_hall_and_gets_no_text()
    {
        var setup = await platform.TokenOfAsync(await platform.NewClerkAsync("410800", "短信准备"));
        var registry = platform.Registry.Client<Employment.Applicants.V1.Applicants.ApplicantsClient>();
        var applicant = InsuredWorker.IdNumber(914, 1992);
        var personId = await InsuredWorker.RegisterAsync(registry, setup, applicant, "吴短信");

        var phone = await platform.NewPhonePageAsync(bypassCsp: true);
        await phone.CitizenSignInAsync(platform, applicant, "吴短信");
        await phone.SubmitAsync(() => phone.GetByRole(AriaRole.Link, new() { Name = "设置短信通知" }).TapAsync());
        await Assertions.Expect(phone.Locator("h1")).ToHaveTextAsync("短信通知");
        await Assertions.Expect(phone.GetByLabel("办理进展和结果")).ToBeCheckedAsync();
        await phone.GetByLabel("办理进展和结果").UncheckAsync();
        await phone.SubmitAsync(() => phone.GetByRole(AriaRole.Button, new() { Name = "保存" }).TapAsync());
        await Assertions.Expect(phone.GetByRole(AriaRole.Status)).ToHaveTextAsync("已保存。");
        await Assertions.Expect(phone.GetByLabel("办理进展和结果")).Not.ToBeCheckedAsync();
        await Assertions.Expect(phone.GetByLabel("公示通知")).ToBeCheckedAsync();
        await Assertions.Expect(phone.Locator("fieldset")).ToContainTextAsync("在网上设置");
        Assert.True(await phone.PhotographAsync("hall-texts-390") <= 390, "短信通知 scrolls sideways on a 390 px phone");
        await phone.AssertAccessibleAsync("短信通知", output);

        var taken = await platform.Training.Client<TrainingSubsidies.TrainingSubsidiesClient>().SubmitApplicationAsync(InsuredWorker.SkillUpgrade(applicant), setup);
        await phone.GotoAsync(platform.Hall);
        var told = phone.Locator($"article:has(#record-{taken.ApplicationId}) ul.messages li[data-step='RECEIVED']");
        for (var attempt = 0; attempt < 120 && await told.CountAsync() == 0; attempt++)
        {
            await phone.WaitForTimeoutAsync(250);
            await phone.ReloadAsync();
        }

        await Assertions.Expect(told).ToContainTextAsync("已受理");
        await Assertions.Expect(told).Not.ToContainTextAsync("已短信通知");
        var texted = File.Exists(platform.MessagesSmsOutbox) ? File.ReadAllLines(platform.MessagesSmsOutbox) : [];
        Assert.DoesNotContain(texted, l => l.Contains(taken.ApplicationId[^6..], StringComparison.Ordinal));

        var desk = await platform.NewPageAsync(1280, 800);
        await desk.SignInAsync(platform, await platform.NewClerkAsync("410800", "郑窗口"));
        await desk.GotoAsync($"{platform.WorkbenchHome}people/{personId}/texts");
        await Assertions.Expect(desk.GetByLabel("办理进展和结果")).Not.ToBeCheckedAsync();
        await desk.PhotographAsync("texts-desk-1280");
    }
}
