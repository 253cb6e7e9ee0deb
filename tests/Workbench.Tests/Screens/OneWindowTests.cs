using Employment.Applicants.Data;
using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.IdentityNumbers;
using Employment.TestInfrastructure;
using Employment.Training.V1;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit;

namespace Workbench.Tests.Screens;

/// <summary>
/// 一窗受理: a clerk signs in at the provider by keyboard, types an identity number, and reads the person's record, the
/// facts with their sources and every application of theirs; a clerk of another city finds nobody; the clerk's own token
/// carries every call, so the registry keeps the read under the clerk's 工号.
/// </summary>
[Collection(nameof(WorkbenchCollection))]
public sealed class OneWindowTests(WorkbenchPlatform platform)
{
    private static int _sequence = 100;

    [Fact(Timeout = 240_000)]
    public async Task A_Jiaozuo_clerk_signs_in_by_keyboard_types_an_identity_number_and_reads_the_persons_facts_and_applications()
    {
        var setup = await platform.TokenOfAsync(await platform.NewClerkAsync("410800", "准备数据"));
        var (idNumber, personId) = await RegisteredWorkerAsync(setup, "窗口甲");
        var application = await SkillUpgradeAsync(setup, idNumber);
        var clerk = await platform.NewClerkAsync("410800", "王晓红");
        var page = await platform.NewPageAsync(1280, 800);

        await page.SignInAsync(platform, clerk);
        await Expect(page.GetByText($"王晓红（工号 {clerk.StaffNumber}）")).ToBeVisibleAsync();
        await page.PhotographAsync("window-search-1280");
        await page.FindAsync(idNumber);

        Assert.EndsWith($"/workbench/people/{personId}", page.Url);
        await Expect(page.Locator("h1")).ToContainTextAsync("窗口甲");
        var facts = page.Locator("table[aria-labelledby=facts]");
        await Expect(facts).ToContainTextAsync("失业保险参保缴费");
        await Expect(facts).ToContainTextAsync("焦作市社会保险中心");
        var training = page.Locator("table[aria-labelledby=training]");
        await Expect(training).ToContainTextAsync(application.ApplicationId);
        await Expect(training).ToContainTextAsync("技能提升补贴");
        await Expect(training).ToContainTextAsync("已受理，待审核");
        await Expect(page.Locator("#loans ~ p").First).ToHaveTextAsync("没有创业担保贷款申请。");
        Assert.True(await page.PhotographAsync("window-person-1280") <= 1280, "the person's window scrolls sideways at 1280 px");

        // The registry kept the read as this clerk's, with the window's purpose: the person can be shown who read their record.
        await using var scope = platform.Registry.Services.CreateAsyncScope();
        var reads = scope.ServiceProvider.GetRequiredService<ApplicantsDbContext>().ProfileAccess;
        Assert.True(await reads.AnyAsync(r => r.SubjectId == personId && r.CallerService == "counter:" + clerk.StaffNumber && r.Purpose == "counter.window"));
    }

    [Fact(Timeout = 240_000)]
    public async Task A_Jiyuan_clerk_finds_no_Jiaozuo_person_by_number_or_by_address()
    {
        var setup = await platform.TokenOfAsync(await platform.NewClerkAsync("410800", "准备数据"));
        var (idNumber, personId) = await RegisteredWorkerAsync(setup, "窗口乙");
        var page = await platform.NewPageAsync(1280, 800);

        await page.SignInAsync(platform, await platform.NewClerkAsync("419001", "赵敏"));
        await page.FindAsync(idNumber);
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("本窗口辖区内没有这个号码的登记");

        await page.GotoAsync(platform.Issuer + $"workbench/people/{personId}");
        await Expect(page.Locator("main")).Not.ToContainTextAsync("窗口乙");
        await Expect(page.Locator(".problem")).ToBeVisibleAsync();
    }

    [Fact(Timeout = 240_000)]
    public async Task A_mistyped_identity_number_is_named_with_its_check_character_and_asks_nothing_of_the_registry()
    {
        var page = await platform.NewPageAsync(1280, 800);
        await page.SignInAsync(platform, await platform.NewClerkAsync("410800", "李建国"));
        var first17 = "41080219900101123";
        var wrong = first17 + (ResidentIdNumber.ComputeCheckCharacter(first17) == '0' ? '1' : '0');

        await page.FindAsync(wrong);

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("身份证号码有误");
        await Expect(page.GetByLabel("身份证号码或统一社会信用代码")).ToHaveValueAsync(wrong);
    }

    [Fact(Timeout = 240_000)]
    public async Task Signing_out_ends_the_providers_session_too_so_the_next_person_at_the_computer_must_sign_in()
    {
        var page = await platform.NewPageAsync(1280, 800);
        await page.SignInAsync(platform, await platform.NewClerkAsync("410800", "孙丽"));

        await page.GetByRole(AriaRole.Button, new() { Name = "退出登录" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("已退出登录");
        await page.GotoAsync(platform.WorkbenchHome);

        await Expect(page.GetByLabel("工号")).ToBeVisibleAsync();
    }

    [Fact(Timeout = 240_000)]
    public async Task A_clerk_whose_account_was_disabled_is_signed_out_when_the_token_falls_due_and_renewal_is_refused()
    {
        var clerk = await platform.NewClerkAsync("410800", "周红");
        var page = await platform.NewPageAsync(1280, 800);
        await page.SignInAsync(platform, clerk);
        await platform.DisableAsync(clerk);
        try
        {
            // The workbench's clock past the token's life: the next screen asks the provider for a new one.
            platform.WorkbenchClock.Ahead = TimeSpan.FromMinutes(10);
            await page.GotoAsync(platform.WorkbenchHome);
            await Expect(page.GetByLabel("工号")).ToBeVisibleAsync();
        }
        finally
        {
            platform.WorkbenchClock.Ahead = TimeSpan.Zero;
        }
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    private async Task<(string IdNumber, string PersonId)> RegisteredWorkerAsync(Metadata clerk, string name)
    {
        var id = InsuredWorker.IdNumber(Interlocked.Increment(ref _sequence));
        return (id, await InsuredWorker.RegisterAsync(platform.Registry.Client<Applicants.ApplicantsClient>(), clerk, id, name));
    }

    private async Task<TrainingApplication> SkillUpgradeAsync(Metadata clerk, string idNumber) =>
        await platform.Training.Client<TrainingSubsidies.TrainingSubsidiesClient>().SubmitApplicationAsync(InsuredWorker.SkillUpgrade(idNumber), clerk);
}
