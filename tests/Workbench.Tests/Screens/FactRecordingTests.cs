using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.TestInfrastructure;
using Microsoft.Playwright;
using Xunit;
using Xunit.Abstractions;

namespace Workbench.Tests.Screens;

/// <summary>
/// 补录 and 更正 of registry facts from 一窗受理, on the registry's own form for each kind (DescribeFactForms): a clerk
/// records a person's 失业登记 with its source, the registry refusing it without one in its own words; corrects the
/// person's insurance months on a form filled in with what the fact says, a reason required; withdraws a fact recorded in
/// error; and records an employer's 企业规模划型. Each write is the clerk's; a correction keeps the old fact in the
/// person's audit trail with its reason. The screen is axe-core clean at 1280 px.
/// </summary>
[Collection(nameof(WorkbenchCollection))]
public sealed class FactRecordingTests(WorkbenchPlatform platform, ITestOutputHelper output)
{
    [Fact(Timeout = 240_000)]
    public async Task A_clerk_adds_corrects_and_withdraws_a_persons_facts_with_their_sources()
    {
        var setup = await platform.TokenOfAsync(await platform.NewClerkAsync("410800", "准备数据"));
        var registry = platform.Registry.Client<Applicants.ApplicantsClient>();
        var personId = await InsuredWorker.RegisterAsync(registry, setup, InsuredWorker.IdNumber(61, 1985), "补录甲");
        var clerk = await platform.NewClerkAsync("410800", "赵敏");
        var page = await platform.NewPageAsync(1280, 800, bypassCsp: true);
        await page.SignInAsync(platform, clerk);
        await page.GotoAsync($"{platform.WorkbenchHome}people/{personId}");

        await page.GetByText("补录情况").ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "失业登记", Exact = true }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("补录：失业登记");
        await page.GetByLabel("失业登记日期").FillAsync("2024-03-01");
        await page.SubmitAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "保存这项情况" }).ClickAsync());
        await Expect(page.Locator("section:has(#fact-problem)")).ToContainTextAsync("来源机构");
        await page.GetByLabel("来源机构").FillAsync("武陟县公共就业服务中心");
        await page.GetByLabel("证明编号").FillAsync("WZ-SY-2024-0301");
        await page.PhotographAsync("fact-add-1280");
        await page.AssertAccessibleAsync("补录 at 1280 px", output);
        await page.SubmitAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "保存这项情况" }).ClickAsync());
        var facts = page.Locator("table[aria-labelledby=facts]");
        await Expect(facts).ToContainTextAsync("武陟县公共就业服务中心");

        await page.GetByRole(AriaRole.Link, new() { Name = "更正失业保险参保缴费" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("更正：失业保险参保缴费");
        await Expect(page.GetByLabel("累计缴费月数")).ToHaveValueAsync("24");
        await Expect(page.GetByLabel("险种")).ToHaveValueAsync("INSURANCE_SCHEME_UNEMPLOYMENT");
        await Expect(page.GetByLabel("来源机构")).ToHaveValueAsync("焦作市社会保险中心");
        await page.GetByLabel("累计缴费月数").FillAsync("23");
        await page.SubmitAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "保存更正" }).ClickAsync());
        await Expect(page.Locator("section:has(#fact-problem)")).ToContainTextAsync("更正原因");
        await page.GetByLabel("更正原因（必填，记入变更记录）").FillAsync("社保中心复核：2024 年 5 月未足额缴纳");
        await page.PhotographAsync("fact-correct-1280");
        await page.SubmitAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "保存更正" }).ClickAsync());
        await Expect(page.Locator("h1")).ToContainTextAsync("补录甲");

        await page.GetByRole(AriaRole.Link, new() { Name = "更正劳动合同" }).ClickAsync();
        await page.GetByLabel("更正原因（必填，记入变更记录）").FillAsync("误录：合同属另一人");
        await page.SubmitAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "撤销这项情况（误录）" }).ClickAsync());
        await Expect(facts).ToBeVisibleAsync();

        var profile = await registry.GetProfileAsync(new GetProfileRequest { Person = new PersonKey { PersonId = personId }, Purpose = "test.check" }, setup);
        var current = profile.Facts.Where(f => !f.Superseded).ToList();
        var registration = current.Single(f => f.Kind == PersonFactKind.UnemploymentRegistration);
        Assert.Equal(("武陟县公共就业服务中心", "WZ-SY-2024-0301", 2024, clerk.StaffNumber), (registration.Authority, registration.EvidenceReference, registration.Period.From.Year, registration.Record.CreatedBy));
        var insurance = current.Single(f => f.Kind == PersonFactKind.UnemploymentInsurance);
        Assert.Equal((23, InsuranceScheme.Unemployment, 2022, 2024), (insurance.Insurance.Months, insurance.Insurance.Scheme, insurance.Period.From.Year, insurance.Period.Until.Year));
        Assert.DoesNotContain(current, f => f.Kind == PersonFactKind.EmploymentContract);
        var audit = await registry.GetPersonAuditAsync(new GetPersonAuditRequest { PersonId = personId }, setup);
        Assert.Contains(audit.Entries, e => e.ReasonZh == "社保中心复核：2024 年 5 月未足额缴纳" && e.Actor == clerk.StaffNumber);
    }

    [Fact(Timeout = 240_000)]
    public async Task A_clerk_records_an_employers_size_classification_with_its_source()
    {
        var setup = await platform.TokenOfAsync(await platform.NewClerkAsync("410800", "准备数据"));
        var registry = platform.Registry.Client<Applicants.ApplicantsClient>();
        var firm = await registry.RegisterEmployerAsync(new RegisterEmployerRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Employer = new Employer { CreditCode = TestCreditCodes.Of("91410823", 59_400_001), Name = "武陟县补录测试机械有限公司", Region = new RegionCode { Code = InsuredWorker.County }, Kind = EntityKind.Enterprise },
        }, setup);
        var clerk = await platform.NewClerkAsync("410800", "钱程");
        var page = await platform.NewPageAsync(1280, 800);
        await page.SignInAsync(platform, clerk);
        await page.GotoAsync($"{platform.WorkbenchHome}employers/{firm.EmployerId}");

        await page.GetByText("补录情况").ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "企业规模划型" }).ClickAsync();
        await page.GetByLabel("企业规模", new() { Exact = true }).SelectOptionAsync("ENTERPRISE_SIZE_SMALL");
        await page.GetByLabel("起始日期").FillAsync("2024-01-01");
        await page.GetByLabel("信息来源").FillAsync("武陟县市场监督管理局划型");
        await page.SubmitAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "保存这项情况" }).ClickAsync());
        await Expect(page.Locator("table[aria-labelledby=facts]")).ToContainTextAsync("武陟县市场监督管理局划型");

        var profile = await registry.GetEmployerProfileAsync(new GetEmployerProfileRequest { Employer = new EmployerKey { EmployerId = firm.EmployerId }, Purpose = "test.check" }, setup);
        var size = profile.Facts.Single(f => f.DetailCase == EmployerFact.DetailOneofCase.Size);
        Assert.Equal((EnterpriseSize.Small, clerk.StaffNumber), (size.Size.Size, size.Record.CreatedBy));
    }

    [Fact(Timeout = 240_000)]
    public async Task An_agency_record_that_replaced_the_persons_statement_shows_as_a_conflict_the_clerk_settles_at_the_window()
    {
        var setup = await platform.TokenOfAsync(await platform.NewClerkAsync("410800", "准备数据"));
        var registry = platform.Registry.Client<Applicants.ApplicantsClient>();
        var idNumber = InsuredWorker.IdNumber(62, 1986);
        var personId = await InsuredWorker.RegisterAsync(registry, setup, idNumber, "来源甲");
        var employer = TestCreditCodes.Of("91410823", 59_400_002);
        await registry.AddPersonFactAsync(new AddPersonFactRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            PersonId = personId,
            Fact = new PersonFact
            {
                Kind = PersonFactKind.SocialInsurance,
                Authority = "本人陈述",
                Period = new DatePeriod { From = new CalendarDate { Year = 2025, Month = 1, Day = 1 }, Until = new CalendarDate { Year = 2025, Month = 12, Day = 31 } },
                Insurance = new InsuranceContribution { Scheme = InsuranceScheme.Pension, EmployerCreditCode = employer, Months = 12, MonthlyAmount = new Money { Fen = 150_000 } },
            },
        }, setup);
        var receipt = await AgencyBatches.SendAsync(registry, AgencyBatches.Header(AgencySource.SocialInsurance, "SI-WB-01"), AgencyBatches.Utf8(
        [
            "证件号码,姓名,单位统一社会信用代码,险种,参保身份,开始年月,终止年月,实缴月数,月缴费额,单位月缴费额,按时足额,参保地",
            $"{idNumber},来源甲,{employer},110,单位职工,202501,202512,12,1200.00,800.00,是,",
        ]), await platform.ServiceTokenAsync("agency-exchange"));
        Assert.Equal(1L, receipt.Conflicts);
        var clerk = await platform.NewClerkAsync("410800", "孙立");
        var page = await platform.NewPageAsync(1280, 800, bypassCsp: true);
        await page.SignInAsync(platform, clerk);
        await page.GotoAsync($"{platform.WorkbenchHome}people/{personId}");

        var conflicts = page.Locator("table[aria-labelledby=conflicts]");
        await Expect(page.Locator("#conflicts")).ToHaveTextAsync("来源不一致（1）");
        await Expect(conflicts).ToContainTextAsync("社会保险经办机构 SI-WB-01 第 2 行");
        await Expect(conflicts).ToContainTextAsync("1,200 元");
        await Expect(conflicts).ToContainTextAsync("1,500 元");
        await Expect(conflicts).ToContainTextAsync("个人陈述");
        await page.PhotographAsync("window-conflict-1280");
        await page.AssertAccessibleAsync("来源不一致 at 1280 px", output);
        await page.SetViewportSizeAsync(1920, 1080);
        await page.PhotographAsync("window-conflict-1920");
        // By keyboard, as a clerk works: the note, then Tab to 已核对 and Enter.
        await page.GetByLabel("核对情况").FocusAsync();
        await page.Keyboard.TypeAsync("核对社保缴费凭证，以社保数据为准");
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "已核对" })).ToBeFocusedAsync();
        await page.SubmitAsync(() => page.Keyboard.PressAsync("Enter"));

        await Expect(page.Locator("h1")).ToContainTextAsync("来源甲");
        await Expect(page.Locator("#conflicts")).ToHaveCountAsync(0);
        var audit = await registry.GetPersonAuditAsync(new GetPersonAuditRequest { PersonId = personId }, setup);
        Assert.Contains(audit.Entries, e => e.Action == AuditAction.ConflictSettled && e.Actor == clerk.StaffNumber && e.ReasonZh == "核对社保缴费凭证，以社保数据为准");
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
