using Employment.Common.V1;
using Employment.Hiring.V1;
using Employment.TestInfrastructure;
using Grpc.Core;
using Xunit;
using static Hiring.Tests.Service.Claims;

namespace Hiring.Tests.Service;

/// <summary>
/// 复核 (maker-checker) of a claim over real gRPC on PostgreSQL: where the configuration asks for it by measure and the
/// approved total (R3), a decided claim waits for a clerk allowed to review who decided none of its items.
/// </summary>
public sealed class DecisionReviewTests(HiringHost host) : IClassFixture<HiringHost>
{
    private static readonly DateOnly Hired = new(2023, 7, 1);

    private async Task<HiringClaim> SubmittedAsync(int hires)
    {
        var employer = await host.EmployerAsync();
        var items = new List<HireItem>();
        for (var i = 0; i < hires; i++)
        {
            items.Add(Hire(await host.YouthHiredByAsync(employer, Hired), Hired));
        }

        return await host.Hiring.SubmitClaimAsync(Of(SubsidyKind.JobExpansion, employer, [.. items]), TestCallers.Counter());
    }

    private async Task<HiringClaim> DecidedAsync(HiringClaim claim, params (Metadata Clerk, bool Approve)[] decisions)
    {
        for (var i = 0; i < decisions.Length; i++)
        {
            claim = await host.Hiring.DecideClaimItemAsync(new DecideClaimItemRequest
            {
                IdempotencyKey = Guid.NewGuid().ToString(),
                ClaimId = claim.ClaimId,
                ExpectedVersion = claim.Record.Version,
                ItemNo = i + 1,
                Approve = decisions[i].Approve,
                ReasonZh = decisions[i].Approve ? "" : "劳动合同不足1年",
            }, decisions[i].Clerk);
        }

        return claim;
    }

    /// <summary>复核 through the shared contract, then the claim as its service reads it after.</summary>
    private async Task<HiringClaim> ReviewAsync(HiringClaim claim, Metadata reviewer, bool confirm, string reason = "")
    {
        var reviewed = await host.Cases.ReviewDecisionAsync(new ReviewDecisionRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            RecordId = claim.ClaimId,
            ExpectedVersion = claim.Record.Version,
            Confirm = confirm,
            ReasonZh = reason,
        }, reviewer);
        var read = await host.Hiring.GetClaimAsync(new GetClaimRequest { ClaimId = claim.ClaimId }, reviewer);
        Assert.Equal((int)read.Status, (int)reviewed.Status);
        Assert.Equal(read.Record.Version, reviewed.Record.Version);
        return read;
    }

    [Fact(Timeout = 60_000)]
    public async Task A_claim_approved_from_the_configured_total_waits_for_a_reviewer_who_decided_none_of_its_items()
    {
        var first = TestCallers.Counter(clerk: "clerk-a");
        var second = TestCallers.Reviewer(clerk: "clerk-b");
        var claim = await DecidedAsync(await SubmittedAsync(3), (first, true), (second, true), (first, true));

        Assert.Equal(ClaimStatus.AwaitingReview, claim.Status);
        Assert.Equal(HiringHost.SampleJobExpansionReviewFromFen, claim.Review.FromAmount.Fen);
        Assert.Equal(["clerk-a", "clerk-b"], claim.Review.DecidedBy);
        var byDecider = await Assert.ThrowsAsync<RpcException>(() => ReviewAsync(claim, second, confirm: true));
        Assert.Equal(StatusCode.PermissionDenied, byDecider.StatusCode);
        Assert.Contains("reason: REVIEW_BY_DECIDER", byDecider.Said(), StringComparison.Ordinal);
        var batch = await Assert.ThrowsAsync<RpcException>(() => host.Payments.CreatePaymentBatchAsync(new CreatePaymentBatchRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            Region = new RegionCode { Code = "410800" },
            RecordIds = { claim.ClaimId },
        }, TestCallers.Counter()).ResponseAsync);
        Assert.Equal(StatusCode.FailedPrecondition, batch.StatusCode);

        var confirmed = await ReviewAsync(claim, TestCallers.Reviewer(clerk: "clerk-c"), confirm: true);

        Assert.Equal(ClaimStatus.Approved, confirmed.Status);
        Assert.Equal("clerk-c", confirmed.Review.ReviewedBy);
        Assert.Equal(300_000, confirmed.Total.Fen);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_returned_claim_has_its_approved_items_decided_again_and_its_rejected_ones_stay_rejected()
    {
        var clerk = TestCallers.Counter(clerk: "clerk-a");
        var claim = await DecidedAsync(await SubmittedAsync(4), (clerk, true), (clerk, true), (clerk, true), (clerk, false));
        Assert.Equal(ClaimStatus.AwaitingReview, claim.Status);

        var returned = await ReviewAsync(claim, TestCallers.Reviewer(clerk: "clerk-c"), confirm: false, "第3项的合同起始日期与社保登记不一致");

        Assert.Equal(ClaimStatus.Submitted, returned.Status);
        Assert.True(returned.Review.Returned);
        Assert.Equal([ClaimStatus.Submitted, ClaimStatus.Submitted, ClaimStatus.Submitted, ClaimStatus.Rejected], returned.Items.Select(i => i.Status));
    }

    [Fact(Timeout = 60_000)]
    public async Task A_claim_approved_below_the_configured_total_needs_no_review()
    {
        var clerk = TestCallers.Counter(clerk: "clerk-a");
        var claim = await DecidedAsync(await SubmittedAsync(3), (clerk, true), (clerk, true), (clerk, false));

        Assert.Equal(ClaimStatus.Approved, claim.Status);
        Assert.False(claim.Review.Required);
    }
}
