using System.Globalization;
using Employment.Applicants.V1;
using Employment.TestInfrastructure;
using Employment.Training.V1;
using Microsoft.Playwright;
using Xunit;

namespace Workbench.Tests.Screens;

/// <summary>
/// One 技能提升补贴 from 受理 to 审核 and 复核 at the keyboard alone, as a clerk's hands stay on it: the number and Enter; Tab
/// to the kind and Enter; the certificate typed field by field (Tab between, arrows in a list) and Enter to 预审; Enter to
/// 确认受理; Tab to 去审核 and Enter; Tab to 审核通过 and Enter. The demo configuration asks a review of every Jiaozuo
/// approval from 1000 元, so it waits (待复核, no 决定书 yet); a second clerk allowed to review opens it, Tab to 复核通过 and
/// Enter, and the 决定书 names both. Every key is counted and written, with the screens, to
/// workbench-artifacts/keystrokes.txt; the service records each step as its clerk's.
/// </summary>
[Collection(nameof(WorkbenchCollection))]
public sealed class SkillUpgradeByKeyboardTests(WorkbenchPlatform platform)
{
    private int _keys;
    private int _screens = 1;

    [Fact(Timeout = 300_000)]
    public async Task A_skill_upgrade_subsidy_goes_from_the_window_to_its_written_decision_by_keyboard_and_the_keys_are_counted()
    {
        var setup = await platform.TokenOfAsync(await platform.NewClerkAsync("410800", "准备数据"));
        var id = InsuredWorker.IdNumber(777, 1989);
        await InsuredWorker.RegisterAsync(platform.Registry.Client<Applicants.ApplicantsClient>(), setup, id, "键盘甲");
        var clerk = await platform.NewClerkAsync("410800", "王晓红");
        var page = await platform.NewPageAsync(1280, 800);
        await page.SignInAsync(platform, clerk);
        await Assertions.Expect(page.GetByLabel("身份证号码或统一社会信用代码")).ToBeFocusedAsync();

        await TypeAsync(page, id);
        await NextScreenAsync(page, () => PressAsync(page, "Enter"));
        await TabToAsync(page, "a", "技能提升补贴");
        await NextScreenAsync(page, () => PressAsync(page, "Enter"));

        await Assertions.Expect(page.GetByLabel("职业编码")).ToBeFocusedAsync();
        await TypeAsync(page, "6-18-01-01");
        await PressAsync(page, "Tab");
        await TypeAsync(page, "焊工");
        await PressAsync(page, "Tab");
        for (var i = 0; i < 4; i++)
        {
            await PressAsync(page, "ArrowDown"); // 四级（中级工）
        }

        await PressAsync(page, "Tab");
        await TypeAsync(page, "S20240601KB01");
        await PressAsync(page, "Tab");
        await TypeAsync(page, "2024-06-01");
        await PressAsync(page, "Tab");
        await TypeAsync(page, "焦作市职业技能鉴定中心");
        await PressAsync(page, "Tab"); // 参保地: where the person lives, already chosen
        await PressAsync(page, "Tab");
        await TypeAsync(page, "6217000000001234567");
        await NextScreenAsync(page, () => PressAsync(page, "Enter"));
        await Assertions.Expect(page.Locator("section.result")).ToContainTextAsync("符合条件");

        await NextScreenAsync(page, () => PressAsync(page, "Enter"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("受理回执");
        var reference = (await page.Locator("dt:text-is('申请编号') + dd").InnerTextAsync()).Trim();
        await TabToAsync(page, "a", "去审核这份申请");
        await NextScreenAsync(page, () => PressAsync(page, "Enter"));

        await Assertions.Expect(page.GetByLabel("审核意见（不予批准时必填，申请人会读到）")).ToBeFocusedAsync();
        await PressAsync(page, "Tab");
        await NextScreenAsync(page, () => PressAsync(page, "Enter"));
        await Assertions.Expect(page.Locator("section.review")).ToContainTextAsync($"审核人 {clerk.StaffNumber} 已审核通过，金额 1,500 元");
        await Assertions.Expect(page.Locator("section.review")).ToContainTextAsync("请本机构另一位有复核权限的经办人员复核");
        await Assertions.Expect(page.Locator("article.letter")).ToHaveCountAsync(0);
        var (makerScreens, makerKeys) = (_screens, _keys);

        var reviewer = await platform.NewClerkAsync("410800", "陈静", mayReview: true);
        var review = await platform.NewPageAsync(1280, 800);
        await review.SignInAsync(platform, reviewer);
        (_screens, _keys) = (1, 0);
        await review.GotoAsync($"{platform.WorkbenchHome}training/{reference}");
        await Assertions.Expect(review.GetByLabel("复核意见（退回重审时必填，审核人会读到）")).ToBeFocusedAsync();
        await review.PhotographAsync("review-1280");
        await PressAsync(review, "Tab");
        await NextScreenAsync(review, () => PressAsync(review, "Enter"));
        await Assertions.Expect(review.Locator("article.letter")).ToContainTextAsync("审核通过，金额 1,500 元");
        await Assertions.Expect(review.Locator("article.letter .signature")).ToContainTextAsync($"审核人 {clerk.StaffNumber} · 复核人 {reviewer.StaffNumber}");
        await review.PhotographAsync("decision-1280");

        var decided = await platform.Training.Client<TrainingSubsidies.TrainingSubsidiesClient>().GetApplicationAsync(new GetApplicationRequest { ApplicationId = reference }, setup);
        Assert.Equal((ApplicationStatus.Approved, clerk.StaffNumber, reviewer.StaffNumber), (decided.Status, decided.Record.CreatedBy, decided.Review.ReviewedBy));
        Assert.Equal([clerk.StaffNumber], decided.Review.DecidedBy);
        await File.WriteAllTextAsync(Path.Combine(WorkbenchPlatform.ArtifactsDirectory, "keystrokes.txt"), string.Create(CultureInfo.InvariantCulture,
            $"技能提升补贴 from 一窗受理 to 审核通过: {makerScreens} screens, {makerKeys} keystrokes (after sign-in); 复核 to the written decision: {_screens} screens, {_keys} keystrokes (the item opened by its address)\n"));
    }

    private async Task TypeAsync(IPage page, string text)
    {
        await page.Keyboard.TypeAsync(text);
        _keys += text.Length;
    }

    private async Task PressAsync(IPage page, string key)
    {
        await page.Keyboard.PressAsync(key);
        _keys++;
    }

    private async Task NextScreenAsync(IPage page, Func<Task> send)
    {
        await page.SubmitAsync(send);
        _screens++;
    }

    /// <summary>Presses Tab until the element <paramref name="tag"/> reading <paramref name="text"/> has the focus, counting each press.</summary>
    private async Task TabToAsync(IPage page, string tag, string text)
    {
        for (var presses = 0; presses < 40; presses++)
        {
            await PressAsync(page, "Tab");
            var focused = await page.EvaluateAsync<string>("() => document.activeElement ? document.activeElement.tagName.toLowerCase() + '|' + document.activeElement.textContent.trim() : ''");
            if (focused == tag + "|" + text)
            {
                return;
            }
        }

        throw new InvalidOperationException($"{text} was not reached in 40 presses of Tab.");
    }
}
