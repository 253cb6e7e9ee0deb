using Employment.Common.V1;
using Employment.Hiring.Domain.Stabilisation;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Errors;
using Xunit;
using static Hiring.Tests.Domain.Hires;

namespace Hiring.Tests.Domain.Stabilisation;

/// <summary>
/// 失业保险稳岗返还 (焦政办〔2023〕36号（一）, 〔2024〕15号（二）; R13, R15, R16, R17) with the sample national
/// control target of sample-configuration/stabilisation.yaml (5.5%, marked sample).
/// </summary>
public sealed class StabilisationRefundTests
{
    private static readonly StabilisationJudge Judge = new(ShippedCatalog.WithSampleConfiguration, Employment.Hiring.UseCases.StabilisationClaims.Taken[0].NameZh);
    private static readonly StabilisationJudge JudgeAsShipped = new(ShippedCatalog.Catalog, Employment.Hiring.UseCases.StabilisationClaims.Taken[0].NameZh);

    private static StabilisationClaim Claim(
        DateOnly submitted,
        EnterpriseSize size = EnterpriseSize.Small,
        long contributionsFen = 1_000_000,
        int staff = 50,
        int layoffs = 0,
        int fullMonths = 24,
        ClaimantType type = ClaimantType.Enterprise,
        bool insuredAsUnit = false,
        Region? region = null) =>
        new("91410800MA0000001X", "焦作示例制造有限公司", region ?? Jiaozuo, type, size, insuredAsUnit, submitted, contributionsFen, staff, layoffs, fullMonths);

    [Theory]
    [InlineData(EnterpriseSize.Micro, 600_000)]
    [InlineData(EnterpriseSize.Small, 600_000)]
    [InlineData(EnterpriseSize.Medium, 600_000)]
    [InlineData(EnterpriseSize.Large, 300_000)]
    public void R13_36_1_refunds_60_percent_to_smes_and_30_percent_to_large_enterprises(EnterpriseSize size, long expectedFen)
    {
        var judgement = Judge.Judge(Claim(D(2023, 5, 10), size));

        Assert.True(judgement.Approved, judgement.Explanation.SummaryZh);
        Assert.Equal(expectedFen, judgement.AmountFen);
        Assert.Equal(2022, judgement.RefundYear);
        var rate = Assert.Single(judgement.Explanation.Checks, c => c.RuleId == "hiring.stabilisation.refund_rate");
        Assert.Contains(rate.Citations, c => c.Clause == "（一）");
    }

    [Fact]
    public void R28_the_refund_is_rounded_half_up_to_the_fen()
    {
        // 3 fen × 60% = 1.8 → 2 fen; 5 fen × 30% = 1.5 → 2 fen (a half fen rounds up).
        Assert.Equal(2, Judge.Judge(Claim(D(2023, 5, 10), contributionsFen: 3)).AmountFen);
        Assert.Equal(2, Judge.Judge(Claim(D(2023, 5, 10), EnterpriseSize.Large, contributionsFen: 5)).AmountFen);
    }

    [Theory]
    [InlineData(2023, 12, 31, true, false)]  // 36号（一）: no twelve-month condition
    [InlineData(2024, 1, 1, true, true)]     // 15号（二）: 足额缴纳12个月以上
    [InlineData(2024, 12, 31, true, true)]
    [InlineData(2025, 1, 1, false, false)]   // no policy (R15)
    public void R15_the_submission_date_selects_the_rule_at_the_2023_2024_and_2024_2025_edges(int y, int m, int d, bool inForce, bool twelveMonthCondition)
    {
        var judgement = Judge.Judge(Claim(D(y, m, d)));

        Assert.Equal(inForce, judgement.PolicyInForce);
        Assert.Equal(inForce, judgement.Approved);
        Assert.Equal(inForce ? 600_000 : 0, judgement.AmountFen);
        Assert.Equal(twelveMonthCondition, judgement.Explanation.Checks.Any(c => c.RuleId == "hiring.stabilisation.full_contribution_months"));
        if (inForce)
        {
            var policy = Assert.Single(judgement.Explanation.Checks, c => c.RuleId == "hiring.stabilisation.policy_in_force");
            Assert.Contains(policy.Citations, c => c.Clause == (y == 2023 ? "（一）" : "（二）"));
        }
    }

    [Fact]
    public void R15_a_2022_claim_finds_no_policy_since_2022_has_only_a_national_ceiling()
    {
        var judgement = Judge.Judge(Claim(D(2022, 6, 1)));

        Assert.False(judgement.PolicyInForce);
        Assert.False(judgement.Approved);
    }

    [Theory]
    [InlineData(11, false)]
    [InlineData(12, true)]
    public void R16_15_2_needs_twelve_full_months_of_contributions_up_to_the_claim_date_inclusive(int months, bool approved)
    {
        var judgement = Judge.Judge(Claim(D(2024, 3, 1), fullMonths: months));

        Assert.Equal(approved, judgement.Approved);
        var check = Assert.Single(judgement.Explanation.Checks, c => c.RuleId == "hiring.stabilisation.full_contribution_months");
        Assert.Equal(approved, check.Passed);
    }

    [Theory]
    [InlineData(30, 6, true)]    // 30人（含）以下: 20% exactly is allowed
    [InlineData(30, 7, false)]   // 23.3% > 20%, and above the 5.5% target
    [InlineData(31, 6, false)]   // 31 staff: the 20% route is closed; 19.4% > 5.5%
    [InlineData(31, 1, true)]    // 3.2% ≤ 5.5%
    public void R13_36_1_small_employers_of_30_insured_or_fewer_may_lay_off_up_to_20_percent(int staff, int layoffs, bool approved)
    {
        var judgement = Judge.Judge(Claim(D(2023, 5, 10), staff: staff, layoffs: layoffs));

        Assert.Equal(approved, judgement.Approved);
        Assert.Equal(approved, Assert.Single(judgement.Explanation.Checks, c => c.RuleId == "hiring.stabilisation.layoff_rate").Passed);
    }

    [Theory]
    [InlineData(11, true)]   // 11 / 200 = 5.5%: exactly at the target passes (不高于)
    [InlineData(12, false)]  // 6%
    public void R13_layoffs_exactly_at_the_national_control_target_pass(int layoffs, bool approved)
    {
        var judgement = Judge.Judge(Claim(D(2024, 3, 1), staff: 200, layoffs: layoffs));

        Assert.Equal(approved, judgement.Approved);
        var check = Assert.Single(judgement.Explanation.Checks, c => c.RuleId == "hiring.stabilisation.layoff_rate");
        Assert.Contains(check.FactsUsed, f => f.Name == "hiring.stabilisation.national_unemployment_control_target_percent" && f.Source.StartsWith("配置值", StringComparison.Ordinal));
    }

    [Fact]
    public void R16_no_layoffs_passes_without_the_configured_control_target()
    {
        var judgement = JudgeAsShipped.Judge(Claim(D(2024, 3, 1), staff: 200, layoffs: 0));

        Assert.True(judgement.Approved, judgement.Explanation.SummaryZh);
    }

    [Fact]
    public void R3_layoffs_above_the_small_employer_route_need_the_configured_target_and_without_it_fail_naming_key_region_and_date()
    {
        var e = Assert.Throws<DomainRuleException>(() => JudgeAsShipped.Judge(Claim(D(2024, 3, 1), staff: 200, layoffs: 5)));

        Assert.Equal(DomainRuleKind.NotAllowedNow, e.Kind);
        Assert.Contains("hiring.stabilisation.national_unemployment_control_target_percent", e.Message, StringComparison.Ordinal);
        Assert.Contains("410802", e.Message, StringComparison.Ordinal);
        Assert.Contains("2024-03-01", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ClaimantType.SocialGroup)]
    [InlineData(ClaimantType.Foundation)]
    [InlineData(ClaimantType.SocialServiceOrganisation)]
    [InlineData(ClaimantType.LawFirm)]
    [InlineData(ClaimantType.AccountingFirm)]
    public void R16_36_1_a_participating_organisation_without_a_size_fact_takes_the_sme_rate(ClaimantType type)
    {
        var judgement = Judge.Judge(Claim(D(2023, 5, 10), EnterpriseSize.Unspecified, type: type));

        Assert.True(judgement.Approved, judgement.Explanation.SummaryZh);
        Assert.Equal(600_000, judgement.AmountFen);
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public void R17_15_2_an_individual_business_takes_part_only_when_insured_as_a_unit(bool insuredAsUnit, bool approved)
    {
        var judgement = Judge.Judge(Claim(D(2024, 3, 1), EnterpriseSize.Unspecified, type: ClaimantType.IndividualBusiness, insuredAsUnit: insuredAsUnit));

        Assert.Equal(approved, judgement.Approved);
    }

    [Fact]
    public void R17_a_public_institution_is_not_a_claimant()
    {
        var judgement = Judge.Judge(Claim(D(2023, 5, 10), EnterpriseSize.Unspecified, type: ClaimantType.Other));

        Assert.False(judgement.Approved);
        Assert.False(Assert.Single(judgement.Explanation.Checks, c => c.RuleId == "hiring.stabilisation.claimant").Passed);
    }

    [Fact]
    public void R16_an_enterprise_without_a_size_fact_is_failed_precondition_naming_the_field()
    {
        var e = Assert.Throws<DomainRuleException>(() => Judge.Judge(Claim(D(2023, 5, 10), EnterpriseSize.Unspecified)));

        Assert.Equal(DomainRuleKind.NotAllowedNow, e.Kind);
        Assert.Equal("employer.size", e.Field);
    }

    [Fact]
    public void R27_Jiyuan_has_no_stabilisation_refund_measure()
    {
        var judgement = Judge.Judge(Claim(D(2023, 5, 10), region: Region.Jiyuan));

        Assert.False(judgement.PolicyInForce);
        Assert.Equal(0, judgement.AmountFen);
    }

    [Theory]
    [InlineData(-1L, 50, 0, 24, "last_year_contributions")]
    [InlineData(long.MaxValue, 50, 0, 24, "last_year_contributions")]
    [InlineData(1_000_000L, -1, 0, 24, "insured_staff_at_year_start")]
    [InlineData(1_000_000L, 10, 11, 24, "layoffs")]
    [InlineData(1_000_000L, 10, -1, 24, "layoffs")]
    [InlineData(1_000_000L, 10, 0, -1, "full_contribution_months")]
    public void Negative_or_absurd_figures_are_refused_naming_the_field(long contributions, int staff, int layoffs, int months, string field)
    {
        var e = Assert.Throws<DomainRuleException>(() => Judge.Judge(Claim(D(2024, 3, 1), contributionsFen: contributions, staff: staff, layoffs: layoffs, fullMonths: months)));

        Assert.Equal(DomainRuleKind.InvalidInput, e.Kind);
        Assert.Equal(field, e.Field);
    }
}
