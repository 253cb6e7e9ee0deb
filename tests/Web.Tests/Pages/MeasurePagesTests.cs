using System.Text;
using Employment.Web.Public.Pages.SelfCheck;
using Employment.Web.Kit.Formatting;
using Employment.Web.Public.Pages.Shared;
using Employment.Common.V1;
using Employment.ServiceDefaults.Clients;
using Employment.Hiring.V1;
using Employment.Training.V1;
using Google.Protobuf;
using Microsoft.Playwright;
using Xunit;

namespace Web.Tests.Pages;

/// <summary>
/// The measures checked on pages of their own (/self-check/{address}), scripts off on a 390 px phone: 我能享受哪些政策
/// links each its service describes (<c>GET /v1/subsidies/{service}/self-check-forms</c>); a page asks only the
/// questions its service describes; its answer is the REST self-check's (<c>POST
/// /v1/hiring:check</c>, <c>POST /v1/training:check</c>) on the same facts, within the first screen; a missing fact is
/// named in the form's words; a measure the deployment has not configured says so in plain Chinese.
/// </summary>
[Collection(nameof(WebCollection))]
public sealed class MeasurePagesTests(WebPlatform platform)
{
    private static readonly JsonParser Parser = new(JsonParser.Settings.Default);

    private async Task<T> RestAsync<T>(string path, IMessage request)
        where T : IMessage<T>, new()
    {
        using var content = new StringContent(JsonFormatter.Default.Format(request), Encoding.UTF8, "application/json");
        using var response = await platform.Http.PostAsync(path, content);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {body}");
        return Parser.Parse<T>(body);
    }

    /// <summary>The self-checks a service describes, read as any integrator reads them.</summary>
    private async Task<IReadOnlyList<FormDescription>> DescribedAsync(string service)
    {
        var body = await platform.Http.GetStringAsync($"/v1/subsidies/{service}/self-check-forms");
        return Parser.Parse<FormDescriptions>(body).Forms;
    }

    private async Task<IPage> AskAsync(string slug, IReadOnlyDictionary<string, string> typed)
    {
        var page = await platform.NewPageAsync(390, javaScript: false);
        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync($"/self-check/{slug}");
        foreach (var (name, value) in typed)
        {
            var field = page.Locator($"[name='{name}']");
            switch (await field.EvaluateAsync<string>("e => e.tagName + ':' + (e.type || '')"))
            {
                case "SELECT:select-one": await field.SelectOptionAsync(value); break;
                case "INPUT:checkbox": await field.CheckAsync(); break;
                default: await field.FillAsync(value); break;
            }
        }

        await page.ClickAsync("form button[type=submit]");
        return page;
    }

    [Fact(Timeout = 120_000)]
    public async Task The_self_check_page_links_every_measure_and_each_page_asks_only_its_own_questions()
    {
        var page = await platform.NewPageAsync(390, javaScript: false);
        await page.GotoAsync("/self-check");
        var links = await page.Locator("ul.measure-links a").EvaluateAllAsync<string[]>("as => as.map(a => a.getAttribute('href'))");
        // Every subsidy service's self-checks in the platform's order (this platform runs no startup-loans service).
        var described = new List<FormDescription>();
        foreach (var service in SubsidyServiceCalls.From(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build())
            .Where(s => s.Serves.HasFlag(SubsidyContracts.Cases) && s.Name != PlatformServices.Loans))
        {
            described.AddRange(await DescribedAsync(service.Name));
        }

        Assert.Equal(described.Select(f => $"/self-check/{f.Address}"), links);
        Assert.Contains("/self-check/traineeship", links);
        Assert.Contains("/self-check/vocational-training", links);

        await page.GotoAsync("/self-check/traineeship");
        var names = await page.Locator("form [name]:not([type=hidden])").EvaluateAllAsync<string[]>("es => es.map(e => e.getAttribute('name'))"); // the antiforgery token is no question
        Assert.Equal(described.Single(f => f.Address == "traineeship").Fields.Where(f => f.Type != FormFieldType.Group).Select(f => f.Path), names);
        Assert.DoesNotContain("employer_size", names); // an employer's size is the social-insurance measure's question, not the trainee's
        var missing = await page.GotoAsync("/self-check/no-such-measure", new() { });
        Assert.Equal(404, missing!.Status);
    }

    [Fact(Timeout = 120_000)]
    public async Task R11_D09_cl37_the_traineeship_answer_is_the_REST_answer_and_is_on_the_first_screen()
    {
        var api = await RestAsync<SubsidySelfCheck>("/v1/hiring:check", new SubsidySelfCheckRequest
        {
            Traineeship = new StatedTraineeship
            {
                Region = new Employment.Common.V1.RegionCode { Code = "410802" }, HostRecognised = true, RealNameRegistered = true,
                Start = new Employment.Common.V1.CalendarDate { Year = 2023, Month = 1, Day = 1 }, End = new Employment.Common.V1.CalendarDate { Year = 2023, Month = 6, Day = 30 },
                Trainee = new Employment.Common.V1.StatedPerson
                {
                    BirthDate = new Employment.Common.V1.CalendarDate { Year = 2000, Month = 1, Day = 1 },
                    Education = new Employment.Common.V1.Education { Level = Employment.Common.V1.EducationLevel.Bachelor, GraduationDate = new Employment.Common.V1.CalendarDate { Year = 2022, Month = 6, Day = 30 } },
                },
            },
        });

        var page = await AskAsync("traineeship", new Dictionary<string, string>
        {
            ["region"] = "410802", ["host_recognised"] = "true", ["start"] = "2023-01-01", ["end"] = "2023-06-30", ["real_name_registered"] = "true",
            ["trainee.birth_date"] = "2000-01-01", ["trainee.education.level"] = "EDUCATION_LEVEL_BACHELOR", ["trainee.education.graduation_date"] = "2022-06-30",
        });

        var verdict = page.Locator(".result .verdict");
        Assert.True(api.Traineeship.MayBePaid, api.Traineeship.Explanation.SummaryZh);
        Assert.Equal("true", await verdict.GetAttributeAsync("data-eligible"));
        Assert.Contains(Display.Yuan(api.Traineeship.Amount), await verdict.TextContentAsync() ?? "", StringComparison.Ordinal);
        Assert.Equal(api.Traineeship.BringZh, await page.Locator(".result .bring li").AllInnerTextsAsync());
        var box = await verdict.BoundingBoxAsync();
        Assert.True(box is not null && box.Y + box.Height <= 844, $"the verdict ends at {box?.Y + box?.Height} px, below the first 844 px screen");
        var checks = await page.Locator(".result ul.checks > li").EvaluateAllAsync<string[]>("ls => ls.map(l => l.dataset.rule)");
        Assert.Equal(api.Traineeship.Explanation.Checks.OrderBy(c => c.Passed).Select(c => c.RuleId), checks);
    }

    [Fact(Timeout = 120_000)]
    public async Task A_self_check_a_service_registers_is_listed_asked_and_answered_with_no_web_code_of_its_own()
    {
        var list = await platform.NewPageAsync(390, javaScript: false);
        await list.GotoAsync("/self-check");
        Assert.Equal($"/self-check/{TrialSelfCheck.Address}", await list.GetByRole(AriaRole.Link, new() { Name = TrialSelfCheck.NameZh, Exact = true }).GetAttributeAsync("href"));

        var api = await RestAsync<SubsidySelfCheck>("/v1/hiring:check", new SubsidySelfCheckRequest
        {
            Traineeship = new StatedTraineeship
            {
                Region = new RegionCode { Code = "419001" }, HostRecognised = true, RealNameRegistered = true,
                Start = new CalendarDate { Year = 2024, Month = 3, Day = 1 }, End = new CalendarDate { Year = 2024, Month = 8, Day = 31 },
                Trainee = new StatedPerson { BirthDate = new CalendarDate { Year = 2001, Month = 5, Day = 1 } },
            },
        });
        var page = await AskAsync(TrialSelfCheck.Address, new Dictionary<string, string>
        {
            ["region"] = "419001", ["start"] = "2024-03-01", ["end"] = "2024-08-31", ["host_recognised"] = "true", ["real_name_registered"] = "true",
            ["trainee.birth_date"] = "2001-05-01",
        });

        Assert.Equal($"{TrialSelfCheck.NameZh}测算", (await page.Locator("h1").InnerTextAsync()).Trim());
        var verdict = page.Locator(".result .verdict");
        Assert.Equal(api.Traineeship.MayBePaid ? "true" : "false", await verdict.GetAttributeAsync("data-eligible"));
        var checks = await page.Locator(".result ul.checks > li").EvaluateAllAsync<string[]>("ls => ls.map(l => l.dataset.rule)");
        Assert.Equal(api.Traineeship.Explanation.Checks.OrderBy(c => c.Passed).Select(c => c.RuleId), checks);
    }

    [Fact(Timeout = 120_000)]
    public async Task R3_the_vocational_training_answer_is_the_REST_answer_for_the_same_course()
    {
        var api = await RestAsync<TrainingSelfCheck>("/v1/training:check", new TrainingSelfCheckRequest
        {
            Course = new StatedCourse
            {
                Region = new Employment.Common.V1.RegionCode { Code = "410823" },
                Course = new Course
                {
                    OccupationCode = "6-18-01-01", Level = Employment.Common.V1.SkillLevel.L4, Hours = 120,
                    Period = new Employment.Common.V1.DatePeriod { From = new() { Year = 2024, Month = 4, Day = 1 }, Until = new() { Year = 2024, Month = 5, Day = 20 } },
                },
                Person = new Employment.Common.V1.StatedPerson { UnemploymentRegisteredSince = new() { Year = 2024, Month = 1, Day = 1 } },
            },
        });

        var page = await AskAsync("vocational-training", new Dictionary<string, string>
        {
            ["region"] = "410823", ["course.occupation_code"] = "6-18-01-01", ["course.level"] = "SKILL_LEVEL_L4", ["course.period.from"] = "2024-04-01",
            ["course.period.until"] = "2024-05-20", ["course.hours"] = "120", ["person.unemployment_registered_since"] = "2024-01-01",
        });

        var verdict = page.Locator(".result .verdict");
        Assert.Equal(api.Course.Eligible ? "true" : "false", await verdict.GetAttributeAsync("data-eligible"));
        if (api.Course.Eligible)
        {
            Assert.Contains(Display.Yuan(api.Course.Amount), await verdict.TextContentAsync() ?? "", StringComparison.Ordinal);
        }

        Assert.Contains(PublicText.Plain(api.Course.Explanation.SummaryZh), await page.Locator(".result").TextContentAsync() ?? "", StringComparison.Ordinal);
    }

    [Fact(Timeout = 120_000)]
    public async Task A_missing_fact_is_named_by_its_label_and_the_typed_facts_stay()
    {
        var page = await AskAsync("flexible-work", new Dictionary<string, string> { ["region"] = "410802", ["months"] = "3" });

        var problem = await page.Locator(".problem").TextContentAsync() ?? "";
        Assert.Contains("首个申请补贴的缴费月份", problem, StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator(".result").CountAsync());
        Assert.Equal("3", await page.Locator("[name=months]").InputValueAsync());
        Assert.Equal("true", await page.Locator("[name=first_month]").GetAttributeAsync("aria-invalid")); // the question itself is marked
    }

    [Fact(Timeout = 120_000)]
    public async Task R3_a_measure_whose_values_this_deployment_has_not_set_says_so_without_keys_or_English()
    {
        // The demo configuration sets no number of apprenticeship years (R3): the service refuses to judge.
        var page = await AskAsync("apprenticeship", new Dictionary<string, string>
        {
            ["region"] = "410823", ["year.occupation_code"] = "6-18-01-01", ["year.level"] = "SKILL_LEVEL_L3", ["year.training_year"] = "1",
            ["year.year_period.from"] = "2023-09-01", ["year.year_period.until"] = "2024-08-31",
        });

        var problem = await page.Locator(".problem").TextContentAsync() ?? "";
        Assert.NotEmpty(problem.Trim());
        Assert.DoesNotContain("training.new_apprenticeship", problem, StringComparison.Ordinal);
        Assert.DoesNotMatch("[A-Za-z]{4,} [A-Za-z]{4,}", problem);
    }
}
