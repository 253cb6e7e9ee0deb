using Employment.Common.V1;
using Employment.Hiring.Domain.OneOffHires;
using Employment.Hiring.Domain.SocialInsurance;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Errors;
using Xunit;
using static Hiring.Tests.Domain.Hires;

namespace Hiring.Tests.Domain.SocialInsurance;

/// <summary>
/// 社会保险补贴 for hires (Henan D09 cl.35; 焦政办〔2024〕15号（三）; R3, R17-R21, R25, R28) with the sample shares of
/// sample-configuration/social-insurance.yaml (new hires 50%, 就业困难人员 100%, marked samples).
/// </summary>
public sealed class SocialInsuranceSubsidyTests
{
    private const string HenanNewHire = "ha-d09-35-new-hire";
    private const string JiaozuoGraduate = "jz-2024-15-3-small-firm-graduate";
    private const string HenanHardToEmploy = "ha-d09-35-hard-to-employ";
    private const string JiaozuoPublicWelfarePost = "jz-2024-15-3-public-welfare-post";

    private static readonly SocialInsuranceJudge Judge = new(ShippedCatalog.WithSampleConfiguration);
    private static readonly Region Jiyuan = Region.Jiyuan;

    /// <summary>Every month from the contract-start month, 1000.00元 each, paid on time.</summary>
    private static ContributionMonth[] Months(DateOnly start, int count, long fen = 100_000) =>
        Enumerable.Range(0, count).Select(i => start.AddMonths(i)).Select(d => new ContributionMonth(d.Year, d.Month, fen)).ToArray();

    private static SocialInsuranceHire Hire(
        PersonProfile person,
        DateOnly start,
        EnterpriseSize size = EnterpriseSize.Small,
        int termMonths = 12,
        Region? region = null,
        EmployerKind kind = EmployerKind.Enterprise,
        bool publicWelfarePost = false,
        ContributionMonth[]? months = null) =>
        new(new HiringEmployer("91410800MA0000001X", "焦作示例制造有限公司", kind, region ?? Jiaozuo), size, person, new HireContract(start, termMonths), publicWelfarePost, months ?? Months(start, 12));

    private static PersonProfile Graduate(DateOnly graduated) => Person(D(2000, 1, 1), CollegeGraduate(graduated));

    private static PersonProfile RegisteredUntilTheHire(DateOnly start) => Person(D(1985, 1, 1), Registration(start.AddMonths(-3), start.AddDays(-1)));

    private static PersonProfile HardToEmploy() => Person(D(1975, 1, 1), Status(PersonFactKind.EmploymentDifficulty, D(2022, 1, 1)));

    private static SocialInsuranceMeasureJudgement Route(SocialInsuranceJudgement judgement, string id) => Assert.Single(judgement.Measures, m => m.MeasureId == id);

    [Fact]
    public void R25_D09_cl35_pays_the_configured_share_of_what_the_employer_paid_for_12_months()
    {
        var start = D(2024, 3, 15);
        var judgement = Judge.Judge(Hire(RegisteredUntilTheHire(start), start, EnterpriseSize.Medium));

        Assert.True(judgement.Approved);
        Assert.Equal(HenanNewHire, judgement.PaidMeasureId);
        Assert.Equal(12 * 50_000, judgement.AmountFen); // 50% (sample) × 1000.00元 × 12
        var amount = Assert.Single(Route(judgement, HenanNewHire).Explanation.Checks, c => c.RuleId == "hiring.si_new_hire.amount");
        Assert.Contains(amount.FactsUsed, f => f.Name == "hiring.social_insurance_subsidy.new_hire.share_percent" && f.Source.StartsWith("配置值", StringComparison.Ordinal));
        var group = Assert.Single(Route(judgement, HenanNewHire).Explanation.Checks, c => c.RuleId == "hiring.si_new_hire.target_group");
        Assert.Contains(group.Citations, c => c.Clause == "35.");
    }

    [Fact]
    public void R25_the_subsidy_stops_after_12_months_from_the_contract_start_month_across_the_year_end()
    {
        var start = D(2024, 3, 15);
        var judgement = Judge.Judge(Hire(RegisteredUntilTheHire(start), start, EnterpriseSize.Medium, termMonths: 24, months: Months(start, 13)));

        var route = Route(judgement, HenanNewHire);
        Assert.Equal(12, route.PaidMonths.Count);
        Assert.Equal("2024-03", route.PaidMonths[0]);
        Assert.Equal("2025-02", route.PaidMonths[^1]);
        Assert.Equal(12 * 50_000, judgement.AmountFen);
        var months = Assert.Single(route.Explanation.Checks, c => c.RuleId == "hiring.si_new_hire.subsidised_months");
        Assert.Contains(months.FactsUsed, f => f.Name == "超过补贴期限的月份" && f.Value == "2025-03");
    }

    [Theory]
    [InlineData(2024, 2)]   // before the contract-start month
    [InlineData(2025, 4)]   // after the contract's last day, 2025-03-14
    public void Months_outside_the_contract_are_refused_naming_the_field(int year, int month)
    {
        var start = D(2024, 3, 15);
        var months = Months(start, 3).Append(new ContributionMonth(year, month, 100_000)).ToArray();

        var e = Assert.Throws<DomainRuleException>(() => Judge.Judge(Hire(RegisteredUntilTheHire(start), start, months: months)));

        Assert.Equal(DomainRuleKind.InvalidInput, e.Kind);
        Assert.Equal("contributions[3].month", e.Field);
    }

    [Fact]
    public void A_negative_amount_or_a_repeated_month_is_refused_naming_the_field()
    {
        var start = D(2024, 3, 15);
        var negative = Assert.Throws<DomainRuleException>(() => Judge.Judge(Hire(RegisteredUntilTheHire(start), start, months: [new ContributionMonth(2024, 3, -1)])));
        var repeated = Assert.Throws<DomainRuleException>(() => Judge.Judge(Hire(RegisteredUntilTheHire(start), start, months: [new ContributionMonth(2024, 3, 1), new ContributionMonth(2024, 3, 1)])));

        Assert.Equal("contributions[0].paid", negative.Field);
        Assert.Equal("contributions[1].month", repeated.Field);
    }

    [Theory]
    [InlineData(11, false)]
    [InlineData(12, true)]
    public void R25_D09_cl35_needs_a_contract_of_at_least_one_year(int termMonths, bool approved)
    {
        var start = D(2024, 3, 15);
        var judgement = Judge.Judge(Hire(RegisteredUntilTheHire(start), start, EnterpriseSize.Medium, termMonths, months: Months(start, 11)));

        Assert.Equal(approved, judgement.Approved);
    }

    [Theory]
    [InlineData(EnterpriseSize.Micro, true)]
    [InlineData(EnterpriseSize.Small, true)]
    [InlineData(EnterpriseSize.Medium, false)]
    [InlineData(EnterpriseSize.Large, false)]
    public void R21_Jz15_3_takes_only_small_and_micro_firms_for_a_graduate_within_2_years(EnterpriseSize size, bool approved)
    {
        // Left 2022-07-01: within 2 years on 2024-03-15 but not within D09's 1 year.
        var judgement = Judge.Judge(Hire(Graduate(D(2022, 7, 1)), D(2024, 3, 15), size));

        Assert.Equal(approved, judgement.Approved);
        Assert.Equal(approved ? JiaozuoGraduate : null, judgement.PaidMeasureId);
        Assert.False(Route(judgement, HenanNewHire).Passed);
    }

    [Theory]
    [InlineData(EnterpriseSize.Medium, true)]
    [InlineData(EnterpriseSize.Large, false)]
    public void R21_D09_cl35_takes_medium_small_and_micro_enterprises_not_large_ones(EnterpriseSize size, bool approved)
    {
        var start = D(2024, 3, 15);
        Assert.Equal(approved, Judge.Judge(Hire(RegisteredUntilTheHire(start), start, size)).Approved);
    }

    [Theory]
    [InlineData(2024, 6, 30, true)]   // graduated 2022-06-30: the window's last day (离校2年内)
    [InlineData(2024, 7, 1, false)]
    public void R10_Jz15_3_the_2_year_graduate_window_includes_its_last_day(int y, int m, int d, bool approved)
    {
        var judgement = Judge.Judge(Hire(Graduate(D(2022, 6, 30)), D(y, m, d)));

        Assert.Equal(approved, Route(judgement, JiaozuoGraduate).Passed);
        Assert.Equal(approved, judgement.Approved);
    }

    [Theory]
    [InlineData(2024, 6, 30, true)]   // graduated 2023-06-30: D09's 1-year window, last day
    [InlineData(2024, 7, 1, false)]
    public void R10_D09_cl35_the_1_year_graduate_window_includes_its_last_day(int y, int m, int d, bool approved)
    {
        var judgement = Judge.Judge(Hire(Graduate(D(2023, 6, 30)), D(y, m, d), EnterpriseSize.Medium));

        Assert.Equal(approved, Route(judgement, HenanNewHire).Passed);
    }

    [Theory]
    [InlineData(2023, 12, 31, false)]
    [InlineData(2024, 1, 1, true)]
    [InlineData(2025, 12, 31, true)]
    [InlineData(2026, 1, 1, false)]
    public void R25_the_contract_start_selects_Jz15_3_at_its_2023_2024_and_2025_2026_edges(int y, int m, int d, bool inForce)
    {
        var start = D(y, m, d);
        // Left school 18 months before: within 15号（三）'s 2 years, outside D09's 1 year.
        var judgement = Judge.Judge(Hire(Graduate(start.AddMonths(-18)), start));

        Assert.Equal(inForce, Route(judgement, JiaozuoGraduate).PolicyInForce);
        Assert.Equal(inForce, judgement.Approved);
    }

    [Fact]
    public void R27_Jiyuan_is_refused_where_only_Jiaozuo_pays_and_paid_where_Henan_does()
    {
        var start = D(2024, 3, 15);
        var twoYears = Judge.Judge(Hire(Graduate(D(2022, 7, 1)), start, region: Jiyuan));
        var oneYear = Judge.Judge(Hire(Graduate(D(2023, 7, 1)), start, region: Jiyuan));

        Assert.False(twoYears.Approved);
        Assert.False(Route(twoYears, JiaozuoGraduate).PolicyInForce);
        Assert.True(oneYear.Approved);
        Assert.Equal(HenanNewHire, oneYear.PaidMeasureId);
    }

    [Fact]
    public void R18_R21_Jz15_3_counts_only_months_paid_on_time_and_the_higher_route_pays()
    {
        var start = D(2024, 3, 15);
        var months = Months(start, 12);
        months[0] = months[0] with { PaidOnTime = false };

        // Left 2023-07-01: both D09 (1 year) and 15号（三） (2 years) cover the hire.
        var judgement = Judge.Judge(Hire(Graduate(D(2023, 7, 1)), start, months: months));

        Assert.Equal(11 * 50_000, Route(judgement, JiaozuoGraduate).AmountFen);
        Assert.Equal(12 * 50_000, Route(judgement, HenanNewHire).AmountFen);
        Assert.Equal(HenanNewHire, judgement.PaidMeasureId);
        Assert.Equal(12 * 50_000, judgement.AmountFen);
    }

    [Fact]
    public void R17_D09_cl35_pays_any_unit_hiring_a_hard_to_employ_person_in_Jiyuan_too()
    {
        var start = D(2024, 3, 15);
        var judgement = Judge.Judge(Hire(HardToEmploy(), start, EnterpriseSize.Unspecified, region: Jiyuan, kind: EmployerKind.Organisation));

        Assert.True(judgement.Approved);
        Assert.Equal(HenanHardToEmploy, judgement.PaidMeasureId);
        Assert.Equal(12 * 100_000, judgement.AmountFen); // 100% (sample) of what it actually paid
    }

    [Fact]
    public void R26_Jz15_3_public_welfare_post_placements_are_a_Jiaozuo_route_and_need_the_placement()
    {
        var start = D(2024, 3, 15);
        var placed = Judge.Judge(Hire(HardToEmploy(), start, EnterpriseSize.Unspecified, kind: EmployerKind.Organisation, publicWelfarePost: true));
        var notPlaced = Judge.Judge(Hire(HardToEmploy(), start, EnterpriseSize.Unspecified, kind: EmployerKind.Organisation));
        var inJiyuan = Judge.Judge(Hire(HardToEmploy(), start, EnterpriseSize.Unspecified, region: Jiyuan, kind: EmployerKind.Organisation, publicWelfarePost: true));

        Assert.True(Route(placed, JiaozuoPublicWelfarePost).Passed);
        Assert.False(Route(notPlaced, JiaozuoPublicWelfarePost).Passed);
        Assert.False(Route(inJiyuan, JiaozuoPublicWelfarePost).PolicyInForce);
        // Paid once (R21): the hard-to-employ route pays the same, so one amount is paid.
        Assert.Equal(12 * 100_000, placed.AmountFen);
    }

    [Fact]
    public void R21_an_enterprise_without_a_size_fact_is_failed_precondition_when_only_a_size_route_could_pay()
    {
        var start = D(2024, 3, 15);
        var e = Assert.Throws<DomainRuleException>(() => Judge.Judge(Hire(RegisteredUntilTheHire(start), start, EnterpriseSize.Unspecified)));

        Assert.Equal(DomainRuleKind.NotAllowedNow, e.Kind);
        Assert.Equal("employer.size", e.Field);
        // A hard-to-employ hire needs no size.
        Assert.True(Judge.Judge(Hire(HardToEmploy(), start, EnterpriseSize.Unspecified)).Approved);
    }

    [Fact]
    public void R19_a_registration_that_ended_two_days_before_the_hire_is_not_registered_unemployment()
    {
        var start = D(2024, 3, 15);
        var person = Person(D(1985, 1, 1), Registration(D(2023, 10, 1), start.AddDays(-2)));

        Assert.False(Judge.Judge(Hire(person, start, EnterpriseSize.Medium)).Approved);
    }

    [Fact]
    public void R3_an_unconfigured_share_is_failed_precondition_naming_key_region_and_date()
    {
        var start = D(2024, 3, 15);
        var e = Assert.Throws<DomainRuleException>(() => new SocialInsuranceJudge(ShippedCatalog.Catalog).Judge(Hire(RegisteredUntilTheHire(start), start, EnterpriseSize.Medium)));

        Assert.Equal(DomainRuleKind.NotAllowedNow, e.Kind);
        Assert.Contains("hiring.social_insurance_subsidy.new_hire.share_percent", e.Message, StringComparison.Ordinal);
        Assert.Contains("410802", e.Message, StringComparison.Ordinal);
        Assert.Contains("2024-03-15", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void R28_the_amount_is_rounded_half_up_per_hire()
    {
        var start = D(2024, 3, 15);
        // 50% of 0.03元 = 1.5 fen → 2 fen.
        var judgement = Judge.Judge(Hire(RegisteredUntilTheHire(start), start, EnterpriseSize.Medium, months: [new ContributionMonth(2024, 3, 3)]));

        Assert.Equal(2, judgement.AmountFen);
    }
}
