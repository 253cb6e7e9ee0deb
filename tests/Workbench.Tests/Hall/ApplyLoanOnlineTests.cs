using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.Loans.V1;
using Employment.TestInfrastructure;
using Microsoft.Playwright;
using Xunit;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Workbench.Tests.Hall;

/// <summary>
/// 网上受理 of the 创业担保贷款 (焦政办〔2023〕36号（十七）), tried on a phone: a registered unemployed person applies for a
/// 个人创业担保贷款 with their own identity number filled in from the registry, chooses the 经办银行 by its name and agrees to
/// its query in the same step; the office's clerk finds it as 网上受理, and the person follows it in 我的办事 through the
/// review, the guarantee and the bank's step.
/// </summary>
[Collection(nameof(WorkbenchCollection))]
public sealed class ApplyLoanOnlineTests(WorkbenchPlatform platform, ITestOutputHelper output)
{
    [Fact(Timeout = 300_000)]
    public async Task A_borrower_applies_online_for_a_personal_loan_on_a_phone_and_follows_it_to_the_banks_step()
    {
        var setup = await platform.TokenOfAsync(await platform.NewClerkAsync("410800", "网上贷款准备"));
        var registry = platform.Registry.Client<Applicants.ApplicantsClient>();
        var id = InsuredWorker.IdNumber(911, 1990);
        await UnemployedBorrower.RegisterAsync(registry, setup, id, "孙创业");

        var page = await platform.NewPhonePageAsync(bypassCsp: true);
        await page.CitizenSignInAsync(platform, id, "孙创业");
        var apply = page.Locator("ul.apply-online");
        await Expect(apply).Not.ToContainTextAsync("小微企业创业担保贷款"); // an enterprise's, through its agent
        await apply.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "个人创业担保贷款" }).TapAsync();

        var number = page.Locator("[name='borrower.id_number']");
        await Expect(number).ToHaveValueAsync(id);
        await Expect(number).ToHaveAttributeAsync("readonly", "");
        await page.GetByLabel("贷款产品").SelectOptionAsync("individual.subsidised");
        await page.GetByLabel("经办银行", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = WorkbenchPlatform.BankNameZh });
        await page.GetByLabel("申请金额").FillAsync("100000");
        await page.GetByLabel("贷款期限（月）").FillAsync("24");
        await page.GetByLabel("拟放款日期").FillAsync("2023-07-01");
        await page.SubmitAsync(() => page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "提交申请" }).TapAsync());

        // Online the bank's query needs the borrower's consent: the service says so, the answers stay.
        await Expect(page.Locator("section:has(#apply-problem)")).ToContainTextAsync("须同意所选经办银行查询贷款资格");
        await Expect(page.GetByLabel("申请金额")).ToHaveValueAsync("100000");
        await page.GetByLabel("同意经办银行查询贷款资格").SelectOptionAsync("true");
        Assert.True(await page.PhotographAsync("hall-loan-form-390") <= 390, "the loan form scrolls sideways on a 390 px phone");
        await page.AssertAccessibleAsync("网上申请（贷款）", output);
        await page.SubmitAsync(() => page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "提交申请" }).TapAsync());

        await Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "申请已提交", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator("section.result")).ToContainTextAsync("申请金额");
        await Expect(page.Locator("p.next")).ToContainTextAsync("担保机构审批担保");
        var reference = (await page.Locator("dd.reference").InnerTextAsync()).Trim();
        Assert.True(await page.PhotographAsync("hall-loan-taken-390") <= 390, "the loan receipt scrolls sideways on a 390 px phone");
        await page.AssertAccessibleAsync("贷款申请已提交", output);

        var clerk = await platform.NewPageAsync();
        await clerk.SignInAsync(platform, await platform.NewClerkAsync("410800", "网上贷款审核"));
        await clerk.GotoAsync($"{platform.WorkbenchHome}queue?kind=loans:BORROWER_KIND_INDIVIDUAL");
        await Expect(clerk.Locator($"tr:has-text('{reference}') .tag")).ToHaveTextAsync("网上受理");

        // The office reviews it, the guarantee is approved and it is sent to the bank the borrower chose.
        var loans = platform.Loans.Client<StartupLoans.StartupLoansClient>();
        var moving = await loans.GetApplicationAsync(new GetApplicationRequest { ApplicationId = reference }, setup);
        Assert.Equal((Channel.Online, WorkbenchPlatform.BankCode), (moving.Channel, moving.BankCode));
        Assert.NotEmpty(moving.ConsentId);
        foreach (var to in new[] { ApplicationState.Reviewed, ApplicationState.GuaranteeApproved, ApplicationState.SentToBank })
        {
            moving = await loans.TransitionApplicationAsync(new TransitionApplicationRequest
            {
                IdempotencyKey = Guid.NewGuid().ToString(), ApplicationId = reference, ExpectedVersion = moving.Record.Version, To = to,
            }, setup);
        }

        await page.GotoAsync(platform.Hall);
        var record = page.Locator($"article:has(#record-{reference})");
        await Expect(record.Locator(".state")).ToContainTextAsync("已推送银行");
        await Expect(record).ToContainTextAsync("经办银行会联系您签订借款合同并放款");
        await Expect(record.Locator("ol.history")).ToContainTextAsync("担保审批通过");
        Assert.True(await page.PhotographAsync("hall-loan-at-bank-390") <= 390, "我的办事 scrolls sideways on a 390 px phone");
    }
}
