using Employment.Hiring.Domain.OneOffHires;
using Employment.Hiring.Domain.Referral;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Errors;
using Xunit;
using static Hiring.Tests.Domain.Hires;

namespace Hiring.Tests.Domain.Referral;

/// <summary>
/// 职业介绍补贴 (豫政办〔2022〕14号 四、; R3, R26) with the sample amounts of sample-configuration/referral-and-transport.yaml
/// (Jiaozuo 200.00元, Jiyuan 150.00元 per placement).
/// </summary>
public sealed class ReferralSubsidyTests
{
    private static readonly ReferralSubsidyJudge Judge = new(ShippedCatalog.WithSampleConfiguration, Employment.Hiring.UseCases.ReferralClaims.Taken[0].NameZh);

    private static ReferralClaim Claim(
        DateOnly contractStart,
        Region? region = null,
        bool licensed = true,
        bool free = true,
        params string[] earlier) =>
        new("91410800MA0000007K", "焦作示例人力资源有限公司", region ?? Jiaozuo, licensed, free, Person(D(1995, 1, 1)), new HireContract(contractStart, 12), "91410800MA0000001X", earlier);

    [Fact]
    public void R26_D08_4_pays_the_configured_amount_for_a_free_placement_by_a_licensed_agency()
    {
        var judgement = Judge.Judge(Claim(D(2024, 3, 1)));

        Assert.True(judgement.Approved, judgement.Explanation.SummaryZh);
        Assert.Equal(20_000, judgement.AmountFen);
        var licensed = Assert.Single(judgement.Explanation.Checks, c => c.RuleId == "hiring.referral.licensed_agency");
        Assert.Contains(licensed.Citations, c => c.Clause == "四、");
    }

    [Fact]
    public void R27_Jiyuan_is_paid_where_Henan_does_at_its_own_configured_amount()
    {
        var judgement = Judge.Judge(Claim(D(2024, 3, 1), Region.Jiyuan));

        Assert.True(judgement.Approved);
        Assert.Equal(15_000, judgement.AmountFen);
    }

    [Theory]
    [InlineData(false, true, "hiring.referral.licensed_agency")]
    [InlineData(true, false, "hiring.referral.free_placement")]
    public void R26_an_unlicensed_agency_or_a_charged_placement_is_refused(bool licensed, bool free, string failedRule)
    {
        var judgement = Judge.Judge(Claim(D(2024, 3, 1), licensed: licensed, free: free));

        Assert.False(judgement.Approved);
        Assert.False(Assert.Single(judgement.Explanation.Checks, c => c.RuleId == failedRule).Passed);
    }

    [Fact]
    public void R26_a_placement_already_claimed_is_refused_naming_the_earlier_claim()
    {
        var judgement = Judge.Judge(Claim(D(2024, 3, 1), earlier: "HR-2024-000123"));

        Assert.False(judgement.Approved);
        Assert.Equal("HR-2024-000123", judgement.ConflictingClaimReference);
    }

    [Theory]
    [InlineData(2022, 2, 8, false)]
    [InlineData(2022, 2, 9, true)]
    public void R1_D08_4_runs_from_the_document_date(int y, int m, int d, bool inForce)
    {
        Assert.Equal(inForce, Judge.Judge(Claim(D(y, m, d))).PolicyInForce);
    }

    [Fact]
    public void R3_an_unconfigured_amount_is_failed_precondition_naming_key_region_and_date()
    {
        var e = Assert.Throws<DomainRuleException>(() => new ReferralSubsidyJudge(ShippedCatalog.Catalog, Employment.Hiring.UseCases.ReferralClaims.Taken[0].NameZh).Judge(Claim(D(2024, 3, 1))));

        Assert.Equal(DomainRuleKind.NotAllowedNow, e.Kind);
        Assert.Contains("hiring.job_referral.amount_per_placement", e.Message, StringComparison.Ordinal);
        Assert.Contains("410802", e.Message, StringComparison.Ordinal);
        Assert.Contains("2024-03-01", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_placement_without_the_hiring_employer_is_refused_naming_the_field()
    {
        var claim = Claim(D(2024, 3, 1)) with { EmployerCreditCode = " " };

        Assert.Equal("employer_credit_code", Assert.Throws<DomainRuleException>(() => Judge.Judge(claim)).Field);
    }
}
