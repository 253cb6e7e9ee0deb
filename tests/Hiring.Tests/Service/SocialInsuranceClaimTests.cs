using Employment.Common.V1;
using Employment.Hiring.V1;
using Employment.TestInfrastructure;
using Grpc.Core;
using Xunit;

namespace Hiring.Tests.Service;

/// <summary>
/// 社会保险补贴 for hires through the service (Henan D09 cl.35, 焦政办〔2024〕15号（三）; R21, R25): the
/// employer's size from the registry, the months from the request, the sample shares the host configures
/// (new hires 50%, 就业困难人员 100%), each month subsidised once across claims (held in PostgreSQL).
/// </summary>
public sealed class SocialInsuranceClaimTests(HiringHost host) : IClassFixture<HiringHost>
{
    private static readonly DateOnly Start = new(2024, 3, 15);

    private static SubmitClaimRequest Claim(string employer, params HireItem[] hires)
    {
        var request = Claims.Of(SubsidyKind.SocialInsurance, employer, hires);
        return request;
    }

    /// <summary>A 12-month contract from 2024-03-15 (or <paramref name="end"/>) with <paramref name="months"/> months of 1000.00元 paid on time from the start month.</summary>
    private static HireItem Hire(string idNumber, int months = 12, DateOnly? end = null)
    {
        var hire = Claims.Hire(idNumber, Start, end ?? new DateOnly(2025, 3, 14));
        for (var i = 0; i < months; i++)
        {
            var month = Start.AddMonths(i);
            hire.Contributions.Add(new ContributionMonth { Year = month.Year, Month = month.Month, Paid = new Money { Fen = 100_000 }, PaidOnTime = true });
        }

        return hire;
    }

    /// <summary>Registered unemployed for three months up to the day before the contract start (R19).</summary>
    private Task<string> RegisteredUnemployedAsync() =>
        host.PersonAsync(new DateOnly(1985, 1, 1), Facts.Registration(Start.AddMonths(-3), Start.AddDays(-1)));

    private async Task<string> MediumEnterpriseAsync()
    {
        var employer = await host.EmployerAsync(name: "焦作示例机械有限公司");
        await host.SizedAsync(employer, EnterpriseSize.Medium, new DateOnly(2020, 1, 1));
        return employer;
    }

    private async Task<IReadOnlyList<HiringClaim>> ClaimsOfAsync(string creditCode) =>
        (await host.Hiring.ListClaimsAsync(new ListClaimsRequest { Employer = new EmployerKey { CreditCode = creditCode } }, TestCallers.Counter())).Claims;

    [Fact(Timeout = 120_000)]
    public async Task R25_D09_cl35_a_medium_enterprise_is_paid_the_configured_share_of_12_months_from_the_contract_start_across_the_year_end()
    {
        host.SetToday(new DateOnly(2025, 4, 1));
        var employer = await MediumEnterpriseAsync();
        var hire = Hire(await RegisteredUnemployedAsync(), months: 12);

        var claim = await host.Hiring.SubmitClaimAsync(Claim(employer, hire), TestCallers.Counter());

        Assert.Equal(SubsidyKind.SocialInsurance, claim.Kind);
        Assert.Equal(12 * 50_000, claim.Total.Fen); // 50% (sample) × 1000.00元 × 12
        var item = Assert.Single(claim.Items);
        Assert.Equal("2024-03", item.SubsidisedMonths[0]);
        Assert.Equal("2025-02", item.SubsidisedMonths[^1]);
        Assert.Equal(12, item.SubsidisedMonths.Count);
        Assert.Contains(item.Explanation.Checks, c => c.RuleId == "hiring.si.paid_once_at_highest" && c.Passed && c.DescriptionZh.Contains("支持中小企业发展若干财税政策", StringComparison.Ordinal));
        Assert.Contains(item.Explanation.Checks, c => c.RuleId == "hiring.si_new_hire.amount");
    }

    [Theory(Timeout = 120_000)]
    [InlineData(2025, 2, 14, false)]  // 11 months
    [InlineData(2025, 3, 14, true)]   // 12 months
    public async Task R25_D09_cl35_a_contract_of_11_months_is_refused_and_12_months_is_paid(int year, int month, int day, bool paid)
    {
        host.SetToday(new DateOnly(2025, 4, 1));
        var employer = await MediumEnterpriseAsync();
        var request = Claim(employer, Hire(await RegisteredUnemployedAsync(), months: 11, end: new DateOnly(year, month, day)));

        if (paid)
        {
            Assert.Equal(11 * 50_000, (await host.Hiring.SubmitClaimAsync(request, TestCallers.Counter())).Total.Fen);
            return;
        }

        var refused = await Assert.ThrowsAsync<RpcException>(() => host.Hiring.SubmitClaimAsync(request, TestCallers.Counter()).ResponseAsync);
        Assert.Equal(StatusCode.FailedPrecondition, refused.StatusCode);
        Assert.Contains("hires[0]", refused.Said(), StringComparison.Ordinal);
        Assert.Empty(await ClaimsOfAsync(employer));
    }

    [Fact(Timeout = 120_000)]
    public async Task R21_R25_a_month_already_subsidised_is_ALREADY_EXISTS_naming_the_first_claim_and_a_rejection_frees_it()
    {
        host.SetToday(new DateOnly(2025, 4, 1));
        var employer = await MediumEnterpriseAsync();
        var person = await RegisteredUnemployedAsync();
        var first = await host.Hiring.SubmitClaimAsync(Claim(employer, Hire(person, months: 3)), TestCallers.Counter());
        var again = Claim(employer, Hire(person, months: 6));

        var refused = await Assert.ThrowsAsync<RpcException>(() => host.Hiring.SubmitClaimAsync(again, TestCallers.Counter()).ResponseAsync);
        await host.Hiring.DecideClaimItemAsync(new DecideClaimItemRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(), ClaimId = first.ClaimId, ExpectedVersion = first.Record.Version, ItemNo = 1, Approve = false, ReasonZh = "缴费记录与社保系统不符",
        }, TestCallers.Counter());
        again.IdempotencyKey = Guid.NewGuid().ToString();
        var afterRejection = await host.Hiring.SubmitClaimAsync(again, TestCallers.Counter());

        Assert.Equal(StatusCode.AlreadyExists, refused.StatusCode);
        Assert.Contains(first.ClaimId, refused.Said(), StringComparison.Ordinal);
        Assert.Contains("2024-03", refused.Said(), StringComparison.Ordinal);
        Assert.Contains("hiring.si.month_paid_once", refused.Said(), StringComparison.Ordinal);
        Assert.Equal(6 * 50_000, afterRejection.Total.Fen);
    }

    [Theory(Timeout = 120_000)]
    [InlineData("month_before_the_contract", "hires[0].contributions[12].month")]
    [InlineData("negative", "hires[0].contributions[0].paid")]
    [InlineData("ends_before_start", "hires[0].contract_end")]
    public async Task Bad_contributions_or_contracts_are_INVALID_ARGUMENT_naming_the_field_and_nothing_is_stored(string bad, string field)
    {
        host.SetToday(new DateOnly(2025, 4, 1));
        var employer = await MediumEnterpriseAsync();
        var hire = Hire(await RegisteredUnemployedAsync());
        switch (bad)
        {
            case "month_before_the_contract":
                hire.Contributions.Add(new ContributionMonth { Year = 2024, Month = 2, Paid = new Money { Fen = 100_000 }, PaidOnTime = true });
                break;
            case "negative":
                hire.Contributions[0].Paid = new Money { Fen = -1 };
                break;
            default:
                hire.ContractEnd = HiringHost.Date(new DateOnly(2024, 3, 1));
                break;
        }

        var refused = await Assert.ThrowsAsync<RpcException>(() => host.Hiring.SubmitClaimAsync(Claim(employer, hire), TestCallers.Counter()).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        Assert.Contains(field, refused.Said(), StringComparison.Ordinal);
        Assert.Empty(await ClaimsOfAsync(employer));
    }

    [Fact(Timeout = 120_000)]
    public async Task R21_an_enterprise_without_a_size_fact_is_FAILED_PRECONDITION_naming_employer_size()
    {
        host.SetToday(new DateOnly(2025, 4, 1));
        var employer = await host.EmployerAsync(name: "未登记规模有限公司");
        var request = Claim(employer, Hire(await RegisteredUnemployedAsync()));

        var refused = await Assert.ThrowsAsync<RpcException>(() => host.Hiring.SubmitClaimAsync(request, TestCallers.Counter()).ResponseAsync);

        Assert.Equal(StatusCode.FailedPrecondition, refused.StatusCode);
        Assert.Contains("employer.size", refused.Said(), StringComparison.Ordinal);
    }

    [Theory(Timeout = 120_000)]
    [InlineData(2023, 12, 31, false)]
    [InlineData(2024, 1, 1, true)]
    public async Task R25_the_contract_start_selects_Jz15_3_at_its_2023_12_31_and_2024_01_01_edge(int year, int month, int day, bool paid)
    {
        host.SetToday(new DateOnly(2025, 2, 1));
        var start = new DateOnly(year, month, day);
        var employer = await host.EmployerAsync(name: "焦作示例小微科技有限公司");
        await host.SizedAsync(employer, EnterpriseSize.Small, new DateOnly(2020, 1, 1));
        // Left school 18 months before the start: within 15号（三）'s 2 years, outside D09's 1 year.
        var graduate = await host.PersonAsync(new DateOnly(2000, 1, 1), Facts.CollegeGraduate(start.AddMonths(-18)));
        var hire = Claims.Hire(graduate, start, start.AddYears(1).AddDays(-1));
        for (var i = 0; i < 12; i++)
        {
            var paidMonth = start.AddMonths(i);
            hire.Contributions.Add(new ContributionMonth { Year = paidMonth.Year, Month = paidMonth.Month, Paid = new Money { Fen = 100_000 }, PaidOnTime = true });
        }

        var item = Assert.Single((await host.Hiring.PreviewClaimAsync(Claim(employer, hire), TestCallers.Counter())).Items);

        Assert.Equal(paid, item.Approved);
        Assert.Equal(paid, item.Explanation.Checks.Single(c => c.RuleId == "hiring.si_small_firm_graduate.policy_in_force").Passed);
        Assert.Equal(paid ? 12 * 50_000 : 0, item.Amount.Fen);
    }
}
