using Employment.Common.V1;
using Employment.Loans.V1;
using Employment.TestInfrastructure;
using Grpc.Core;
using Microsoft.Playwright;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Workbench.Tests.Hall;

/// <summary>
/// 授权银行查询 on a phone: a citizen grants the platform's 经办银行 consent to check their start-up loan eligibility until a
/// day they choose, the bank's system queries naming the consent's number, the citizen finds that query listed under the
/// consent and withdraws it; the bank's next query under it is refused.
/// </summary>
[Collection(nameof(WorkbenchCollection))]
public sealed class ConsentTests(WorkbenchPlatform platform)
{
    [Fact(Timeout = 300_000)]
    public async Task A_citizen_grants_a_named_bank_consent_sees_its_query_and_withdraws_it_and_the_bank_is_then_refused()
    {
        var clerk = await platform.TokenOfAsync(await platform.NewClerkAsync("410800", "授权测试经办"));
        var registry = platform.Registry.Client<Employment.Applicants.V1.Applicants.ApplicantsClient>();
        var id = InsuredWorker.IdNumber(906, 1991);
        await InsuredWorker.RegisterAsync(registry, clerk, id, "孙授权");

        var page = await platform.NewPhonePageAsync();
        await page.CitizenSignInAsync(platform, id, "孙授权");
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "授权银行查询、查看查询记录或撤回授权" }).TapAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("授权银行查询贷款资格");
        await page.GetByLabel("经办银行").SelectOptionAsync(new SelectOptionValue { Label = WorkbenchPlatform.BankNameZh });
        await page.SubmitAsync(() => page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "授权" }).TapAsync());
        await Expect(page.Locator("#granted")).ToHaveTextAsync($"已授权{WorkbenchPlatform.BankNameZh}查询");
        var consentId = (await page.Locator("section.result dd.consent-id").InnerTextAsync()).Trim();

        var loans = platform.Loans.Client<StartupLoans.StartupLoansClient>();
        var bank = await platform.ServiceTokenAsync(WorkbenchPlatform.BankClient);
        var query = WorkbenchPlatform.BankQuery(id, consentId);
        await loans.QueryEligibilityAsync(query, bank);

        await page.GotoAsync(platform.Hall + "/consents");
        var consent = page.Locator($"li[data-consent='{consentId}']");
        await Expect(consent).ToHaveAttributeAsync("data-in-force", "true");
        await Expect(consent.Locator("ol.queries li")).ToHaveCountAsync(1);
        await Expect(consent.Locator("ol.queries")).ToContainTextAsync("创业担保贷款贷前审查");
        Assert.True(await page.PhotographAsync("hall-consents-390") <= 390, "授权银行查询 scrolls sideways on a 390 px phone");

        await page.SubmitAsync(() => consent.GetByRole(AriaRole.Button).TapAsync());
        await Expect(page.Locator($"li[data-consent='{consentId}']")).ToHaveAttributeAsync("data-in-force", "false");
        await Expect(page.Locator($"li[data-consent='{consentId}'] h3")).ToContainTextAsync("撤回");

        var refused = await Assert.ThrowsAsync<RpcException>(() => loans.QueryEligibilityAsync(query, bank).ResponseAsync);
        Assert.Equal(StatusCode.FailedPrecondition, refused.StatusCode);
        Assert.Contains("撤回查询授权", refused.Said(), StringComparison.Ordinal);
    }
}
