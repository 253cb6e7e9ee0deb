using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.IdentityNumbers;
using Employment.TestInfrastructure;
using Employment.Training.V1;
using Microsoft.Playwright;
using Xunit;

namespace Web.Tests.Pages;

/// <summary>
/// 办理进度 in real Chromium, scripts off: an application the training service took at
/// the counter is followed with its reference and 查询码; without the code, with a wrong one or with
/// an unknown reference the page gives one and the same refusal; the loans service (not running
/// here) is a Chinese 服务暂不可用 section with the form still there.
/// </summary>
[Collection(nameof(WebCollection))]
public sealed class ProgressPageTests(WebPlatform platform)
{
    private static int _sequence = 500;

    /// <summary>A registered, insured worker and a skill-upgrade application taken for them at a Jiaozuo counter.</summary>
    private async Task<(TrainingApplication Application, string IdNumber)> TakeApplicationAsync()
    {
        var id = InsuredWorker.IdNumber(Interlocked.Increment(ref _sequence), 1991);
        var counter = TestCallers.Counter();
        await InsuredWorker.RegisterAsync(platform.Registry, counter, id, "进度页面人");
        var application = await platform.Training.SubmitApplicationAsync(InsuredWorker.SkillUpgrade(id), counter);
        return (application, id);
    }

    /// <summary>Fills the form as a person would and sends it; the page after the post (the 办理进度 pages' tests share it).</summary>
    internal static async Task<IResponse?> AskAsync(IPage page, string business, string reference, string code)
    {
        await page.GotoAsync("/progress");
        await page.SelectOptionAsync("#business", business);
        await page.FillAsync("#reference", reference);
        await page.FillAsync("#code", code);
        // The answer is the same address: the old document is marked, so the wait is for the new one
        // to be whole (a load-state wait right after the response could miss the new page's load event).
        await page.EvaluateAsync("() => { document.documentElement.dataset.before = 'sent'; }");
        var response = await page.RunAndWaitForResponseAsync(() => page.ClickAsync("button[type=submit]"),
            r => r.Url.EndsWith("/progress", StringComparison.Ordinal) && r.Request.Method == "POST");
        await page.WaitForFunctionAsync("() => !document.documentElement.dataset.before && document.readyState === 'complete'", null, new() { PollingInterval = 100 });
        return response;
    }

    [Theory(Timeout = 180_000)]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task An_application_is_followed_with_its_reference_and_refused_without_the_second_factor(int width)
    {
        var (application, id) = await TakeApplicationAsync();
        var page = await platform.NewPageAsync(width, javaScript: false);

        var found = await AskAsync(page, "training", application.ApplicationId, application.ProgressCode.ToLowerInvariant());
        Assert.Equal(200, found!.Status);
        Assert.Equal("技能提升补贴申请", (await page.Locator(".result h2").InnerTextAsync()).Trim());
        Assert.Equal("SUBMITTED", await page.Locator(".result .state").GetAttributeAsync("data-state"));
        Assert.Contains("已受理", await page.Locator(".result .state").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("进***人", (await page.Locator(".result .name").InnerTextAsync()).Trim());
        Assert.Equal(["SUBMITTED"], await page.Locator(".history li").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.state)"));
        var html = await page.ContentAsync();
        Assert.DoesNotContain(id, html, StringComparison.Ordinal);
        Assert.DoesNotContain(application.IdNumberMasked, html, StringComparison.Ordinal);
        Assert.DoesNotContain(application.ProgressCode, html, StringComparison.OrdinalIgnoreCase); // the code is never written back
        Assert.Equal(0, await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(WebPlatform.ArtifactsDirectory, $"progress-result-{width}.png"), FullPage = true });

        var withoutCode = await AskAsync(page, "training", application.ApplicationId, "");
        Assert.Equal(200, withoutCode!.Status);
        Assert.Equal(0, await page.Locator(".result").CountAsync());
        var refusal = await page.Locator(".problem p").InnerTextAsync();
        Assert.Contains("查询码不正确", refusal, StringComparison.Ordinal);
        Assert.Equal(application.ApplicationId, await page.Locator("#reference").InputValueAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(WebPlatform.ArtifactsDirectory, $"progress-refused-{width}.png"), FullPage = true });

        await AskAsync(page, "training", application.ApplicationId, application.ProgressCode == "22222222" ? "33333333" : "22222222");
        Assert.Equal(refusal, await page.Locator(".problem p").InnerTextAsync());
        await AskAsync(page, "training", "T" + Guid.NewGuid().ToString("N"), application.ProgressCode);
        Assert.Equal(refusal, await page.Locator(".problem p").InnerTextAsync());
    }

    [Fact(Timeout = 120_000)]
    public async Task With_the_loans_service_down_progress_shows_a_Chinese_error_section_and_the_form_stays()
    {
        var page = await platform.NewPageAsync(javaScript: false);
        var response = await AskAsync(page, "loans", "A0000000000000000000000000000000", "ABCDEFGH");

        Assert.Equal(200, response!.Status);
        Assert.Equal("服务暂不可用", (await page.Locator(".problem h2").InnerTextAsync()).Trim());
        Assert.Contains("创业担保贷款服务暂时无法使用", await page.Locator(".problem").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("办理进度", (await page.Locator("h1").InnerTextAsync()).Trim());
        Assert.Equal("loans", await page.Locator("#business").InputValueAsync());
    }

    [Fact(Timeout = 120_000)]
    public async Task A_form_without_business_or_reference_names_the_missing_field_without_asking_a_service()
    {
        var page = await platform.NewPageAsync(javaScript: false);
        await AskAsync(page, "", "", "");
        Assert.Contains("业务类型", await page.Locator(".problem p").InnerTextAsync(), StringComparison.Ordinal);

        await AskAsync(page, "training", "", "ABCDEFGH");
        Assert.Contains("申请编号", await page.Locator(".problem p").InnerTextAsync(), StringComparison.Ordinal);
    }
}
