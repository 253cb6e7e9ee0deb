using Employment.Persistence.Idempotency;
using Employment.Risk.Data;
using Employment.Risk.Domain;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Employment.ServiceDefaults.Validation;
using Microsoft.EntityFrameworkCore;
using V1 = Employment.Risk.V1;

namespace Employment.Risk.UseCases;

/// <summary>
/// An auditor confirms or dismisses a signal with a reason, or reopens it, on the version it read; each review
/// is kept as a row of its own (who, when, why, the version it made). Confirming holds the linked unpaid
/// records out of payment in their services; dismissing or reopening releases them (<see cref="SignalHolds"/>).
/// </summary>
public sealed class ReviewSignal(RiskDbContext db, ChinaClock clock, SignalHolds holds)
{
    public async Task<V1.Signal> ReviewAsync(V1.ReviewSignalRequest request, Caller auditor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var reason = PlainText.Check(request.ReasonZh, "reason_zh", SignalReviews.ReasonMaxLength, "核查理由", required: false);
        var reviewed = await IdempotentWrite.RunAsync(db, clock.Now, "ReviewSignal", auditor, request.IdempotencyKey, request, V1.Signal.Parser, async () =>
        {
            var id = request.SignalId.Trim();
            var record = await db.Signals.Include(s => s.Reviews).SingleOrDefaultAsync(s => s.Id == id, cancellationToken)
                ?? throw DomainRuleException.NotFound(SignalQueries.What, id);
            auditor.RequireVisible(SignalQueries.What, id, bankCode: null, record.Region);
            if (record.Version != request.ExpectedVersion)
            {
                throw DomainRuleException.Stale(SignalQueries.What, record.Version, request.ExpectedVersion);
            }

            var status = SignalReviews.Review((SignalStatus)record.Status, (SignalStatus)request.Status, reason);
            var now = clock.Now;
            record.Status = (int)status;
            record.StampChanged(auditor.Subject, now);
            var review = new SignalReviewRecord { SignalId = record.Id, SignalVersion = record.Version, Status = (int)status, ReasonZh = reason.Trim() };
            review.StampCreated(auditor.Subject, now);
            record.Reviews.Add(review);
            await db.SaveChangesAsync(cancellationToken);
            return SignalAnswers.Of(record);
        }, cancellationToken);

        // After the review is stored, and again on a retry of it: the holds follow the signal's status now.
        return SignalAnswers.Of(await holds.SyncAsync(reviewed.SignalId, cancellationToken));
    }
}
