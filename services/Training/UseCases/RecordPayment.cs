using Employment.Persistence.Outbox;
using Employment.Persistence.Payments;
using Employment.Persistence.Submissions;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Employment.Training.Data;
using Microsoft.Extensions.Logging;
using V1 = Employment.Training.V1;

namespace Employment.Training.UseCases;

/// <summary>发放 of a training application (the shared lifecycle), with the moment it was recorded for 办理进度.</summary>
public sealed class RecordPayment(TrainingDbContext db, ChinaClock clock, ApplicationCases cases, SubsidyKinds<V1.SubsidyKind, IApplicationKind> kinds, ILogger<RecordPayment> logger)
    : PaymentRecording<TrainingApplicationRecord>(db, clock, cases)
{
    protected override void Paid(TrainingApplicationRecord record, Caller clerk, DateTimeOffset now)
    {
        record.PaidRecordedAt = now;
        db.AddMessage(TrainingMessages.Paid(record, kinds.Of((V1.SubsidyKind)record.Kind).NameZh, now), now);
        TrainingLog.ApplicationPaid(logger, record.Id, record.AmountFen, clerk.Subject);
    }
}
