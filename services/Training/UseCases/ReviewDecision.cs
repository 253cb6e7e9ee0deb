using Employment.Persistence.Outbox;
using Employment.Persistence.Payments;
using Employment.Persistence.Reviews;
using Employment.Persistence.Submissions;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Employment.Training.Data;
using Microsoft.Extensions.Logging;
using V1 = Employment.Training.V1;

namespace Employment.Training.UseCases;

/// <summary>复核 of a training application (the shared <see cref="DecisionReviewing{TRecord}"/>): confirmed, the applicant is told.</summary>
public sealed class ReviewDecision(TrainingDbContext db, IRecusal recusal, ChinaClock clock, ApplicationCases cases, SubsidyKinds<V1.SubsidyKind, IApplicationKind> kinds, ILogger<ReviewDecision> logger)
    : DecisionReviewing<TrainingApplicationRecord>(db, recusal, clock, cases)
{
    protected override void Reviewed(TrainingApplicationRecord record, SubsidyStatus status, Caller reviewer, DateTimeOffset now)
    {
        if (status == SubsidyStatus.Approved)
        {
            // The review confirmed the approval: now it counts, and the applicant is told in this same write.
            db.AddMessage(TrainingMessages.Decided(record, kinds.Of((V1.SubsidyKind)record.Kind).NameZh, approved: true, now), now);
        }

        TrainingLog.DecisionReviewed(logger, record.Id, status.ToString(), reviewer.Subject);
    }
}
