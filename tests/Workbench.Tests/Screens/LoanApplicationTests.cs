using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.Loans.V1;
using Employment.TestInfrastructure;
using Microsoft.Playwright;
using Xunit;

namespace Workbench.Tests.Screens;

/// <summary>
/// 创业担保贷款 at the counter (R4–R7): a registered unemployed person's application for a 个人创业担保贷款 is taken from the
/// loans service's own form, previewed with the borrower's and the product's checks, its receipt printed; then 审核通过,
/// 担保审批通过 and 推送经办银行, each a move the service records as the clerk's, after which the bank reads it among those sent
/// to it. 待办 lists it while it waits. A refusal without a reason is stopped by the service and said in its words.
/// </summary>
[Collection(nameof(WorkbenchCollection))]
public sealed class LoanApplicationTests(WorkbenchPlatform platform)
{
    [Fact(Timeout = 300_000)]
    public async Task A_clerk_takes_a_personal_startup_loan_application_moves_it_through_review_and_guarantee_and_sends_it_to_the_bank()
    {
        var setup = await platform.TokenOfAsync(await platform.NewClerkAsync("410800", "准备数据"));
        var id = InsuredWorker.IdNumber(41, 1988);
        var registry = platform.Registry.Client<Applicants.ApplicantsClient>();
        await UnemployedBorrower.RegisterAsync(registry, setup, id, "贷款甲");

        var clerk = await platform.NewClerkAsync("410800", "李静");
        var page = await platform.NewPageAsync(1280, 800);
        await page.SignInAsync(platform, clerk);
        await page.FindAsync(id);
        await page.GetByRole(AriaRole.Link, new() { Name = "个人创业担保贷款", Exact = true }).FocusAsync();
        await page.SubmitAsync(() => page.Keyboard.PressAsync("Enter"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("受理：个人创业担保贷款");
        await Expect(page.GetByLabel("借款人身份证号码")).ToHaveValueAsync(id);
        await page.GetByLabel("创业地").SelectOptionAsync("410802");
        await page.GetByLabel("贷款产品").SelectOptionAsync("individual.subsidised");
        await page.GetByLabel("经办银行", new() { Exact = true }).SelectOptionAsync(WorkbenchPlatform.BankCode);
        await page.GetByLabel("申请金额").FillAsync("100000");
        await page.GetByLabel("贷款期限（月）").FillAsync("24");
        await page.GetByLabel("拟放款日期").FillAsync("2023-07-01");
        await page.GetByLabel("同意经办银行查询贷款资格").SelectOptionAsync("true"); // signed on the application form
        await page.SubmitAsync(() => page.GetByLabel("拟放款日期").PressAsync("Enter"));

        var result = page.Locator("section.result");
        await Expect(result).ToContainTextAsync("符合条件");
        await Expect(result.Locator("table.checks")).ToContainTextAsync("焦政办");
        await page.PhotographAsync("loan-preview-1280");
        await page.SubmitAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "确认受理" }).ClickAsync());
        await Expect(page.Locator("h1")).ToHaveTextAsync("受理回执");
        var reference = (await page.Locator("dt:text-is('申请编号') + dd").InnerTextAsync()).Trim();

        // 待办 lists it with the office's other work, as taken today and without a time limit (the loans service sets none).
        await page.GotoAsync($"{platform.WorkbenchHome}queue?kind=loans:BORROWER_KIND_INDIVIDUAL");
        var row = page.Locator("tr", new() { HasText = reference });
        await Expect(row).ToContainTextAsync("待审核");
        await Expect(row).ToContainTextAsync("未设办结时限");
        await page.SubmitAsync(() => row.GetByRole(AriaRole.Link).ClickAsync());
        await Expect(page.Locator("h1")).ToContainTextAsync("个人创业担保贷款");
        await page.SubmitAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "审核不通过" }).ClickAsync());
        await Expect(page.Locator("section.problem")).ToContainTextAsync("须填写原因");
        foreach (var (button, state) in new[] { ("审核通过", "审核通过，待担保审批"), ("担保审批通过", "担保审批通过，待推送银行"), ("推送经办银行", "已推送银行，待放款") })
        {
            await page.SubmitAsync(() => page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync());
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync(state);
        }

        await Expect(page.Locator("table", new() { HasText = "办理经过" })).ToContainTextAsync(clerk.StaffNumber);
        await page.PhotographAsync("loan-sent-1280");

        var loans = platform.Loans.Client<StartupLoans.StartupLoansClient>();
        var sent = await loans.GetApplicationAsync(new GetApplicationRequest { ApplicationId = reference }, setup);
        Assert.Equal(ApplicationState.SentToBank, sent.State);
        Assert.Equal(WorkbenchPlatform.BankCode, sent.BankCode);
        Assert.Equal(Channel.Counter, sent.Channel);
        Assert.NotEmpty(sent.ConsentId); // the paper consent the borrower signed with it, which the bank's query names
        Assert.Equal(clerk.StaffNumber, sent.Record.CreatedBy);
        Assert.All(sent.History, change => Assert.Equal(clerk.StaffNumber, change.Actor));
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
