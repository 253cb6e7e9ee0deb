using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.TestInfrastructure;
using Microsoft.Playwright;
using Xunit;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Workbench.Tests.Hall;

/// <summary>
/// 网上受理 of the hiring measures (焦政办〔2023〕36号（十七）), tried on a phone: an employer's agent claims its employer's
/// 一次性吸纳就业补贴 with the labour contract's scan the catalog's list asks for (a sample list, R3), and the office's clerk
/// finds it in the queue as 网上受理 with the file to open; a person claims their own 灵活就业人员社会保险补贴. Each form is the
/// service's own, without the applicant (the one signed in) or the counter's receipt questions; a claim the person asks in
/// writing to withdraw is withdrawn at the counter with the reason, which the person then reads.
/// </summary>
[Collection(nameof(WorkbenchCollection))]
public sealed class ApplyHiringOnlineTests(WorkbenchPlatform platform, ITestOutputHelper output)
{
    private static readonly byte[] ScannedPdf = [.. "%PDF-1.7\n%labour contract\n"u8.ToArray(), .. Enumerable.Repeat((byte)0x20, 2048)];

    [Fact(Timeout = 300_000)]
    public async Task An_employers_agent_claims_absorption_online_on_a_phone_with_the_contract_and_the_clerk_opens_it_as_an_online_claim()
    {
        var setup = await platform.TokenOfAsync(await platform.NewClerkAsync("410800", "网上申领准备"));
        var registry = platform.Registry.Client<Applicants.ApplicantsClient>();
        var code = TestCreditCodes.Of("91410802", 58_800_001);
        var firm = await registry.RegisterEmployerAsync(new RegisterEmployerRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Employer = new Employer { CreditCode = code, Name = "焦作市网上申领示例商贸有限公司", Region = new RegionCode { Code = "410802" }, Kind = EntityKind.Enterprise },
        }, setup);
        var youth = await HiredYouth.RegisterAsync(registry, setup, code, 970, "网申青年", withContract: false);
        var agentNumber = InsuredWorker.IdNumber(909, 1987);
        var agentId = await InsuredWorker.RegisterAsync(registry, setup, agentNumber, "吴经办");
        await registry.GrantEmployerAgentAsync(new GrantEmployerAgentRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            EmployerId = firm.EmployerId,
            Agent = new PersonKey { PersonId = agentId },
            ValidFrom = new CalendarDate { Year = 2023, Month = 1, Day = 1 },
            LetterReference = "授权委托书 2023-088",
        }, setup);

        var page = await platform.NewPhonePageAsync(bypassCsp: true);
        await page.CitizenSignInAsync(platform, agentNumber, "吴经办");
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "为单位办理" }).TapAsync();
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "焦作市网上申领示例商贸有限公司" }).TapAsync();
        await page.WaitForURLAsync(platform.Hall);
        var apply = page.Locator("ul.apply-online");
        await Expect(apply).ToContainTextAsync("一次性吸纳就业补贴");
        await Expect(apply).Not.ToContainTextAsync("灵活就业人员社会保险补贴"); // a person's own kind, not the employer's
        await apply.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "一次性吸纳就业补贴" }).TapAsync();

        await Expect(page.Locator("p.lead")).ToContainTextAsync("焦作市网上申领示例商贸有限公司");
        await Expect(page.Locator("[name='received_on']")).ToHaveCountAsync(0);
        await Expect(page.Locator("[name='receipt_number']")).ToHaveCountAsync(0);
        await Expect(page.Locator("[name^='employer']")).ToHaveCountAsync(0);
        await page.Locator("[name='hires[0].person_id_number']").FillAsync(youth.IdNumber);
        await page.Locator("[name='hires[0].contract_start']").FillAsync("2023-05-01");
        await page.Locator("[name='hires[0].open_ended']").SelectOptionAsync("true");
        await page.GetByLabel("收款账户").FillAsync("6217000000005550001");
        await page.SubmitAsync(() => page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "提交申请" }).TapAsync());

        // The contract is required by the list: the page says so before anything is sent.
        await Expect(page.Locator("#f-material-labour_contract ~ .field-problem")).ToContainTextAsync("请上传劳动合同");
        await page.GetByLabel("劳动合同（必须上传）").SetInputFilesAsync(new FilePayload { Name = "劳动合同.pdf", MimeType = "application/pdf", Buffer = ScannedPdf });
        Assert.True(await page.PhotographAsync("hall-claim-form-390") <= 390, "the claim form scrolls sideways on a 390 px phone");
        await page.AssertAccessibleAsync("网上申请（单位）", output);
        await page.SubmitAsync(() => page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "提交申请" }).TapAsync());

        await Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "申请已提交", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator("section.result")).ToContainTextAsync("劳动合同.pdf");
        await Expect(page.Locator("p.next")).ToContainTextAsync("解放区人社窗口审核本单位的申请");
        var reference = (await page.Locator("dd.reference").InnerTextAsync()).Trim();
        Assert.True(await page.PhotographAsync("hall-claimed-390") <= 390, "the receipt scrolls sideways on a 390 px phone");
        await page.AssertAccessibleAsync("申请已提交", output);
        await page.GotoAsync(platform.Hall);
        await Expect(page.Locator($"article:has(#record-{reference}) .state")).ToContainTextAsync("已受理");

        var clerk = await platform.NewPageAsync();
        await clerk.SignInAsync(platform, await platform.NewClerkAsync("410800", "网上申领审核"));
        await clerk.GotoAsync($"{platform.WorkbenchHome}queue");
        var row = clerk.Locator($"tr:has-text('{reference}')");
        await Expect(row.Locator(".tag")).ToHaveTextAsync("网上受理");
        await clerk.SubmitAsync(() => row.GetByRole(AriaRole.Link).ClickAsync());
        await Expect(clerk.Locator("table.materials")).ToContainTextAsync("劳动合同.pdf");
        var file = await clerk.RunAndWaitForDownloadAsync(() => clerk.Locator("table.materials a").ClickAsync());
        Assert.Equal("劳动合同.pdf", file.SuggestedFilename);
        await clerk.PhotographAsync("online-claim-clerk-1280");
    }

    [Fact(Timeout = 300_000)]
    public async Task A_founder_claims_the_start_up_subsidy_online_for_their_business_with_its_licence()
    {
        var setup = await platform.TokenOfAsync(await platform.NewClerkAsync("410800", "创业补贴准备"));
        var registry = platform.Registry.Client<Applicants.ApplicantsClient>();
        var shop = TestCreditCodes.Of("92410802", 59_950_001);
        var business = await registry.RegisterEmployerAsync(new RegisterEmployerRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Employer = new Employer
            {
                CreditCode = shop, Name = "焦作市网上创业示例经营部", Region = new RegionCode { Code = "410802" }, Kind = EntityKind.IndividualBusiness,
                RegistrationDate = new CalendarDate { Year = 2022, Month = 9, Day = 1 },
            },
        }, setup);
        var founderNumber = InsuredWorker.IdNumber(912, 1990);
        var founderId = await InsuredWorker.RegisterAsync(registry, setup, founderNumber, "冯创业");
        foreach (var fact in new[]
        {
            new PersonFact { Kind = PersonFactKind.Veteran, Period = new DatePeriod { From = new CalendarDate { Year = 2015, Month = 9, Day = 1 } }, Authority = "焦作市退役军人事务局" },
            new PersonFact
            {
                Kind = PersonFactKind.BusinessOwner, Period = new DatePeriod { From = new CalendarDate { Year = 2022, Month = 9, Day = 1 } }, Authority = "市场监管部门",
                Business = new BusinessStart { BusinessCreditCode = shop, FirstBusiness = true },
            },
        })
        {
            await registry.AddPersonFactAsync(new AddPersonFactRequest { IdempotencyKey = Guid.NewGuid().ToString(), PersonId = founderId, Fact = fact }, setup);
        }

        await registry.GrantEmployerAgentAsync(new GrantEmployerAgentRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            EmployerId = business.EmployerId,
            Agent = new PersonKey { PersonId = founderId },
            ValidFrom = new CalendarDate { Year = 2022, Month = 9, Day = 1 },
            LetterReference = "经营者本人",
        }, setup);

        // A year after the business registered (R23), when the subsidy is owed.
        platform.ServicesClock.Ahead = new DateTimeOffset(2023, 10, 9, 2, 0, 0, TimeSpan.Zero) - DateTimeOffset.UtcNow;
        try
        {
            var page = await platform.NewPhonePageAsync();
            await page.CitizenSignInAsync(platform, founderNumber, "冯创业");
            await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "为单位办理" }).TapAsync();
            await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "焦作市网上创业示例经营部" }).TapAsync();
            await page.WaitForURLAsync(platform.Hall);
            await page.Locator("ul.apply-online").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "一次性创业补贴" }).TapAsync();

            await page.GetByLabel("创业者身份证号码").FillAsync(founderNumber);
            // The registry records the founder's first business; market regulation has not yet recorded its operation.
            await page.GetByLabel("自登记起正常经营（选填）").SelectOptionAsync("true");
            await page.GetByLabel("证明材料（选填）").FillAsync("市场监管登记 4108022022000123");
            await page.GetByLabel("收款账户").FillAsync("6217000000005550003");
            await page.GetByLabel("营业执照（必须上传）").SetInputFilesAsync(new FilePayload { Name = "营业执照.pdf", MimeType = "application/pdf", Buffer = ScannedPdf });
            await page.SubmitAsync(() => page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "提交申请" }).TapAsync());

            await Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "申请已提交", Level = 1 })).ToBeVisibleAsync();
            await Expect(page.Locator("section.result")).ToContainTextAsync("营业执照.pdf");
            await Expect(page.Locator("section.result")).ToContainTextAsync("5,000 元");
            var reference = (await page.Locator("dd.reference").InnerTextAsync()).Trim();
            Assert.True(await page.PhotographAsync("hall-startup-claimed-390") <= 390, "the receipt scrolls sideways on a 390 px phone");
            await page.GotoAsync(platform.Hall);
            await Expect(page.Locator($"article:has(#record-{reference}) .state")).ToContainTextAsync("已受理");
        }
        finally
        {
            platform.ServicesClock.Ahead = TimeSpan.Zero;
        }
    }

    [Fact(Timeout = 300_000)]
    public async Task A_person_claims_their_own_flexible_workers_social_insurance_subsidy_online_on_a_phone()
    {
        var setup = await platform.TokenOfAsync(await platform.NewClerkAsync("410800", "灵活就业准备"));
        var registry = platform.Registry.Client<Applicants.ApplicantsClient>();
        var id = InsuredWorker.IdNumber(910, 1975);
        var person = await registry.RegisterPersonAsync(new RegisterPersonRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Person = new Person { IdNumber = id, Name = "郑灵活", Phone = "13800000000", ResidenceRegion = new RegionCode { Code = "410802" } },
        }, setup);
        await registry.AddPersonFactAsync(new AddPersonFactRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            PersonId = person.PersonId,
            Fact = new PersonFact { Kind = PersonFactKind.EmploymentDifficulty, Period = new DatePeriod { From = new CalendarDate { Year = 2022, Month = 1, Day = 1 } }, Authority = "焦作市公共就业服务中心" },
        }, setup);

        var page = await platform.NewPhonePageAsync();
        await page.CitizenSignInAsync(platform, id, "郑灵活");
        var apply = page.Locator("ul.apply-online");
        await Expect(apply).Not.ToContainTextAsync("一次性吸纳就业补贴"); // the employer's, not a person's
        await apply.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "灵活就业人员社会保险补贴" }).TapAsync();

        await Expect(page.Locator("[name^='flexible_worker.person_id']")).ToHaveCountAsync(0);
        await page.Locator("[name='flexible_worker.insured_region']").SelectOptionAsync("410802");
        await page.Locator("[name='flexible_worker.contributions[0].year']").FillAsync("2024");
        await page.Locator("[name='flexible_worker.contributions[0].month']").FillAsync("1");
        await page.Locator("[name='flexible_worker.contributions[0].scheme']").SelectOptionAsync("INSURANCE_SCHEME_PENSION");
        await page.Locator("[name='flexible_worker.contributions[0].paid']").FillAsync("500");
        await page.GetByLabel("收款账户").FillAsync("6217000000005550002");
        // A second month: the form comes back with another entry and what was typed.
        await page.SubmitAsync(() => page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "再添加一项个人缴纳的社会保险费" }).TapAsync());
        await Expect(page.Locator("[name='flexible_worker.contributions[0].paid']")).ToHaveValueAsync("500");
        await Expect(page.GetByLabel("收款账户")).ToHaveValueAsync("6217000000005550002");
        await page.Locator("[name='flexible_worker.contributions[1].year']").FillAsync("2024");
        await page.Locator("[name='flexible_worker.contributions[1].month']").FillAsync("2");
        await page.Locator("[name='flexible_worker.contributions[1].scheme']").SelectOptionAsync("INSURANCE_SCHEME_PENSION");
        await page.Locator("[name='flexible_worker.contributions[1].paid']").FillAsync("500");
        Assert.True(await page.PhotographAsync("hall-flexible-form-390") <= 390, "the flexible workers' form scrolls sideways on a 390 px phone");
        await page.SubmitAsync(() => page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "提交申请" }).TapAsync());

        await Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "申请已提交", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator("section.result")).ToContainTextAsync("600 元");
        var reference = (await page.Locator("dd.reference").InnerTextAsync()).Trim();
        await page.GotoAsync(platform.Hall);
        await Expect(page.Locator($"article:has(#record-{reference}) .state")).ToContainTextAsync("已受理");

        // The person asks at the counter in writing to withdraw it: the clerk writes why and confirms having checked the request.
        var clerk = await platform.NewPageAsync(bypassCsp: true);
        await clerk.SignInAsync(platform, await platform.NewClerkAsync("410800", "代为撤回经办"));
        await clerk.GotoAsync($"{platform.WorkbenchHome}hiring/{reference}");
        await Expect(clerk.Locator("dl.facts-list")).ToContainTextAsync("网上受理");
        // A person's own claim names the person as its applicant, not an employer it has none of.
        await Expect(clerk.Locator("dl.facts-list dt").First).ToHaveTextAsync("申请人");
        await Expect(clerk.Locator("dl.facts-list")).Not.ToContainTextAsync("申请单位");
        await clerk.Locator("details.withdraw summary").ClickAsync();
        await clerk.GetByLabel("撤回原因（申请人会读到）").FillAsync("申请人 2026 年 11 月书面申请撤回");
        await clerk.Locator("details.withdraw input[type=checkbox]").CheckAsync();
        await clerk.PhotographAsync("counter-withdraw-1280");
        await clerk.AssertAccessibleAsync("代为撤回", output);
        await clerk.SubmitAsync(() => clerk.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = $"确认撤回 {reference}" }).ClickAsync());
        await Expect(clerk.Locator("dl.facts-list")).ToContainTextAsync("已撤回");
        await Expect(clerk.Locator("details.withdraw")).ToHaveCountAsync(0);

        await page.GotoAsync(platform.Hall);
        var record = page.Locator($"article:has(#record-{reference})");
        await Expect(record.Locator(".state")).ToContainTextAsync("已撤回");
        await Expect(record.Locator("ol.history")).ToContainTextAsync("窗口代为撤回：申请人 2026 年 11 月书面申请撤回");
    }
}
