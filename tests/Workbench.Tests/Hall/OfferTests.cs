using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.TestInfrastructure;
using Microsoft.Playwright;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Workbench.Tests.Hall;

/// <summary>
/// 免申即享 (焦政办〔2024〕15号（二十））on a phone: the agent of a firm the registry holds last year's unemployment insurance,
/// staff and layoffs of signs in, chooses to act for the firm, and finds its 失业保险稳岗返还 offered with the clauses it
/// rests on; they confirm the firm's account and accept in one step, and the office's clerk finds the claim in the
/// queue marked 免申即享, received as an offer with the same checks. The services' business day is in May 2024, when
/// the refund of 2023 was in force (R15).
/// </summary>
[Collection(nameof(WorkbenchCollection))]
public sealed class OfferTests(WorkbenchPlatform platform)
{
    private static readonly DateTimeOffset BusinessDay = new(2024, 5, 10, 2, 0, 0, TimeSpan.Zero);

    [Fact(Timeout = 300_000)]
    public async Task An_employers_agent_accepts_an_owed_stabilisation_refund_on_a_phone_and_it_reaches_the_clerks_queue()
    {
        var setup = await platform.TokenOfAsync(await platform.NewClerkAsync("410800", "免申准备经办"));
        var registry = platform.Registry.Client<Applicants.ApplicantsClient>();
        var code = TestCreditCodes.Of("91410802", 59_700_001);
        var firm = await RefundFirm.RegisterAsync(registry, setup, code, "焦作市免申即享示例机械有限公司");

        var id = InsuredWorker.IdNumber(904, 1988);
        var agentId = await InsuredWorker.RegisterAsync(registry, setup, id, "周经办");
        await registry.GrantEmployerAgentAsync(new GrantEmployerAgentRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            EmployerId = firm.EmployerId,
            Agent = new PersonKey { PersonId = agentId },
            ValidFrom = new CalendarDate { Year = 2024, Month = 1, Day = 1 },
            LetterReference = "授权委托书 2024-017",
        }, setup);

        platform.ServicesClock.Ahead = BusinessDay - DateTimeOffset.UtcNow;
        try
        {
            var page = await platform.NewPhonePageAsync();
            await page.CitizenSignInAsync(platform, id, "周经办");
            await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "为单位办理" }).TapAsync();
            await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "焦作市免申即享示例机械有限公司" }).TapAsync();
            await page.WaitForURLAsync(platform.Hall);

            var offers = page.Locator("section.offers");
            await Expect(offers).ToContainTextAsync("6,000 元");
            Assert.True(await page.PhotographAsync("hall-offers-390") <= 390, "我的办事 scrolls sideways on a 390 px phone");
            await offers.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "失业保险稳岗返还" }).TapAsync();
            await Expect(page.Locator("h1")).ToHaveTextAsync("可直接领取：失业保险稳岗返还");
            await Expect(page.Locator("section[aria-labelledby=offer-basis]")).ToContainTextAsync("2023 年度");
            await Expect(page.Locator("li[data-rule='hiring.stabilisation.layoff_rate']")).ToHaveAttributeAsync("data-passed", "true");
            await page.GetByLabel("收款银行账号").FillAsync("6217000000009876543");
            Assert.True(await page.PhotographAsync("hall-offer-390") <= 390, "the offer scrolls sideways on a 390 px phone");
            await page.SubmitAsync(() => page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "确认领取" }).TapAsync());

            await Expect(page.Locator("h1")).ToHaveTextAsync("已确认领取");
            var reference = (await page.Locator("dd.reference").InnerTextAsync()).Trim();
            await page.PhotographAsync("hall-offer-accepted-390");
            await page.GotoAsync(platform.Hall);
            await Expect(page.Locator($"article:has(#record-{reference}) .state")).ToContainTextAsync("已受理");
            await Expect(page.Locator("section.offers")).ToHaveCountAsync(0);

            var clerk = await platform.NewPageAsync();
            await clerk.SignInAsync(platform, await platform.NewClerkAsync("410800", "免申审核经办"));
            await clerk.GotoAsync($"{platform.WorkbenchHome}queue");
            var row = clerk.Locator($"tr:has-text('{reference}')");
            await Expect(row.Locator(".tag")).ToHaveTextAsync("免申即享");
            await clerk.SubmitAsync(() => row.GetByRole(AriaRole.Link).ClickAsync());
            await Expect(clerk.Locator("dl.facts-list")).ToContainTextAsync("免申即享：申请人在网上确认领取");
            await Expect(clerk.Locator("dl.facts-list")).ToContainTextAsync("6,000 元");
            await clerk.PhotographAsync("offer-claim-clerk-1280");
        }
        finally
        {
            platform.ServicesClock.Ahead = TimeSpan.Zero;
        }
    }
}
