using Employment.Common.V1;
using Employment.Hiring.Domain.OneOffHires;
using Employment.Hiring.Domain.SocialInsurance;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Errors;
using Xunit;
using static Hiring.Tests.Domain.Hires;

namespace Hiring.Tests.Domain.SocialInsurance;

/// <summary>
/// 灵活就业人员社会保险补贴 (焦政办〔2023〕36号（十）, 29号 cl.4; R3, R20, R25) with the Jiaozuo samples of
/// sample-configuration/social-insurance.yaml: share 60%, 36 months for 就业困难人员, 24 for graduates, pension and
/// unemployment counted, medical not.
/// </summary>
public sealed class FlexibleWorkerSubsidyTests
{
    private static readonly FlexibleWorkerJudge Judge = new(ShippedCatalog.WithSampleConfiguration, Employment.Hiring.UseCases.FlexibleWorkerClaims.Taken[0].NameZh);

    private static FlexibleContribution[] Paid(DateOnly from, int months, InsuredScheme scheme = InsuredScheme.Pension, long fen = 50_000) =>
        Enumerable.Range(0, months).Select(i => from.AddMonths(i)).Select(d => new FlexibleContribution(d.Year, d.Month, scheme, fen)).ToArray();

    private static PersonProfile HardToEmploy() => Person(D(1975, 1, 1), Status(PersonFactKind.EmploymentDifficulty, D(2022, 1, 1)));

    [Fact]
    public void R25_36_10_pays_the_configured_share_of_the_configured_schemes_the_person_paid()
    {
        var contributions = Paid(D(2024, 1, 1), 3).Concat(Paid(D(2024, 1, 1), 3, InsuredScheme.Medical)).ToArray();

        var judgement = Judge.Judge(new FlexibleWorkerClaim(HardToEmploy(), Jiaozuo, contributions));

        Assert.True(judgement.Approved, judgement.Explanation.SummaryZh);
        Assert.Equal(3 * 30_000, judgement.AmountFen); // 60% × 500.00元 × 3 pension months; medical not configured in
        Assert.Equal(["2024-01", "2024-02", "2024-03"], judgement.PaidMonths);
        var group = Assert.Single(judgement.Explanation.Checks, c => c.RuleId == "hiring.si_flexible.target_group");
        Assert.Contains(group.Citations, c => c.Clause == "（十）");
    }

    [Theory]
    [InlineData(6, true)]    // graduated 2022-06-30; first month 2024-06: 2024-06-01 is within the 2 years
    [InlineData(7, false)]   // first month 2024-07: outside
    public void R25_the_graduate_window_is_tested_on_the_first_subsidised_month(int firstMonth, bool approved)
    {
        var graduate = Person(D(2000, 1, 1), CollegeGraduate(D(2022, 6, 30)));

        var judgement = Judge.Judge(new FlexibleWorkerClaim(graduate, Jiaozuo, Paid(D(2024, firstMonth, 1), 6)));

        Assert.Equal(approved, judgement.Approved);
        Assert.Equal(approved ? 6 * 30_000 : 0, judgement.AmountFen);
    }

    [Fact]
    public void R20_a_graduate_under_contract_the_day_before_the_first_month_is_not_unemployed()
    {
        var employed = Person(D(2000, 1, 1), CollegeGraduate(D(2023, 6, 30)), Contract(D(2023, 8, 1), D(2024, 1, 31)));

        Assert.False(Judge.Judge(new FlexibleWorkerClaim(employed, Jiaozuo, Paid(D(2024, 2, 1), 3))).Approved);
    }

    [Fact]
    public void R25_the_configured_duration_runs_from_the_first_subsidised_month_of_an_earlier_claim()
    {
        // First subsidised month 2023-01: 36 months run to 2025-12.
        var claim = new FlexibleWorkerClaim(HardToEmploy(), Jiaozuo, Paid(D(2025, 11, 1), 3), FirstSubsidisedMonth: D(2023, 1, 1));

        var judgement = Judge.Judge(claim);

        Assert.Equal(["2025-11", "2025-12"], judgement.PaidMonths);
        Assert.Equal(2 * 30_000, judgement.AmountFen);
    }

    [Fact]
    public void R25_36_10_has_no_policy_before_2023_or_in_Jiyuan()
    {
        Assert.False(Judge.Judge(new FlexibleWorkerClaim(HardToEmploy(), Jiaozuo, Paid(D(2022, 12, 1), 1))).PolicyInForce);
        Assert.False(Judge.Judge(new FlexibleWorkerClaim(HardToEmploy(), Region.Jiyuan, Paid(D(2024, 1, 1), 1))).PolicyInForce);
    }

    [Fact]
    public void R3_unconfigured_duration_share_or_schemes_are_failed_precondition_naming_key_region_and_date()
    {
        var e = Assert.Throws<DomainRuleException>(() => new FlexibleWorkerJudge(ShippedCatalog.Catalog, Employment.Hiring.UseCases.FlexibleWorkerClaims.Taken[0].NameZh).Judge(new FlexibleWorkerClaim(HardToEmploy(), Jiaozuo, Paid(D(2024, 1, 1), 1))));

        Assert.Equal(DomainRuleKind.NotAllowedNow, e.Kind);
        Assert.Contains("hiring.social_insurance_subsidy.flexible.", e.Message, StringComparison.Ordinal);
        Assert.Contains("410802", e.Message, StringComparison.Ordinal);
        Assert.Contains("2024-01-01", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_month_before_the_first_subsidised_month_or_a_negative_amount_is_refused_naming_the_field()
    {
        var early = Assert.Throws<DomainRuleException>(() => Judge.Judge(new FlexibleWorkerClaim(HardToEmploy(), Jiaozuo, Paid(D(2023, 12, 1), 2), FirstSubsidisedMonth: D(2024, 1, 1))));
        var negative = Assert.Throws<DomainRuleException>(() => Judge.Judge(new FlexibleWorkerClaim(HardToEmploy(), Jiaozuo, Paid(D(2024, 1, 1), 1, fen: -5))));

        Assert.Equal("contributions[0].month", early.Field);
        Assert.Equal("contributions[0].paid", negative.Field);
    }
}
