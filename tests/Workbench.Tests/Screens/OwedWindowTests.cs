using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.TestInfrastructure;
using Microsoft.Playwright;
using Xunit;

namespace Workbench.Tests.Screens;

/// <summary>
/// 免申即享 in 一窗受理 (焦政办〔2024〕15号（二十）): a firm's window lists what the owed list finds it could still claim on
/// the registry's facts (a registered unemployed youth it hired and insured: 一次性吸纳就业补贴, 1,000 元), and the youth's
/// window lists the same item under the firm, each with the way to take its claim; once the claim is taken, neither lists it. The workbench's day is set
/// (its clock), so the window looks back over a period that holds the hire whatever the date the test runs.
/// </summary>
[Collection(nameof(WorkbenchCollection))]
public sealed class OwedWindowTests(WorkbenchPlatform platform)
{
    [Fact(Timeout = 240_000)]
    public async Task A_firm_and_the_youth_it_hired_see_the_absorption_subsidy_owed_until_it_is_claimed()
    {
        var setup = await platform.TokenOfAsync(await platform.NewClerkAsync("410800", "准备数据"));
        var registry = platform.Registry.Client<Applicants.ApplicantsClient>();
        var code = TestCreditCodes.Of("91410802", 59_500_001);
        var firm = await registry.RegisterEmployerAsync(new RegisterEmployerRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Employer = new Employer { CreditCode = code, Name = "焦作市免申即享测试商贸有限公司", Region = new RegionCode { Code = "410802" }, Kind = EntityKind.Enterprise },
        }, setup);
        var youth = await HiredYouth.RegisterAsync(registry, setup, code, 901, "免申青年", withContract: true);
        var clerk = await platform.NewClerkAsync("410800", "孙悦");
        var page = await platform.NewPageAsync(1920, 1080);
        await page.SignInAsync(platform, clerk);

        platform.WorkbenchClock.Ahead = new DateTimeOffset(2024, 6, 30, 2, 0, 0, TimeSpan.Zero) - DateTimeOffset.UtcNow;
        try
        {
            await page.GotoAsync($"{platform.WorkbenchHome}employers/{firm.EmployerId}");
            var owed = page.Locator("table[aria-labelledby=owed]");
            await Expect(owed).ToContainTextAsync("一次性吸纳就业补贴");
            await Expect(owed).ToContainTextAsync("1,000 元");
            await Expect(owed).ToContainTextAsync("2023-05-01");
            Assert.True(await page.PhotographAsync("owed-employer-1920") <= 1920, "the employer's window scrolls sideways at 1920 px");
            await page.GetByRole(AriaRole.Link, new() { Name = "受理焦作市免申即享测试商贸有限公司的一次性吸纳就业补贴" }).ClickAsync();
            await Expect(page.Locator("h1")).ToHaveTextAsync("受理：一次性吸纳就业补贴");

            await page.GotoAsync($"{platform.WorkbenchHome}people/{youth.PersonId}");
            await Expect(owed).ToContainTextAsync("焦作市免申即享测试商贸有限公司");
            await Expect(owed).ToContainTextAsync("一次性吸纳就业补贴");
            Assert.True(await page.PhotographAsync("owed-person-1920") <= 1920, "the person's window scrolls sideways at 1920 px");

            await platform.Hiring.Client<Employment.Hiring.V1.HiringSubsidies.HiringSubsidiesClient>().SubmitClaimAsync(new Employment.Hiring.V1.SubmitClaimRequest
            {
                IdempotencyKey = Guid.NewGuid().ToString(),
                Employer = new EmployerKey { CreditCode = code },
                Kind = Employment.Hiring.V1.SubsidyKind.Absorption,
                PaymentAccount = "6222000000000000501",
                Hires = { new Employment.Hiring.V1.HireItem { PersonIdNumber = youth.IdNumber, ContractStart = HiredYouth.Hired, OpenEnded = true } },
            }, setup);
            await page.ReloadAsync();
            await Expect(page.Locator("section.owed")).ToContainTextAsync("没有找到尚未申领的补贴");
        }
        finally
        {
            platform.WorkbenchClock.Ahead = TimeSpan.Zero;
        }
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
