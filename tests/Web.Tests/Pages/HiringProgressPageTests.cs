using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.Hiring.V1;
using Employment.IdentityNumbers;
using Employment.TestInfrastructure;
using Microsoft.Playwright;
using Xunit;

namespace Web.Tests.Pages;

/// <summary>
/// 办理进度 for hiring subsidies, scripts off: a 扩岗 claim the hiring service took at the
/// counter is followed with its claim_id and 查询码 (kind, state, each item's decision, the clerk's
/// reason with the person's number masked; never the credit code or an amount); without the code,
/// with a wrong one and for an unknown claim the page shows one and the same refusal.
/// </summary>
[Collection(nameof(WebCollection))]
public sealed class HiringProgressPageTests(WebPlatform platform)
{
    private static readonly DateOnly Hired = new(2023, 7, 1);
    private static int _employers = 7000;
    private static int _people = 700;

    [Fact(Timeout = 180_000)]
    public async Task A_hiring_claim_is_followed_with_its_claim_id_and_refused_without_the_second_factor()
    {
        var counter = TestCallers.Counter();
        var employer = await EmployerAsync();
        var (first, second) = (await YouthHiredByAsync(employer), await YouthHiredByAsync(employer));
        var claim = await platform.Hiring.SubmitClaimAsync(new SubmitClaimRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Employer = new EmployerKey { CreditCode = employer },
            Kind = SubsidyKind.JobExpansion,
            Hires = { Hire(first), Hire(second) },
            PaymentAccount = "6222000000000000001",
        }, counter);
        var half = await platform.Hiring.DecideClaimItemAsync(Decide(claim, 1, true, "", claim.Record.Version), counter);
        await platform.Hiring.DecideClaimItemAsync(Decide(half, 2, false, $"{second} 的劳动合同与社保记录不一致", half.Record.Version), counter);

        var page = await platform.NewPageAsync(360, javaScript: false);
        await AskAsync(page, "hiring", claim.ClaimId, claim.ProgressCode.ToLowerInvariant());
        Assert.Equal("一次性扩岗补助申请", (await page.Locator(".result h2").InnerTextAsync()).Trim());
        Assert.Equal("APPROVED", await page.Locator(".result .state").GetAttributeAsync("data-state"));
        Assert.Equal(["SUBMITTED", "APPROVED", "REJECTED"], await page.Locator(".history li").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.state)"));
        var history = await page.Locator(".history").InnerTextAsync();
        Assert.Contains("劳动合同与社保记录不一致", history, StringComparison.Ordinal);
        var html = await page.ContentAsync();
        Assert.DoesNotContain(second, html, StringComparison.Ordinal);
        Assert.DoesNotContain(employer, html, StringComparison.Ordinal);
        Assert.DoesNotContain(claim.ProgressCode, html, StringComparison.OrdinalIgnoreCase);
        await page.ScreenshotAsync(new() { Path = Path.Combine(WebPlatform.ArtifactsDirectory, "progress-hiring-360.png"), FullPage = true });

        await AskAsync(page, "hiring", claim.ClaimId, "");
        var refusal = await page.Locator(".problem p").InnerTextAsync();
        Assert.Contains("查询码不正确", refusal, StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator(".result").CountAsync());
        Assert.Equal("hiring", await page.Locator("#business").InputValueAsync());
        await AskAsync(page, "hiring", claim.ClaimId, claim.ProgressCode == "22222222" ? "33333333" : "22222222");
        Assert.Equal(refusal, await page.Locator(".problem p").InnerTextAsync());
        await AskAsync(page, "hiring", "H" + Guid.NewGuid().ToString("N"), claim.ProgressCode);
        Assert.Equal(refusal, await page.Locator(".problem p").InnerTextAsync());
    }

    private static Task AskAsync(IPage page, string business, string reference, string code) =>
        ProgressPageTests.AskAsync(page, business, reference, code);

    /// <summary>An enterprise of 解放区 registered at a Jiaozuo counter; its credit code.</summary>
    private async Task<string> EmployerAsync()
    {
        var code = TestCreditCodes.Of("91410802", Interlocked.Increment(ref _employers));
        await platform.Registry.RegisterEmployerAsync(new RegisterEmployerRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Employer = new Employer { CreditCode = code, Name = "焦作示例网页测试有限公司", Region = new RegionCode { Code = "410802" }, Kind = EntityKind.Enterprise },
        }, TestCallers.Counter());
        return code;
    }

    /// <summary>A young registered-unemployed person (born 2000) the employer insures from <see cref="Hired"/>; the identity number.</summary>
    private async Task<string> YouthHiredByAsync(string creditCode)
    {
        var sequence = Interlocked.Increment(ref _people) % 1000;
        var first17 = $"41082320000310{sequence:D3}";
        var id = first17 + ResidentIdNumber.ComputeCheckCharacter(first17);
        var counter = TestCallers.Counter();
        var person = await platform.Registry.RegisterPersonAsync(new RegisterPersonRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Person = new Person { IdNumber = id, Name = "扩岗网页人", Phone = "13800000000", ResidenceRegion = new RegionCode { Code = "410823" } },
        }, counter);
        var facts = new List<PersonFact>
        {
            new() { Kind = PersonFactKind.UnemploymentRegistration, Period = new DatePeriod { From = Day(new DateOnly(2022, 6, 1)) }, Authority = "武陟县公共就业服务中心" },
        };
        facts.AddRange(new[] { InsuranceScheme.Pension, InsuranceScheme.Medical, InsuranceScheme.Unemployment, InsuranceScheme.WorkInjury }.Select(scheme => new PersonFact
        {
            Kind = PersonFactKind.SocialInsurance,
            Period = new DatePeriod { From = Day(Hired), Until = Day(Hired.AddMonths(1).AddDays(-1)) },
            Authority = "焦作市社会保险中心",
            Insurance = new InsuranceContribution { Scheme = scheme, Months = 1, EmployerCreditCode = creditCode },
        }));
        foreach (var fact in facts)
        {
            await platform.Registry.AddPersonFactAsync(new AddPersonFactRequest { IdempotencyKey = Guid.NewGuid().ToString(), PersonId = person.PersonId, Fact = fact }, counter);
        }

        return id;
    }

    private static HireItem Hire(string idNumber) => new() { PersonIdNumber = idNumber, ContractStart = Day(Hired), OpenEnded = true };

    private static DecideClaimItemRequest Decide(HiringClaim claim, int itemNo, bool approve, string reason, long version) => new()
    {
        IdempotencyKey = Guid.NewGuid().ToString(),
        ClaimId = claim.ClaimId,
        ExpectedVersion = version,
        ItemNo = itemNo,
        Approve = approve,
        ReasonZh = reason,
    };

    private static CalendarDate Day(DateOnly day) => new() { Year = day.Year, Month = day.Month, Day = day.Day };
}
