using Employment.Hiring.Domain.Claims;
using Employment.Hiring.UseCases;
using Employment.ServiceDefaults.Errors;
using Xunit;

namespace Hiring.Tests.Domain;

/// <summary>The claim's own rules in process: per-item decisions, the claim's status, R9 standing, and the contract term.</summary>
public sealed class ClaimRulesTests
{
    [Theory]
    [InlineData(2023, 3, 1, 2024, 1, 31, 11)]
    [InlineData(2023, 3, 1, 2024, 2, 29, 12)]
    [InlineData(2023, 1, 31, 2024, 1, 30, 12)]
    [InlineData(2023, 1, 31, 2024, 1, 29, 11)]
    [InlineData(2023, 6, 1, 2023, 6, 30, 1)]
    [InlineData(2023, 6, 15, 2023, 7, 13, 0)]
    public void Jz36_11_the_term_is_the_whole_months_from_the_start_to_the_day_after_the_end(int y1, int m1, int d1, int y2, int m2, int d2, int months) =>
        Assert.Equal(months, HireInput.TermMonths(new DateOnly(y1, m1, d1), new DateOnly(y2, m2, d2)));

    [Fact]
    public void An_item_is_decided_once_and_a_rejection_needs_a_reason()
    {
        Assert.Equal(ClaimStatus.Approved, ClaimItemDecision.Decide(1, ClaimStatus.Submitted, approve: true, ""));
        Assert.Equal(ClaimStatus.Rejected, ClaimItemDecision.Decide(1, ClaimStatus.Submitted, approve: false, "材料不全"));
        Assert.Equal("reason_zh", Assert.Throws<DomainRuleException>(() => ClaimItemDecision.Decide(1, ClaimStatus.Submitted, approve: false, " ")).Field);
        Assert.Equal(DomainRuleKind.NotAllowedNow, Assert.Throws<DomainRuleException>(() => ClaimItemDecision.Decide(2, ClaimStatus.Approved, approve: false, "x")).Kind);
    }

    [Fact]
    public void The_claim_waits_for_every_item_then_is_approved_when_any_item_was()
    {
        Assert.Equal(ClaimStatus.Submitted, ClaimItemDecision.ClaimStatusOf([ClaimStatus.Approved, ClaimStatus.Submitted]));
        Assert.Equal(ClaimStatus.Approved, ClaimItemDecision.ClaimStatusOf([ClaimStatus.Approved, ClaimStatus.Rejected]));
        Assert.Equal(ClaimStatus.Rejected, ClaimItemDecision.ClaimStatusOf([ClaimStatus.Rejected, ClaimStatus.Rejected]));
    }

    [Theory]
    [InlineData(ClaimStatus.Submitted, true)]
    [InlineData(ClaimStatus.Approved, true)]
    [InlineData(ClaimStatus.Paid, true)]
    [InlineData(ClaimStatus.Rejected, false)]
    public void R9_only_a_standing_item_holds_its_person(ClaimStatus status, bool holds) =>
        Assert.Equal(holds, ClaimItemDecision.HoldsPerson(status));
}
