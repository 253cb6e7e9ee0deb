using Employment.Common.V1;
using Employment.Persistence.Idempotency;
using Employment.Persistence.Lifecycle;
using Employment.Persistence.Outbox;
using Employment.Persistence.Payments;
using Employment.Persistence.Reviews;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Employment.Training.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using V1 = Employment.Training.V1;

namespace Employment.Training.UseCases;

/// <summary>
/// 复核 of an approval awaiting it, on the version the reviewer read (ABORTED when stale), idempotent on the key:
/// confirmed it counts (审核通过, and may be batched and paid); returned it waits to be decided again.
/// </summary>
public sealed class ReviewDecision(TrainingDbContext db, IRecusal recusal, ChinaClock clock, ApplicationCases cases, Employment.Persistence.Submissions.SubsidyKinds<V1.SubsidyKind, IApplicationKind> kinds, ILogger<ReviewDecision> logger)
    : IDecisionReview
{
    public Task<SubsidyCase> ReviewAsync(ReviewDecisionRequest request, Caller reviewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(reviewer);
        return IdempotentWrite.RunAsync(db, clock.Now, "ReviewDecision", reviewer, request.IdempotencyKey, request, SubsidyCase.Parser, async () =>
        {
            var id = request.RecordId.Trim();
            var record = await db.Applications.SingleOrDefaultAsync(a => a.Id == id, cancellationToken)
                ?? throw DomainRuleException.NotFound(DecideApplication.What, id);
            reviewer.RequireVisible(DecideApplication.What, id, bankCode: null, record.Region);
            await recusal.RequireUntiedAsync(reviewer, DecideApplication.What, ApplicationRecusal.Of(record), cancellationToken);
            if (record.Version != request.ExpectedVersion)
            {
                throw DomainRuleException.Stale(DecideApplication.What, record.Version, request.ExpectedVersion);
            }

            var status = DecisionReviews.Review(record, (SubsidyStatus)record.Status, reviewer, [record.DecidedBy], request, clock.Now);
            record.Status = (int)status;
            record.StampChanged(reviewer.Subject, clock.Now);
            if (status == SubsidyStatus.Approved)
            {
                // The review confirmed the approval: now it counts, and the applicant is told in this same write.
                db.AddMessage(TrainingMessages.Decided(record, kinds.Of((V1.SubsidyKind)record.Kind).NameZh, approved: true, clock.Now), clock.Now);
            }

            TrainingLog.DecisionReviewed(logger, record.Id, status.ToString(), reviewer.Subject);
            return cases.Of(record);
        }, cancellationToken);
    }
}
