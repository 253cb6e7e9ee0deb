using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.Hiring.V1;
using Employment.TestInfrastructure;
using Grpc.Core;
using Microsoft.Playwright;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Workbench.Tests.Hall;

/// <summary>
/// 公示异议 on a phone and at the office: a batch of two firms' 稳岗返还 is on notice; anyone reading the region's 公示
/// objects to one line with a reason (no sign-in: their mobile phone confirmed by the code texted to it), which holds that
/// firm's claim alone from payment; the office's clerk
/// finds the objection on the 发放 screen, records what was found and dismisses it, and the claim is payable again.
/// </summary>
[Collection(nameof(WorkbenchCollection))]
public sealed class ObjectionTests(WorkbenchPlatform platform)
{
    /// <summary>A firm of 解放区 with last year's facts, its 稳岗返还 received on paper in April 2024 (R31) and approved.</summary>
    private static async Task<string> ApprovedRefundAsync(Applicants.ApplicantsClient registry, HiringSubsidies.HiringSubsidiesClient hiring, Metadata clerk, int sequence, string name)
    {
        var code = TestCreditCodes.Of("91410802", sequence);
        await RefundFirm.RegisterAsync(registry, clerk, code, name);
        var claim = await hiring.SubmitClaimAsync(new SubmitClaimRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Employer = new EmployerKey { CreditCode = code },
            Kind = SubsidyKind.StabilisationRefund,
            PaymentAccount = "6217000000001111222",
            ReceivedOn = new CalendarDate { Year = 2024, Month = 4, Day = 8 },
            ReceiptNumber = $"稳岗受理 2024-{sequence % 10_000:D4}",
        }, clerk);
        var approved = await hiring.DecideClaimItemAsync(new DecideClaimItemRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(), ClaimId = claim.ClaimId, ExpectedVersion = claim.Record.Version, ItemNo = 1, Approve = true,
        }, clerk);
        return approved.ClaimId;
    }

    [Fact(Timeout = 300_000)]
    public async Task Anyone_objects_to_one_line_of_a_notice_on_a_phone_which_holds_that_claim_until_the_clerk_dismisses_it()
    {
        // Each clerk signs in once per authenticator step: one sets up, another works the screen.
        var token = await platform.TokenOfAsync(await platform.NewClerkAsync("410800", "公示准备经办"));
        var clerk = await platform.NewClerkAsync("410800", "公示异议经办");
        var registry = platform.Registry.Client<Applicants.ApplicantsClient>();
        var hiring = platform.Hiring.Client<HiringSubsidies.HiringSubsidiesClient>();
        var objected = await ApprovedRefundAsync(registry, hiring, token, 59_800_001, "焦作市公示异议甲机械有限公司");
        var other = await ApprovedRefundAsync(registry, hiring, token, 59_800_002, "焦作市公示异议乙机械有限公司");
        var batch = await platform.Hiring.Client<SubsidyPayments.SubsidyPaymentsClient>().CreatePaymentBatchAsync(new CreatePaymentBatchRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(), Region = new RegionCode { Code = "410800" }, RecordIds = { objected, other },
        }, token);

        var phone = await platform.NewPhonePageAsync();
        await phone.GotoAsync(platform.Issuer + "notices?region=410800");
        var notice = phone.Locator($"section.notice:has(#notice-{batch.BatchId})");
        await Expect(notice.Locator("ol.notice-lines > li")).ToHaveCountAsync(2);
        var line = notice.Locator("li", new LocatorLocatorOptions { HasText = "焦作市公示异议甲机械有限公司" });
        await line.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "对这一项提出异议" }).TapAsync();
        await Expect(phone.Locator("dl.progress-summary")).ToContainTextAsync("焦作市公示异议甲机械有限公司");
        await phone.GetByLabel("异议理由").FillAsync("该公司去年已大批裁员，申报的裁员人数不实。");
        await phone.GetByLabel("手机号码").FillAsync("13900001111");
        await phone.SubmitAsync(() => phone.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "获取验证码" }).TapAsync());
        await Expect(phone.GetByRole(AriaRole.Status)).ToContainTextAsync("139****1111");
        await Expect(phone.GetByLabel("异议理由")).ToHaveValueAsync("该公司去年已大批裁员，申报的裁员人数不实。");
        await phone.GetByLabel("短信验证码").FillAsync(SmsOutbox.LastCodeTo(platform.HiringSmsOutbox, "13900001111"));
        Assert.True(await phone.PhotographAsync("notice-objection-390") <= 390, "the objection form scrolls sideways on a 390 px phone");
        // Enter in the code field files the objection (提交异议 is the form's first button in the code step).
        await phone.SubmitAsync(() => phone.GetByLabel("短信验证码").PressAsync("Enter"));
        await Expect(phone.Locator("h1")).ToHaveTextAsync("异议已收到");
        await Expect(phone.Locator("p.next")).ToContainTextAsync("暂不发放");

        await phone.GotoAsync(platform.Issuer + "notices?region=410800");
        await Expect(line.Locator(".tag")).ToHaveTextAsync("已收到异议，核实中");
        await Expect(notice.Locator("li", new LocatorLocatorOptions { HasText = "焦作市公示异议乙机械有限公司" }).GetByRole(AriaRole.Link)).ToHaveTextAsync("对这一项提出异议");
        Assert.True(await phone.PhotographAsync("notices-390") <= 390, "公示 scrolls sideways on a 390 px phone");
        Assert.NotNull((await hiring.GetClaimAsync(new GetClaimRequest { ClaimId = objected }, token)).PaymentHold);
        Assert.Null((await hiring.GetClaimAsync(new GetClaimRequest { ClaimId = other }, token)).PaymentHold);

        var page = await platform.NewPageAsync(1920, 1080);
        await page.SignInAsync(platform, clerk);
        await page.GotoAsync($"{platform.WorkbenchHome}payments");
        var form = page.Locator($"form.objection:has(a:text-is('{objected}'))");
        await Expect(form).ToContainTextAsync("该公司去年已大批裁员");
        await Expect(form).ToContainTextAsync("13900001111");
        await Expect(form).ToContainTextAsync("已验证手机");
        // By keyboard, as a clerk works: the finding typed, Tab to 异议不成立, Enter.
        await form.GetByLabel("核实结果（必填）").FocusAsync();
        await page.Keyboard.TypeAsync("经核对社保系统的参保人数变化，上年度无裁员，异议不成立。");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("异议不成立，恢复发放", await page.EvaluateAsync<string>("document.activeElement.textContent.trim()"));
        await page.PhotographAsync("objection-clerk-1920");
        await page.SubmitAsync(() => page.Keyboard.PressAsync("Enter"));

        await Expect(page.Locator($"form.objection:has(a:text-is('{objected}'))")).ToHaveCountAsync(0);
        Assert.Null((await hiring.GetClaimAsync(new GetClaimRequest { ClaimId = objected }, token)).PaymentHold);
    }

    [Fact(Timeout = 300_000)]
    public async Task A_training_batch_on_notice_is_listed_beside_the_hiring_ones_and_an_objection_to_its_line_holds_that_application()
    {
        var maker = await platform.TokenOfAsync(await platform.NewClerkAsync("410800", "培训公示审核"));
        var checker = await platform.TokenOfAsync(await platform.NewClerkAsync("410800", "培训公示复核", mayReview: true));
        var objected = await SkillUpgradeCases.ReviewedAsync(platform, maker, checker, "公示异议丁", 1993);
        var batch = await platform.Training.Client<SubsidyPayments.SubsidyPaymentsClient>().CreatePaymentBatchAsync(new CreatePaymentBatchRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(), Region = new RegionCode { Code = "410800" }, RecordIds = { objected.ApplicationId },
        }, maker);

        // The same 公示 page, reached the same way for every subsidy service: the training batch with its line.
        var phone = await platform.NewPhonePageAsync();
        await phone.GotoAsync(platform.Issuer + "notices?region=410800");
        var notice = phone.Locator($"section.notice:has(#notice-{batch.BatchId})");
        await Expect(notice.Locator("h2")).ToContainTextAsync("培训补贴发放公示");
        var line = notice.Locator("ol.notice-lines > li");
        await Expect(line).ToHaveCountAsync(1);
        await Expect(line).ToContainTextAsync("技能提升补贴");
        await line.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "对这一项提出异议" }).TapAsync();
        await Expect(phone.Locator("dl.progress-summary")).ToContainTextAsync("技能提升补贴");
        await phone.GetByLabel("异议理由").FillAsync("此人的职业技能等级证书是借用他人的，并非本人考取。");
        await phone.GetByLabel("手机号码").FillAsync("13900002222");
        await phone.SubmitAsync(() => phone.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "获取验证码" }).TapAsync());
        await phone.GetByLabel("短信验证码").FillAsync(SmsOutbox.LastCodeTo(platform.TrainingSmsOutbox, "13900002222"));
        await phone.SubmitAsync(() => phone.GetByLabel("短信验证码").PressAsync("Enter"));
        await Expect(phone.Locator("h1")).ToHaveTextAsync("异议已收到");
        await phone.GotoAsync(platform.Issuer + "notices?region=410800");
        await Expect(line.Locator(".tag")).ToHaveTextAsync("已收到异议，核实中");
        Assert.True(await phone.PhotographAsync("notices-training-390") <= 390, "公示 scrolls sideways on a 390 px phone");
        Assert.NotNull((await platform.Training.Client<SubsidyPayments.SubsidyPaymentsClient>().GetCaseAsync(new GetCaseRequest { RecordId = objected.ApplicationId }, maker)).PaymentHold);

        // The office finds it on its one 发放 screen, as it finds a hiring claim's.
        var page = await platform.NewPageAsync(1280, 800);
        await page.SignInAsync(platform, await platform.NewClerkAsync("410800", "培训公示异议经办"));
        await page.GotoAsync($"{platform.WorkbenchHome}payments");
        await Expect(page.Locator($"form.objection:has(a:text-is('{objected.ApplicationId}'))")).ToContainTextAsync("证书是借用他人的");
        await page.PhotographAsync("objection-training-clerk-1280");
    }
}
