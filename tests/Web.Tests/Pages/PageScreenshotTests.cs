using Microsoft.Playwright;
using Xunit;

namespace Web.Tests.Pages;

/// <summary>
/// Every public page, as a job seeker reaches it, on a 390×844 phone and a 1280×800 desktop: nothing
/// scrolls sideways (the text reflows), and a picture of the whole page is kept — in
/// <c>SCREENSHOTS_DIR</c> when set (the repository's <c>docs/screenshots/</c> is made so), else in a
/// folder of the test run that is thrown away.
/// </summary>
[Collection(nameof(WebCollection))]
public sealed class PageScreenshotTests(WebPlatform platform)
{
    public static TheoryData<int, int> Screens => new() { { 390, 844 }, { 1280, 800 } };

    [Theory(Timeout = 300_000)]
    [MemberData(nameof(Screens))]
    public async Task Every_page_fits_the_screen_width_and_is_pictured(int width, int height)
    {
        var folder = Environment.GetEnvironmentVariable("SCREENSHOTS_DIR") is { Length: > 0 } kept ? kept : Path.Combine(Path.GetTempPath(), "employment-screenshots");
        Directory.CreateDirectory(folder);
        var page = await platform.NewPageAsync(width, javaScript: false);
        await page.SetViewportSizeAsync(width, height);

        async Task PictureAsync(string name)
        {
            var sideways = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Assert.True(sideways <= 0, $"{name} at {width} px scrolls sideways by {sideways} px");
            await page.ScreenshotAsync(new PageScreenshotOptions
            {
                Path = Path.Combine(folder, $"{name}-{width}.jpg"),
                FullPage = true,
                Type = ScreenshotType.Jpeg,
                Quality = 40,
            });
        }

        foreach (var (name, address) in new[]
        {
            ("home", "/"),
            ("jobs-search", "/jobs?q=%E7%94%B5%E5%B7%A5&region=410800"),
            ("jobs-near-by-distance", "/jobs?near=410825&km=20&sort=distance"),
            ("policies-veterans", "/policies?region=410800&group=veterans&on=2024-03-01"),
            ("venues", "/venues?region=410823"),
            ("policies-jiyuan-loans", "/policies?region=419001&domain=loans&on=2024-03-01"),
            ("progress", "/progress"),
            ("not-found", "/no-such-page"),
            ("self-check-insured-hire", "/self-check/insured-hire"),
            ("self-check-startup", "/self-check/startup"),
        })
        {
            await page.GotoAsync(address);
            await PictureAsync(name);
        }

        await page.GotoAsync("/jobs?q=%E7%94%B5%E5%B7%A5&region=410800");
        await page.Locator("ol.postings h3 a").First.ClickAsync();
        await PictureAsync("posting");

        await page.GotoAsync("/self-check");
        await PictureAsync("self-check");
        await AnswerFirstTests.CheckSkillUpgradeWithTooFewInsuredMonthsAsync(page);
        await PictureAsync("self-check-answer");

        await page.GotoAsync("/self-check/traineeship");
        foreach (var (field, value) in new[] { ("region", "410802"), ("trainee.education.level", "EDUCATION_LEVEL_BACHELOR"), ("host_recognised", "true"), ("real_name_registered", "true") })
        {
            await page.SelectOptionAsync($"[name='{field}']", value);
        }

        foreach (var (field, value) in new[] { ("start", "2023-01-01"), ("end", "2023-06-30"), ("trainee.birth_date", "2000-01-01"), ("trainee.education.graduation_date", "2022-06-30") })
        {
            await page.FillAsync($"[name='{field}']", value);
        }

        await page.ClickAsync("form button[type=submit]");
        await PictureAsync("self-check-traineeship-answer");

        await page.GotoAsync("/match");
        await page.FillAsync("#occupations", "电工");
        await page.SelectOptionAsync("#region", "410800");
        await page.ClickAsync("form[action='/match'] button[type=submit]");
        await PictureAsync("match-answer");
    }
}
