using Employment.TestInfrastructure;
using Microsoft.Playwright;
using Workbench.Tests.Hall;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Workbench.Tests.Pilot;

/// <summary>
/// A subsidy service appears on the screens by configuration alone: a pilot measure's service, serving the lifecycle's
/// shared contracts at a configured address, is on the clerk's 发放 desk, on the public 公示 page and in a citizen's 我的办事,
/// with no line of the web written for it.
/// </summary>
[Collection(nameof(WorkbenchCollection))]
public sealed class PilotServiceTests(WorkbenchPlatform platform)
{
    [Fact(Timeout = 300_000)]
    public async Task A_configured_subsidy_service_is_on_the_payment_desk_the_public_notice_and_my_affairs_with_no_web_change()
    {
        var clerk = await platform.NewClerkAsync("410800", "试点发放经办");
        var person = InsuredWorker.IdNumber(963, 1991);
        var personId = await InsuredWorker.RegisterAsync(platform.Registry.Client<Employment.Applicants.V1.Applicants.ApplicantsClient>(),
            await platform.TokenOfAsync(await platform.NewClerkAsync("410800", "试点登记经办")), person, "周试点");
        platform.PilotService.ShownTo = personId;
        try
        {
            // The clerk's 发放: the pilot's approved record under its own heading, ready to be ticked into a batch.
            var desk = await platform.NewPageAsync(1280, 800);
            await desk.SignInAsync(platform, clerk);
            await desk.GotoAsync($"{platform.WorkbenchHome}payments");
            await Expect(desk.Locator($"#desk-{PilotSubsidies.Name}")).ToHaveTextAsync(PilotSubsidies.RecordsZh);
            var row = desk.Locator("tr", new() { HasText = PilotSubsidies.Reference });
            await Expect(row).ToContainTextAsync(PilotSubsidies.KindZh);
            await Expect(row).ToContainTextAsync(PilotSubsidies.PayeeZh);
            await Expect(row).ToContainTextAsync("800 元");
            await Expect(desk.GetByLabel($"列入 {PilotSubsidies.Reference}")).ToBeVisibleAsync();
            await desk.PhotographAsync("pilot-payments-1280");

            // The public 公示: its batch beside the others, each line open to an objection.
            var phone = await platform.NewPhonePageAsync();
            await phone.GotoAsync(platform.Issuer + "notices?region=410800");
            var notice = phone.Locator($"section.notice:has(#notice-{PilotSubsidies.BatchId})");
            await Expect(notice.Locator("h2")).ToContainTextAsync($"{PilotSubsidies.RecordsZh}发放公示");
            await Expect(notice.Locator("ol.notice-lines > li")).ToContainTextAsync(PilotSubsidies.KindZh);
            await Expect(notice.GetByRole(AriaRole.Link, new() { Name = "对这一项提出异议" })).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex($"service={PilotSubsidies.Name}"));

            // 我的办事: the citizen's record in the pilot service, with its state and what comes next.
            var hall = await platform.NewPhonePageAsync();
            await hall.CitizenSignInAsync(platform, person, "周试点");
            var record = hall.Locator($"article:has(#record-{PilotSubsidies.Reference})");
            await Expect(record).ToContainTextAsync(PilotSubsidies.KindZh);
            await Expect(record.Locator(".state")).ToContainTextAsync("审核通过");
            await Expect(record.Locator(".next")).ToContainTextAsync("公示期满无异议后发放");
            Assert.True(await hall.PhotographAsync("pilot-mine-390") <= 390, "我的办事 scrolls sideways on a 390 px phone");
        }
        finally
        {
            platform.PilotService.ShownTo = null;
        }
    }
}
