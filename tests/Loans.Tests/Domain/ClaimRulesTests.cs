using Employment.Loans.Domain.Claims;
using Employment.Loans.Domain.Ledger;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Errors;
using Xunit;

namespace Loans.Tests.Domain;

/// <summary>A bank's quarterly interest-subsidy claim as the <see cref="SubsidyClaim"/> aggregate enforces it, in process.</summary>
public sealed class ClaimRulesTests
{
    private const string Bank = "BANK-01";

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private static DomainRuleException Refused(Action act) => Assert.Throws<DomainRuleException>(act);

    /// <summary>One loan's line of 1,000.00元 in 2023 Q3, split central 200, province 400, county 410802 400.</summary>
    private static InterestSubsidyClaim Computed(bool withLines = true) => new(
        Bank, 2023, 3, InterestSubsidyClaims.QuarterPeriod(2023, 3),
        withLines ? [new ClaimLine("L-1", "HT-0001", Region.Parse("410802"), 92, 0, 0, 3.45m, 100m, 100_000m, 100_000)] : [],
        withLines ? 100_000 : 0,
        withLines ? [new CostShare("central", Region.National, 20_000), new CostShare("province", Region.Parse("410000"), 40_000), new CostShare("county", Region.Parse("410802"), 40_000)] : []);

    private static SubsidyClaim Submitted()
    {
        var claim = SubsidyClaim.ForQuarter(null, "C-1", Bank, 2023, 3);
        claim.Submit(Computed());
        return claim;
    }

    [Fact]
    public void R6_a_quarter_is_claimed_only_once_it_has_ended_in_Beijing()
    {
        var early = Refused(() => SubsidyClaim.RequireQuarterEnded(2024, 1, D(2024, 3, 31)));
        Assert.Equal(DomainRuleKind.NotAllowedNow, early.Kind);
        Assert.Contains("尚未结束", early.Message, StringComparison.Ordinal);

        SubsidyClaim.RequireQuarterEnded(2024, 1, D(2024, 4, 1));
    }

    [Theory]
    [InlineData(1999, 1, "year")]
    [InlineData(2023, 5, "quarter")]
    public void R6_a_claim_names_a_real_year_and_quarter(int year, int quarter, string field)
    {
        Assert.Equal(field, Refused(() => SubsidyClaim.QuarterOf(year, quarter)).Field);
    }

    [Fact]
    public void R6_one_claim_per_bank_and_quarter_a_second_is_already_exists_naming_the_first()
    {
        var error = Refused(() => SubsidyClaim.ForQuarter(Submitted(), "C-2", Bank, 2023, 3));

        Assert.Equal(DomainRuleKind.AlreadyExists, error.Kind);
        Assert.Contains("C-1", error.Message, StringComparison.Ordinal);
        Assert.Contains("1000.00元", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void R6_a_rejected_claim_may_be_submitted_again_recomputed()
    {
        var rejected = Submitted();
        rejected.Decide(approve: false, "利率有误");

        var again = SubsidyClaim.ForQuarter(rejected, "C-2", Bank, 2023, 3);
        again.Submit(Computed());

        Assert.Same(rejected, again);
        Assert.Equal(ClaimState.Submitted, again.State);
        Assert.Equal("", again.DecisionReason);
    }

    [Fact]
    public void R6_a_quarter_with_no_subsidised_day_has_nothing_to_claim()
    {
        var claim = SubsidyClaim.ForQuarter(null, "C-1", Bank, 2023, 3);

        Assert.Contains("没有可申请贴息的贷款", Refused(() => claim.Submit(Computed(withLines: false))).Message, StringComparison.Ordinal);
        Assert.Null(claim.State);
    }

    [Fact]
    public void R6_the_counters_that_decide_are_those_of_the_local_payers()
    {
        Assert.Equal(["410802"], Submitted().LocalRegions);
    }

    [Fact]
    public void Decide_only_a_submitted_claim_is_decided_and_a_rejection_needs_a_reason()
    {
        var claim = Submitted();
        Assert.Equal("reason_zh", Refused(() => claim.Decide(approve: false, " ")).Field);

        claim.Decide(approve: true, "");
        Assert.Equal(ClaimState.Approved, claim.State);

        var twice = Refused(() => claim.Decide(approve: false, "重复审批"));
        Assert.Equal(DomainRuleKind.NotAllowedNow, twice.Kind);
        Assert.Contains("已核准", twice.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_on_a_version_other_than_the_stored_one_is_stale()
    {
        Assert.Equal(DomainRuleKind.StaleVersion, Refused(() => Submitted().RequireVersion(2)).Kind);
    }
}
