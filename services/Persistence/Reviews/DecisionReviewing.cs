using Employment.Common.V1;
using Employment.Persistence.Idempotency;
using Employment.Persistence.Payments;
using Employment.Persistence.Records;
using Employment.ServiceDefaults.Errors;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Microsoft.EntityFrameworkCore;

namespace Employment.Persistence.Reviews;

/// <summary>
/// 复核, in every subsidy service whose approvals may need a second clerk: on the version the reviewer read (ABORTED
/// when stale), idempotent on the key, by a clerk of the region allowed to review who is not tied to the record (回避) and
/// decided none of it. Confirmed, the approval counts (审核通过, and may be batched and paid); returned, it waits to be
/// decided again. A service says what else a review changes (its messages); whom its record names is its answers'.
/// </summary>
public abstract class DecisionReviewing<TRecord>(DbContext db, IRecusal recusal, ChinaClock clock, CaseAnswers<TRecord> answers) : Lifecycle.IDecisionReview
    where TRecord : AuditedRecord, IPayable, IReviewable
{
    public Task<SubsidyCase> ReviewAsync(ReviewDecisionRequest request, Caller reviewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(reviewer);
        return IdempotentWrite.RunAsync(db, clock.Now, "ReviewDecision", reviewer, request.IdempotencyKey, request, SubsidyCase.Parser, async () =>
        {
            var id = request.RecordId.Trim();
            var record = await answers.Rows.SingleOrDefaultAsync(r => r.Id == id, cancellationToken)
                ?? throw DomainRuleException.NotFound(answers.RecordWhat, id);
            reviewer.RequireVisible(answers.RecordWhat, id, bankCode: null, record.Region);
            await recusal.RequireUntiedAsync(reviewer, answers.RecordWhat, answers.RecusalOf(record), cancellationToken);
            if (record.Version != request.ExpectedVersion)
            {
                throw DomainRuleException.Stale(answers.RecordWhat, record.Version, request.ExpectedVersion);
            }

            var now = clock.Now;
            var status = DecisionReviews.Review(record, (SubsidyStatus)record.Status, reviewer, [.. answers.DecidedBy(record)], request, now);
            record.Status = (int)status;
            record.StampChanged(reviewer.Subject, now);
            Reviewed(record, status, reviewer, now);
            return answers.Of(record);
        }, cancellationToken);
    }

    /// <summary>What else the review changes, in the same write (the applicant told of a confirmed approval), and its log line.</summary>
    protected abstract void Reviewed(TRecord record, SubsidyStatus status, Caller reviewer, DateTimeOffset now);
}
