using Employment.Persistence.Lifecycle;
using Employment.Hiring.Data;
using Employment.Hiring.Domain.Claims;
using Employment.Persistence.Payments;
using Employment.Persistence.Reviews;
using Employment.Persistence.Submissions;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Microsoft.Extensions.Logging;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases;

/// <summary>
/// 复核 of a decided claim (the shared <see cref="DecisionReviewing{TRecord}"/>), by a clerk who decided none of its
/// items: confirmed, the claimant is told; returned, its approved items wait to be decided again (they keep holding
/// their people and months, as submitted items do), its rejected ones stay rejected.
/// </summary>
public sealed class ReviewDecision(HiringDbContext db, IRecusal recusal, ChinaClock clock, ClaimCases cases, SubsidyKinds<V1.SubsidyKind, IClaimKind> kinds, RemedySentences remedies, ILogger<ReviewDecision> logger)
    : DecisionReviewing<HiringClaimRecord>(db, recusal, clock, cases)
{
    protected override void Reviewed(HiringClaimRecord record, SubsidyStatus status, Caller reviewer, DateTimeOffset now)
    {
        if (status == SubsidyStatus.Submitted)
        {
            foreach (var item in record.Items.Where(i => (ClaimStatus)i.Status == ClaimStatus.Approved))
            {
                item.Status = (int)ClaimStatus.Submitted;
                item.DecidedAt = null;
                item.StampChanged(reviewer.Subject, now);
            }

            record.TotalFen = record.Items.Where(i => (ClaimStatus)i.Status != ClaimStatus.Rejected).Sum(i => i.AmountFen);
        }

        // The review confirmed the approval: now it counts, and the claimant is told in this same write.
        ClaimMessages.Decided(db, record, kinds.NameZh((V1.SubsidyKind)record.Kind), now, remedies);
        HiringLog.DecisionReviewed(logger, record.Id, status.ToString(), reviewer.Subject);
    }
}
