using Employment.Common.V1;
using Employment.TestInfrastructure;
using Employment.Training.V1;
using Microsoft.Playwright;
using Xunit;

namespace Workbench.Tests.Screens;

/// <summary>
/// 待办: what waits on the office across the services, oldest received first, each with the working days it has waited
/// against its measure's time limit (the demo configuration's 20 working days for a Jiaozuo 技能提升补贴), filtered by step
/// and by the clerk who handles it, each a link to where it is done; a Jiyuan clerk's queue shows none of Jiaozuo's. The
/// office's reviewer hands a departing clerk's waiting items to another clerk (移交), and only a reviewer is offered it.
/// </summary>
[Collection(nameof(WorkbenchCollection))]
public sealed class QueueTests(WorkbenchPlatform platform)
{
    private static int _sequence = 500;

    [Fact(Timeout = 240_000)]
    public async Task The_queue_lists_what_waits_with_its_working_days_against_the_limit_filters_by_step_and_a_Jiyuan_clerk_sees_none_of_it()
    {
        var taker = await platform.NewClerkAsync("410800", "受理员");
        var setup = await platform.TokenOfAsync(taker);
        var training = platform.Training.Client<TrainingSubsidies.TrainingSubsidiesClient>();
        var waiting = await training.SubmitApplicationAsync(InsuredWorker.SkillUpgrade(await WorkerAsync(setup, "待办甲")), setup);
        var taken = await training.SubmitApplicationAsync(InsuredWorker.SkillUpgrade(await WorkerAsync(setup, "待办乙")), setup);
        var approved = await training.DecideApplicationAsync(new DecideApplicationRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            ApplicationId = taken.ApplicationId,
            ExpectedVersion = taken.Record.Version,
            Approve = true,
        }, setup);
        Assert.Equal(ApplicationStatus.AwaitingReview, approved.Status);

        var page = await platform.NewPageAsync(1920, 1080);
        await page.SignInAsync(platform, await platform.NewClerkAsync("410800", "王晓红"));
        await page.GotoAsync($"{platform.WorkbenchHome}queue?clerk={taker.StaffNumber}");
        var rows = page.Locator("table.queue tbody tr");

        await Expect(rows).ToHaveCountAsync(2);
        await Expect(rows.Nth(0)).ToContainTextAsync(waiting.ApplicationId);
        await Expect(rows.Nth(0)).ToContainTextAsync("待审核");
        await Expect(rows.Nth(0)).ToContainTextAsync("技能提升补贴");
        await Expect(rows.Nth(0)).ToContainTextAsync("0 个工作日 / 20 个工作日");
        await Expect(rows.Nth(1)).ToContainTextAsync(approved.ApplicationId);
        await Expect(rows.Nth(1)).ToContainTextAsync("待复核");
        Assert.True(await page.PhotographAsync("queue-1920") <= 1920, "the queue scrolls sideways at 1920 px");

        // The step chosen by keyboard, then Tab past the clerk to 筛选.
        await page.Locator("#step").FocusAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        await page.SubmitAsync(() => page.Keyboard.PressAsync("Enter"));
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.Nth(0)).ToContainTextAsync(approved.ApplicationId);
        await page.SubmitAsync(() => rows.Nth(0).GetByRole(AriaRole.Link).ClickAsync());
        Assert.EndsWith($"/workbench/training/{approved.ApplicationId}", page.Url);
        await Expect(page.Locator("section.review")).ToBeVisibleAsync();

        var jiyuan = await platform.NewPageAsync(1280, 800);
        await jiyuan.SignInAsync(platform, await platform.NewClerkAsync("419001", "赵敏"));
        await jiyuan.GotoAsync($"{platform.WorkbenchHome}queue");
        await Expect(jiyuan.Locator("main")).Not.ToContainTextAsync(waiting.ApplicationId);
        await Expect(jiyuan.Locator("main")).Not.ToContainTextAsync(approved.ApplicationId);
    }

    [Fact(Timeout = 240_000)]
    public async Task The_offices_reviewer_hands_a_departing_clerks_waiting_items_to_another_and_the_queue_names_the_new_clerk()
    {
        var leaving = await platform.NewClerkAsync("410800", "离岗员");
        var staying = await platform.NewClerkAsync("410800", "接手员");
        var token = await platform.TokenOfAsync(leaving);
        var training = platform.Training.Client<TrainingSubsidies.TrainingSubsidiesClient>();
        var application = await training.SubmitApplicationAsync(InsuredWorker.SkillUpgrade(await WorkerAsync(token, "移交甲")), token);
        var registry = platform.Registry.Client<Employment.Applicants.V1.Applicants.ApplicantsClient>();
        var code = TestCreditCodes.Of("91410802", 59_600_001);
        await registry.RegisterEmployerAsync(new Employment.Applicants.V1.RegisterEmployerRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Employer = new Employer { CreditCode = code, Name = "焦作市移交测试商贸有限公司", Region = new RegionCode { Code = "410802" }, Kind = EntityKind.Enterprise },
        }, token);
        var youth = await HiredYouth.RegisterAsync(registry, token, code, 950, "移交青年", withContract: false);
        var claim = await platform.Hiring.Client<Employment.Hiring.V1.HiringSubsidies.HiringSubsidiesClient>().SubmitClaimAsync(new Employment.Hiring.V1.SubmitClaimRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Employer = new EmployerKey { CreditCode = code },
            Kind = Employment.Hiring.V1.SubsidyKind.Absorption,
            PaymentAccount = "6222000000000000601",
            Hires = { new Employment.Hiring.V1.HireItem { PersonIdNumber = youth.IdNumber, ContractStart = HiredYouth.Hired, OpenEnded = true } },
        }, token);

        var page = await platform.NewPageAsync(1280, 800);
        await page.SignInAsync(platform, await platform.NewClerkAsync("410800", "科长", mayReview: true));
        await page.GotoAsync($"{platform.WorkbenchHome}queue");
        await page.GetByLabel("移交人").SelectOptionAsync(leaving.StaffNumber);
        await page.GetByLabel("接手人工号").FillAsync(staying.StaffNumber);
        await page.GetByLabel("移交原因").FillAsync("调岗");
        await page.SubmitAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "移交" }).ClickAsync());

        await Expect(page.Locator("p.notice")).ToContainTextAsync($"已将 {leaving.StaffNumber} 经办的 2 件待办移交给 {staying.StaffNumber}");
        var rows = page.Locator("table.queue tbody tr");
        await Expect(rows).ToHaveCountAsync(2);
        await Expect(page.Locator("table.queue")).ToContainTextAsync(application.ApplicationId);
        await Expect(page.Locator("table.queue")).ToContainTextAsync(claim.ClaimId);
        await page.PhotographAsync("queue-handover-1280");
        var handled = await training.GetApplicationAsync(new GetApplicationRequest { ApplicationId = application.ApplicationId }, token);
        Assert.Equal((staying.StaffNumber, leaving.StaffNumber), (handled.HandledBy, handled.Record.CreatedBy));

        var clerkPage = await platform.NewPageAsync(1280, 800);
        await clerkPage.SignInAsync(platform, await platform.NewClerkAsync("410800", "经办员"));
        await clerkPage.GotoAsync($"{platform.WorkbenchHome}queue");
        await Expect(clerkPage.Locator("#handover")).ToHaveCountAsync(0);
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    private async Task<string> WorkerAsync(Grpc.Core.Metadata clerk, string name)
    {
        var id = InsuredWorker.IdNumber(Interlocked.Increment(ref _sequence), 1991);
        await InsuredWorker.RegisterAsync(platform.Registry.Client<Employment.Applicants.V1.Applicants.ApplicantsClient>(), clerk, id, name);
        return id;
    }
}
