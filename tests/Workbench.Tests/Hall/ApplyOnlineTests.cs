using Employment.TestInfrastructure;
using Microsoft.Playwright;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Workbench.Tests.Hall;

/// <summary>
/// 网上申请 (焦政办〔2023〕36号（十七）: 线上办理): a citizen on a phone applies for their 技能提升补贴 on the training
/// service's own form, with the certificate's photo; without the photo the service refuses and nothing is stored; the
/// application is in 我的办事 at once, and the office's clerk opens it on the workbench as 网上受理 with the photo as received;
/// as the clerk approves it and a second clerk confirms it (复核), the citizen's hall shows the messages of 受理 and 审核通过,
/// and their phone has a text of each with no identity number in it.
/// </summary>
[Collection(nameof(WorkbenchCollection))]
public sealed class ApplyOnlineTests(WorkbenchPlatform platform)
{
    /// <summary>A 1×1 PNG: what a phone's photo of the certificate is, by its first bytes.</summary>
    private static readonly byte[] Photo = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    [Fact(Timeout = 120_000)]
    public async Task The_home_page_names_what_can_be_applied_for_online_and_a_self_checks_yes_leads_to_its_online_application()
    {
        var page = await platform.NewPhonePageAsync();
        await page.GotoAsync(platform.Issuer);
        var hall = page.Locator("ul.cards li:has(a[href='/hall'])");
        await Expect(hall).ToContainTextAsync("网上办事");
        await Expect(hall).ToContainTextAsync("技能提升补贴");

        // A "yes" of the self-check leads to the application its service takes online, named by the service's own form.
        await page.GotoAsync(platform.Issuer + "self-check/skill-upgrade");
        await page.Locator("[name='certificate.occupation_code']").FillAsync("6-18-01-01");
        await page.Locator("[name='certificate.level']").SelectOptionAsync("SKILL_LEVEL_L3");
        await page.Locator("[name='certificate.issue_date']").FillAsync("2023-06-01");
        await page.Locator("[name=region]").SelectOptionAsync("410823");
        await page.Locator("[name=insured_months]").FillAsync("12");
        await page.SubmitAsync(() => page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "开始测算" }).TapAsync());
        await Expect(page.Locator(".verdict")).ToHaveAttributeAsync("data-eligible", "true");
        await Expect(page.Locator(".apply-online a")).ToHaveAttributeAsync("href", "/hall/apply/training-subsidies/SUBSIDY_KIND_SKILL_UPGRADE");
    }

    [Fact(Timeout = 300_000)]
    public async Task A_citizen_applies_for_a_skill_upgrade_subsidy_on_a_phone_with_the_certificates_photo_and_the_clerk_opens_it()
    {
        var registrar = await platform.TokenOfAsync(await platform.NewClerkAsync("410800", "网申登记经办"));
        var id = InsuredWorker.IdNumber(903, 1994);
        await InsuredWorker.RegisterAsync(platform.Registry.Client<Employment.Applicants.V1.Applicants.ApplicantsClient>(), registrar, id, "孙网申");

        var page = await platform.NewPhonePageAsync();
        await page.CitizenSignInAsync(platform, id, "孙网申");
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "技能提升补贴" }).TapAsync();
        await Expect(page.GetByLabel("参保地")).ToHaveValueAsync(InsuredWorker.County);
        var number = "S" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant();
        await page.GetByLabel("职业编码").FillAsync("6-18-01-01");
        await page.GetByLabel("职业名称").FillAsync("焊工");
        await page.GetByLabel("证书等级").SelectOptionAsync("SKILL_LEVEL_L4");
        await page.GetByLabel("证书编号").FillAsync(number);
        await page.GetByLabel("发证日期").FillAsync("2024-06-01");
        await page.GetByLabel("发证机构").FillAsync("焦作市职业技能鉴定中心");
        await page.GetByLabel("收款账户").FillAsync("6217000000001234567");
        await page.SubmitAsync(() => page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "提交申请" }).TapAsync());

        // Without the certificate's photo: the service's words, the answers kept, nothing stored.
        await Expect(page.Locator("section.problem")).ToContainTextAsync("请上传证书的扫描件");
        await Expect(page.GetByLabel("证书编号")).ToHaveValueAsync(number);

        // A file that is no picture: refused by its content, and the page says the chosen file must be chosen again.
        await page.GetByLabel("证书的扫描件或照片").SetInputFilesAsync(new FilePayload { Name = "证书.txt", MimeType = "text/plain", Buffer = "不是图片"u8.ToArray() });
        await page.SubmitAsync(() => page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "提交申请" }).TapAsync());
        await Expect(page.Locator("section.problem")).ToContainTextAsync("不是 PDF、JPG 或 PNG 文件");
        await Expect(page.Locator("#f-material-certificate ~ .field-problem")).ToContainTextAsync("上次选择的“证书.txt”没有随表单保留");
        await page.GetByLabel("证书的扫描件或照片").SetInputFilesAsync(new FilePayload { Name = "证书.png", MimeType = "image/png", Buffer = Photo });
        Assert.True(await page.PhotographAsync("hall-apply-form-390") <= 390, "the form scrolls sideways on a 390 px phone");
        await page.SubmitAsync(() => page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "提交申请" }).TapAsync());

        await Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "申请已提交", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator("section.result")).ToContainTextAsync("证书.png");
        var reference = (await page.Locator("dd.reference").InnerTextAsync()).Trim();
        Assert.True(await page.PhotographAsync("hall-applied-390") <= 390, "the receipt scrolls sideways on a 390 px phone");
        await page.GotoAsync(platform.Hall);
        var record = page.Locator($"article:has(#record-{reference})");
        await Expect(record.Locator(".state")).ToContainTextAsync("已受理");
        await Expect(page.Locator("article.record")).ToHaveCountAsync(1);

        var clerk = await platform.NewPageAsync();
        await clerk.SignInAsync(platform, await platform.NewClerkAsync("410800", "网申审核经办"));
        await clerk.GotoAsync($"{platform.WorkbenchHome}training/{reference}");
        await Expect(clerk.Locator("dl.facts-list")).ToContainTextAsync("网上受理");
        var files = clerk.Locator("table.materials");
        await Expect(files).ToContainTextAsync("证书的扫描件或照片");
        await Expect(files).ToContainTextAsync("PNG 图片");
        await clerk.PhotographAsync("hall-applied-clerk-1280");
        var opened = await clerk.Context.APIRequest.GetAsync(await files.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "证书.png" }).GetAttributeAsync("href") is { } href
            ? new Uri(new Uri(platform.Issuer), href).ToString() : "");
        Assert.Equal((200, "image/png"), (opened.Status, opened.Headers["content-type"]));
        Assert.Equal(Photo, await opened.BodyAsync());

        await clerk.SubmitAsync(() => clerk.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "审核通过" }).ClickAsync());
        await Expect(clerk.Locator("section.review")).ToContainTextAsync("已审核通过");
        var reviewer = await platform.TokenOfAsync(await platform.NewClerkAsync("410800", "网申复核经办", mayReview: true));
        var training = platform.Training.Client<Employment.Training.V1.TrainingSubsidies.TrainingSubsidiesClient>();
        var awaiting = await training.GetApplicationAsync(new Employment.Training.V1.GetApplicationRequest { ApplicationId = reference }, reviewer);
        await platform.Training.Client<Employment.Common.V1.SubsidyCases.SubsidyCasesClient>().ReviewDecisionAsync(new Employment.Common.V1.ReviewDecisionRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(), RecordId = reference, ExpectedVersion = awaiting.Record.Version, Confirm = true,
        }, reviewer);

        // The messages come through the training service's outbox and the registry: the hall shows them once relayed.
        var told = record.Locator("ul.messages li");
        for (var attempt = 0; attempt < 120 && await told.CountAsync() < 2; attempt++)
        {
            await page.WaitForTimeoutAsync(250);
            await page.ReloadAsync();
        }

        await Expect(told).ToHaveCountAsync(2);
        await Expect(told.Nth(0)).ToContainTextAsync("审核通过");
        await Expect(told.Nth(1)).ToContainTextAsync("已受理");
        Assert.True(await page.PhotographAsync("hall-messages-390") <= 390, "我的办事 with its messages scrolls sideways on a 390 px phone");
        var texts = File.ReadAllLines(platform.MessagesSmsOutbox).Where(l => l.Contains(reference[^6..], StringComparison.Ordinal)).ToList();
        Assert.Equal(2, texts.Count);
        Assert.All(texts, t => Assert.DoesNotContain(id, t, StringComparison.Ordinal));
    }
}
