using Employment.Applicants.V1;
using Employment.TestInfrastructure;
using Employment.Training.V1;
using Microsoft.Playwright;
using Xunit;

namespace Workbench.Tests.Screens;

/// <summary>
/// 受理 at the workbench: a clerk opens a person's window, takes a 技能提升补贴 on the form the training service
/// describes, previews it (every check shown, nothing stored), takes it with one more key, and prints the 受理回执 with
/// its reference and 查询码; the service records the clerk as the one who took it.
/// </summary>
[Collection(nameof(WorkbenchCollection))]
public sealed class TakeApplicationTests(WorkbenchPlatform platform)
{
    private static int _sequence = 300;

    [Fact(Timeout = 240_000)]
    public async Task A_clerk_takes_a_skill_upgrade_application_previews_it_takes_it_and_prints_the_receipt()
    {
        var setup = await platform.TokenOfAsync(await platform.NewClerkAsync("410800", "准备数据"));
        var id = InsuredWorker.IdNumber(Interlocked.Increment(ref _sequence));
        await InsuredWorker.RegisterAsync(platform.Registry.Client<Applicants.ApplicantsClient>(), setup, id, "受理甲");
        var clerk = await platform.NewClerkAsync("410800", "王晓红");
        var page = await platform.NewPageAsync(1280, 800);
        await page.SignInAsync(platform, clerk);
        await page.FindAsync(id);

        await page.GetByRole(AriaRole.Link, new() { Name = "技能提升补贴", Exact = true }).FocusAsync();
        await page.SubmitAsync(() => page.Keyboard.PressAsync("Enter"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("受理：技能提升补贴");
        await Expect(page.GetByLabel("身份证号码")).ToHaveValueAsync(id);
        await page.GetByLabel("职业编码").FillAsync("6-18-01-01");
        await page.GetByLabel("职业名称").FillAsync("焊工");
        await page.GetByLabel("证书等级").SelectOptionAsync("SKILL_LEVEL_L4");
        await page.GetByLabel("证书编号").FillAsync("S" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant());
        await page.GetByLabel("发证日期").FillAsync("2024-06-01");
        await page.GetByLabel("发证机构").FillAsync("焦作市职业技能鉴定中心");
        await page.GetByLabel("收款账户").FillAsync("6217000000001234567");
        await page.SubmitAsync(() => page.GetByLabel("收款账户").PressAsync("Enter"));

        var result = page.Locator("section.result");
        await Expect(result).ToContainTextAsync("符合条件");
        await Expect(result).ToContainTextAsync("1,500 元");
        await Expect(result.Locator("table.checks")).ToContainTextAsync("焦政办");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "确认受理" })).ToBeFocusedAsync();
        await page.PhotographAsync("apply-preview-1280");
        var before = await ApplicationsOfAsync(id, setup);
        Assert.Equal(0, before);

        await page.SubmitAsync(() => page.Keyboard.PressAsync("Enter"));

        await Expect(page.Locator("h1")).ToHaveTextAsync("受理回执");
        var reference = await page.Locator("dt:text-is('申请编号') + dd").InnerTextAsync();
        var code = await page.Locator("dt:text-is('查询码') + dd").InnerTextAsync();
        Assert.StartsWith("T", reference, StringComparison.Ordinal);
        Assert.Equal(8, code.Trim().Length);
        await Expect(page.Locator("article.receipt")).ToContainTextAsync($"王晓红（工号 {clerk.StaffNumber}）");
        await Expect(page.Locator("article.receipt")).Not.ToContainTextAsync("6217000000001234567");
        await page.PhotographAsync("apply-receipt-1280");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await page.PhotographAsync("apply-receipt-print");

        var taken = await platform.Training.Client<TrainingSubsidies.TrainingSubsidiesClient>().GetApplicationAsync(new GetApplicationRequest { ApplicationId = reference.Trim() }, setup);
        Assert.Equal(clerk.StaffNumber, taken.Record.CreatedBy);
        Assert.Equal(ApplicationStatus.Submitted, taken.Status);
    }

    [Fact(Timeout = 240_000)]
    public async Task An_answer_the_service_refuses_is_shown_in_its_words_and_nothing_is_taken()
    {
        var setup = await platform.TokenOfAsync(await platform.NewClerkAsync("410800", "准备数据"));
        var id = InsuredWorker.IdNumber(Interlocked.Increment(ref _sequence));
        var personId = await InsuredWorker.RegisterAsync(platform.Registry.Client<Applicants.ApplicantsClient>(), setup, id, "受理乙");
        var page = await platform.NewPageAsync(1280, 800);
        await page.SignInAsync(platform, await platform.NewClerkAsync("410800", "李建国"));

        await page.GotoAsync(platform.Issuer + $"workbench/people/{personId}/apply/training/SUBSIDY_KIND_SKILL_UPGRADE");
        await page.GetByLabel("职业编码").FillAsync("6-18-01-01");
        await page.SubmitAsync(() => page.GetByLabel("职业编码").PressAsync("Enter"));

        await Expect(page.Locator(".problem")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "确认受理" })).ToHaveCountAsync(0);
        await Expect(page.GetByLabel("职业编码")).ToHaveValueAsync("6-18-01-01");
        Assert.Equal(0, await ApplicationsOfAsync(id, setup));
    }

    private async Task<int> ApplicationsOfAsync(string idNumber, Grpc.Core.Metadata clerk) =>
        (await platform.Training.Client<TrainingSubsidies.TrainingSubsidiesClient>().ListApplicationsAsync(
            new ListApplicationsRequest { Person = new Employment.Common.V1.PersonKey { IdNumber = idNumber } }, clerk)).Applications.Count;

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
