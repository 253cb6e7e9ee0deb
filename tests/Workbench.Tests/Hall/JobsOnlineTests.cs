using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.IdentityNumbers;
using Employment.Jobs.V1;
using Employment.TestInfrastructure;
using Microsoft.Playwright;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Workbench.Tests.Hall;

/// <summary>
/// Placement to subsidy with nobody typing it twice: a registered unemployed youth writes a resume on a phone, sees
/// postings recommended on it when they ask, saves a search and applies to a firm's posting; the clerks of their office
/// read the resume whole at the window; the firm's agent, at a 1280×800 desk, sees the application masked (the youth
/// chose 不公开), invites, and records the hire; the youth follows each step; the 社保 record of the month arrives (a
/// clerk enters it today); and the firm's 我的办事 offers the 一次性吸纳就业补贴 (焦政办〔2023〕36号（四）) for that hire,
/// citing the labour contract as the registry holds it: the employer's declaration, with the application as evidence.
/// The services' business day is 2023-05-01, when the measure was in force (R1).
/// </summary>
[Collection(nameof(WorkbenchCollection))]
public sealed class JobsOnlineTests(WorkbenchPlatform platform)
{
    private static readonly DateTimeOffset BusinessDay = new(2023, 5, 1, 2, 0, 0, TimeSpan.Zero);

    private const string Firm = "焦作市网上招聘示例物流有限公司";

    private const string Youth = "网上求职青年";

    [Fact(Timeout = 420_000)]
    public async Task A_youth_applies_online_the_firm_hires_through_its_inbox_and_is_offered_the_absorption_subsidy_citing_the_hire()
    {
        var setup = await platform.TokenOfAsync(await platform.NewClerkAsync("410800", "招聘准备经办"));
        var registry = platform.Registry.Client<Applicants.ApplicantsClient>();
        var code = TestCreditCodes.Of("91410802", 59_900_001);
        var firm = await registry.RegisterEmployerAsync(new RegisterEmployerRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Employer = new Employer { CreditCode = code, Name = Firm, Region = new RegionCode { Code = "410802" }, Kind = EntityKind.Enterprise },
        }, setup);
        var agentNumber = InsuredWorker.IdNumber(962, 1985);
        var agent = await InsuredWorker.RegisterAsync(registry, setup, agentNumber, "钱招聘");
        await registry.GrantEmployerAgentAsync(new GrantEmployerAgentRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            EmployerId = firm.EmployerId,
            Agent = new PersonKey { PersonId = agent },
            ValidFrom = new CalendarDate { Year = 2023, Month = 1, Day = 1 },
            LetterReference = "授权委托书 2023-031",
        }, setup);
        var youth = await HiredYouth.RegisterAsync(registry, setup, code, 960, Youth, withContract: false, insured: false);
        var youthNumber = "41082320000310960" + ResidentIdNumber.ComputeCheckCharacter("41082320000310960");

        platform.ServicesClock.Ahead = BusinessDay - DateTimeOffset.UtcNow;
        try
        {
            var posting = await platform.Jobs.Client<JobMatching.JobMatchingClient>().CreatePostingAsync(new CreatePostingRequest
            {
                IdempotencyKey = Guid.NewGuid().ToString(),
                Posting = Warehouse(code),
            }, setup);

            // The youth, on a phone: a resume, then 投递 from the posting's public page.
            var seeker = await platform.NewPhonePageAsync();
            await seeker.CitizenSignInAsync(platform, youthNumber, Youth);
            await seeker.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "我的简历和投递" }).TapAsync();
            await seeker.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "填写简历" }).TapAsync();
            await Expect(seeker.Locator("dl.registry-lines")).ToContainTextAsync("失业登记");
            await seeker.GetByLabel("想做的工作").FillAsync("仓库管理、叉车");
            await seeker.GetByLabel("希望工作的地点").SelectOptionAsync("410802");
            await seeker.Locator("#f-exp0-employer").FillAsync("武陟县示例超市");
            await seeker.Locator("#f-exp0-title").FillAsync("理货员");
            await seeker.Locator("#f-exp0-from").FillAsync("2021-07-01");
            await seeker.Locator("#f-exp0-until").FillAsync("2022-05-31");
            Assert.True(await seeker.PhotographAsync("hall-resume-390") <= 390, "我的简历 scrolls sideways on a 390 px phone");
            await seeker.SubmitAsync(() => seeker.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "保存简历" }).TapAsync());
            await Expect(seeker.Locator("p.result")).ToHaveTextAsync("简历已保存。");
            await Expect(seeker.Locator("dd.visibility")).ToContainTextAsync("不公开");

            // 推荐岗位: the newest of the resume's place unless the youth asks for matches ranked on the resume, with reasons.
            var matches = seeker.Locator("section[aria-labelledby=jobs-matches]");
            await Expect(matches.Locator("p.notice")).ToContainTextAsync("以下是焦作市 解放区最新发布的岗位");
            await matches.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "按我的简历推荐" }).TapAsync();
            var ranked = matches.Locator("ol.matches > li", new LocatorLocatorOptions { HasText = "仓库管理员" });
            await Expect(ranked.Locator("ul.reasons")).ToContainTextAsync("仓库管理");

            // 订阅 from a search: the form filled from it; the youth's list shows it with a way to stop.
            await seeker.GotoAsync($"{platform.Issuer}jobs?q=仓库管理&region=410802");
            await seeker.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "订阅这个搜索" }).TapAsync();
            await Expect(seeker.GetByLabel("关键词")).ToHaveValueAsync("仓库管理");
            Assert.True(await seeker.PhotographAsync("hall-save-search-390") <= 390, "订阅新岗位 scrolls sideways on a 390 px phone");
            await seeker.SubmitAsync(() => seeker.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "订阅" }).TapAsync());
            await Expect(seeker.Locator("p.result")).ToContainTextAsync("已订阅");
            var saved = seeker.Locator("ul.searches > li");
            await Expect(saved.Locator("h3")).ToHaveTextAsync("仓库管理 · 焦作市 解放区");
            await Expect(saved.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "退订“仓库管理 · 焦作市 解放区”" })).ToBeVisibleAsync();

            // 我可能享受的政策: a measure's self-check with what the registry holds already filled in, named for the youth to check.
            await seeker.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "职业培训补贴" }).TapAsync();
            await Expect(seeker.Locator("p.prefilled")).ToContainTextAsync("失业登记日期");
            await Expect(seeker.GetByLabel("失业登记日期（选填）")).ToHaveValueAsync("2022-06-01");
            await Expect(seeker.GetByLabel("参保地或常住地")).ToHaveValueAsync("410823");
            Assert.True(await seeker.PhotographAsync("hall-self-check-prefilled-390") <= 390, "the pre-filled self-check scrolls sideways on a 390 px phone");

            await seeker.GotoAsync($"{platform.Issuer}jobs/{posting.PostingId}");
            await seeker.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "网上投递简历" }).TapAsync();
            await Expect(seeker.Locator("h1")).ToHaveTextAsync("投递简历");
            await seeker.SubmitAsync(() => seeker.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "确认投递" }).TapAsync());
            var application = seeker.Locator("ul.applications > li");
            await Expect(application).ToHaveAttributeAsync("data-status", "Submitted");
            await Expect(application.Locator(".state")).ToContainTextAsync("已投递");

            // The clerks of the youth's office read the whole resume at the window, whatever employers may see.
            var window = await platform.NewPageAsync(1280, 800);
            await window.SignInAsync(platform, await platform.NewClerkAsync("410800", "窗口读简历"));
            await window.GotoAsync(platform.Issuer + $"workbench/people/{youth.PersonId}");
            var resumeAtWindow = window.Locator("dl.resume");
            await Expect(resumeAtWindow).ToContainTextAsync("仓库管理、叉车");
            await Expect(resumeAtWindow).ToContainTextAsync("武陟县示例超市");
            await Expect(resumeAtWindow).ToContainTextAsync("不公开");
            Assert.True(await window.PhotographAsync("window-resume-1280") <= 1280, "the person's window scrolls sideways at 1280 px");
            await window.SetViewportSizeAsync(1920, 1080);
            Assert.True(await window.PhotographAsync("window-resume-1920") <= 1920, "the person's window scrolls sideways at 1920 px");

            // The firm's agent at a desk: the inbox, masked; an invitation.
            var desk = await platform.NewPageAsync(1280, 800);
            await desk.CitizenSignInAsync(platform, agentNumber, "钱招聘", desk: true);
            await desk.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "为单位办理" }).ClickAsync();
            await desk.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = Firm }).ClickAsync();
            await desk.WaitForURLAsync(platform.Hall);
            await desk.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "招聘管理" }).ClickAsync();

            // 发布岗位 online: a discriminatory phrase is refused with its clause and the form kept; once lawful, it is listed.
            await desk.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "发布岗位" }).ClickAsync();
            await desk.GetByLabel("岗位名称").FillAsync("叉车司机");
            // The everyday word the search takes (司机, a 小类) is the occupation here too.
            await desk.GetByLabel("职业").FillAsync("司机");
            await desk.GetByLabel("工作地点").SelectOptionAsync("410802");
            await desk.GetByLabel("详细地址").FillAsync("解放区示例路8号物流园");
            await desk.GetByLabel("最低").FillAsync("4500");
            await desk.GetByLabel("最高").FillAsync("6000");
            await desk.GetByLabel("岗位描述").FillAsync("物流园内叉车装卸作业，限男性。");
            await desk.GetByLabel("招聘截止日期").FillAsync("2023-07-31");
            await desk.GetByLabel("联系方式").FillAsync("0391-3900000");
            await desk.SubmitAsync(() => desk.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "发布" }).ClickAsync());
            await Expect(desk.Locator("section[aria-labelledby=posting-problem]")).ToContainTextAsync("性别“限男”（依据 焦政办〔2023〕36号（九）");
            await Expect(desk.GetByLabel("岗位名称")).ToHaveValueAsync("叉车司机");
            Assert.True(await desk.PhotographAsync("recruit-new-posting-1280") <= 1280, "发布岗位 scrolls sideways at 1280 px");
            await desk.GetByLabel("岗位描述").FillAsync("物流园内叉车装卸作业，持叉车证。");
            await desk.SubmitAsync(() => desk.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "发布" }).ClickAsync());
            await Expect(desk.Locator("p.result")).ToContainTextAsync("岗位已发布");
            await Expect(desk.Locator("table.postings-table")).ToContainTextAsync("叉车司机");
            var row = desk.Locator($"tr[data-posting='{posting.PostingId}']");
            await Expect(row.Locator("td.count").First).ToHaveTextAsync("1");
            await row.GetByRole(AriaRole.Link).ClickAsync();
            var applicant = desk.Locator("table.applicants-table tbody tr");
            await Expect(applicant).ToHaveAttributeAsync("data-visible", "false");
            await Expect(applicant).Not.ToContainTextAsync(Youth);
            await applicant.GetByRole(AriaRole.Link).ClickAsync();
            await Expect(desk.Locator(".masked-note")).ToBeVisibleAsync();
            await Expect(desk.Locator("dl.applicant-resume")).Not.ToContainTextAsync("失业登记");
            await desk.GetByLabel("面试时间和地点").FillAsync("5月4日上午9点，解放区示例路8号人事部");
            await desk.SubmitAsync(() => desk.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "发送面试邀请" }).ClickAsync());
            await Expect(desk.Locator("p.state")).ToContainTextAsync("单位已邀请面试");
            Assert.True(await desk.PhotographAsync("recruit-applicant-1280") <= 1280, "the applicant's page scrolls sideways at 1280 px");

            await seeker.GotoAsync(platform.Hall + "/jobs");
            await Expect(application).ToHaveAttributeAsync("data-status", "Invited");
            await Expect(application.Locator(".employer-note")).ToContainTextAsync("5月4日上午9点");
            await Expect(seeker.Locator("ol.reads")).ToContainTextAsync(Firm);

            // The hire, recorded by the firm; the youth sees it.
            await desk.GetByLabel("劳动合同起始日期").FillAsync("2023-05-01");
            await desk.GetByLabel("无固定期限劳动合同").CheckAsync();
            await desk.SubmitAsync(() => desk.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "确认录用" }).ClickAsync());
            await Expect(desk.Locator("p.hire")).ToContainTextAsync("已记入登记系统");

            await seeker.GotoAsync(platform.Hall + "/jobs");
            await Expect(application).ToHaveAttributeAsync("data-status", "Hired");
            await Expect(application.Locator(".hire")).ToContainTextAsync("无固定期限");
            Assert.True(await seeker.PhotographAsync("hall-jobs-390") <= 390, "求职 scrolls sideways on a 390 px phone");
            var applicationId = (await application.GetAttributeAsync("id"))!["application-".Length..];

            // The month's 社保 record arrives; the firm is offered what the hire makes due.
            await HiredYouth.InsureAsync(registry, setup, youth.PersonId, code);
            await desk.GotoAsync(platform.Hall);
            var offers = desk.Locator("section.offers");
            await Expect(offers).ToContainTextAsync("一次性吸纳就业补贴");
            await offers.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "一次性吸纳就业补贴" }).ClickAsync();
            var basis = desk.Locator("section[aria-labelledby=offer-basis]");
            await Expect(basis).ToContainTextAsync($"登记系统记录：用人单位申报（{Firm}，网上招聘录用），凭证 {applicationId}");
            await desk.PhotographAsync("hall-offer-hire-1280");
        }
        finally
        {
            platform.ServicesClock.Ahead = TimeSpan.Zero;
        }
    }

    // A full-time 仓库管理员 posting of the firm in 解放区, open from the business day for three months.
    private static JobPosting Warehouse(string creditCode) => new()
    {
        Employer = new PostingEmployer { CreditCode = creditCode, Name = Firm, Kind = EntityKind.Enterprise },
        Title = "仓库管理员",
        OccupationCode = "4-02-06-01",
        Description = "负责物流园仓库收发货、盘点和台账，会用电脑。",
        EmploymentType = EmploymentType.FullTime,
        WorkPlace = new WorkPlace { County = new RegionCode { Code = "410802" }, Address = "解放区示例路8号", Location = new GeoPoint { Latitude = 35.24, Longitude = 113.23 } },
        Pay = new Pay { Min = new Money { Fen = 400_000 }, Max = new Money { Fen = 550_000 }, Period = PayPeriod.Month },
        Openings = 2,
        Requirements = new Requirements(),
        Valid = new DatePeriod { From = new CalendarDate { Year = 2023, Month = 5, Day = 1 }, Until = new CalendarDate { Year = 2023, Month = 7, Day = 31 } },
        Source = new PostingSource { Kind = SourceKind.Counter },
        Contact = "0391-3900000",
    };
}
