using Employment.Common.V1;
using Employment.Hiring.Data;
using Employment.Hiring.Domain.Claims;
using Employment.Persistence.Idempotency;
using Employment.Persistence.Lifecycle;
using Employment.Persistence.Payments;
using Employment.Persistence.Reviews;
using Employment.Persistence.Submissions;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases;

/// <summary>
/// 复核 of a decided claim awaiting it, on the claim version the reviewer read (ABORTED when stale), idempotent on
/// the key, by a clerk allowed to review who decided none of its items: confirmed, the claim counts (审核通过, and may
/// be batched and paid); returned, its approved items wait to be decided again (they keep holding their people and
/// months, as submitted items do), its rejected ones stay rejected.
/// </summary>
public sealed class ReviewDecision(HiringDbContext db, IRecusal recusal, ChinaClock clock, ClaimCases cases, SubsidyKinds<V1.SubsidyKind, IClaimKind> kinds, ILogger<ReviewDecision> logger)
    : IDecisionReview
{
    public Task<SubsidyCase> ReviewAsync(ReviewDecisionRequest request, Caller reviewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(reviewer);
        return IdempotentWrite.RunAsync(db, clock.Now, "ReviewDecision", reviewer, request.IdempotencyKey, request, SubsidyCase.Parser, async () =>
        {
            var id = request.RecordId.Trim();
            var claim = await db.Claims.Include(c => c.Items).SingleOrDefaultAsync(c => c.Id == id, cancellationToken)
                ?? throw DomainRuleException.NotFound(DecideClaimItem.What, id);
            reviewer.RequireVisible(DecideClaimItem.What, id, bankCode: null, claim.Region);
            await recusal.RequireUntiedAsync(reviewer, DecideClaimItem.What, ClaimRecusal.Of(claim, claim.Items), cancellationToken);
            if (claim.Version != request.ExpectedVersion)
            {
                throw DomainRuleException.Stale(DecideClaimItem.What, claim.Version, request.ExpectedVersion);
            }

            var now = clock.Now;
            var status = DecisionReviews.Review(claim, (SubsidyStatus)claim.Status, reviewer, claim.Items.Select(i => i.DecidedBy).ToList(), request, now);
            if (status == SubsidyStatus.Submitted)
            {
                foreach (var item in claim.Items.Where(i => (ClaimStatus)i.Status == ClaimStatus.Approved))
                {
                    item.Status = (int)ClaimStatus.Submitted;
                    item.DecidedAt = null;
                    item.StampChanged(reviewer.Subject, now);
                }

                claim.TotalFen = claim.Items.Where(i => (ClaimStatus)i.Status != ClaimStatus.Rejected).Sum(i => i.AmountFen);
            }

            claim.Status = (int)status;
            claim.StampChanged(reviewer.Subject, now);
            // The review confirmed the approval: now it counts, and the claimant is told in this same write.
            ClaimMessages.Decided(db, claim, kinds.NameZh((V1.SubsidyKind)claim.Kind), now);
            HiringLog.DecisionReviewed(logger, claim.Id, status.ToString(), reviewer.Subject);
            return cases.Of(claim);
        }, cancellationToken);
    }
}
