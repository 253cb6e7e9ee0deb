using Employment.Common.V1;
using Employment.Loans.V1;
using Employment.TestInfrastructure;
using Microsoft.Playwright;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Workbench.Tests.Screens;

/// <summary>
/// 书面查询授权 at the window, by keyboard at 1280: a person who signed a paper consent for the platform's 经办银行 has it
/// recorded from their window; the number it gets is what the bank's query names, and the query is answered.
/// </summary>
[Collection(nameof(WorkbenchCollection))]
public sealed class PaperConsentTests(WorkbenchPlatform platform)
{
    [Fact(Timeout = 300_000)]
    public async Task A_clerk_records_a_signed_paper_consent_by_keyboard_and_the_bank_queries_under_its_number()
    {
        var setup = await platform.TokenOfAsync(await platform.NewClerkAsync("410800", "书面授权准备"));
        var id = InsuredWorker.IdNumber(908, 1990);
        await InsuredWorker.RegisterAsync(platform.Registry.Client<Employment.Applicants.V1.Applicants.ApplicantsClient>(), setup, id, "周书面");

        var page = await platform.NewPageAsync(1280, 800);
        await page.SignInAsync(platform, await platform.NewClerkAsync("410800", "书面授权经办"));
        await page.FindAsync(id);
        await page.SubmitAsync(() => page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "登记书面查询授权" }).ClickAsync());
        await Expect(page.Locator("h1")).ToHaveTextAsync("登记书面查询授权");
        // The bank's list has the cursor; the paper's number follows; the last day is filled 30 days on; Enter records it.
        await Expect(page.GetByLabel("经办银行")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByLabel("授权书编号")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("SQ-2026-0931");
        await page.SubmitAsync(() => page.Keyboard.PressAsync("Enter"));

        await Expect(page.Locator("#recorded")).ToHaveTextAsync("已登记");
        await Expect(page.Locator("section.result")).ToContainTextAsync(WorkbenchPlatform.BankNameZh);
        await Expect(page.Locator("section.result")).ToContainTextAsync("SQ-2026-0931");
        var consentId = (await page.Locator("dd.consent-id").InnerTextAsync()).Trim();
        await page.PhotographAsync("workbench-paper-consent-1280");
        await page.SetViewportSizeAsync(1920, 1080);
        await page.PhotographAsync("workbench-paper-consent-1920");

        var answer = await platform.Loans.Client<StartupLoans.StartupLoansClient>().QueryEligibilityAsync(
            WorkbenchPlatform.BankQuery(id, consentId), await platform.ServiceTokenAsync(WorkbenchPlatform.BankClient));
        Assert.NotEmpty(answer.AnswerId);
    }
}
