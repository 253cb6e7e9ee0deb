using System.Linq.Expressions;
using Employment.Common.V1;
using Employment.Persistence.Outbox;
using Employment.Persistence.Payments;
using Employment.Persistence.Submissions;
using Employment.Policy;
using Employment.ServiceDefaults.Messaging;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Employment.Training.Data;
using Employment.Training.Domain;
using Employment.Training.Domain.SkillUpgrade;
using Microsoft.EntityFrameworkCore;
using V1 = Employment.Training.V1;

namespace Employment.Training.UseCases;

/// <summary>发放批次 and 公示 of training applications (the shared lifecycle): one notice line per application.</summary>
public sealed class PaymentBatches(TrainingDbContext db, PolicyCatalog catalog, ChinaClock clock, ApplicationCases cases, SubsidyKinds<V1.SubsidyKind, IApplicationKind> kinds)
    : PaymentBatches<TrainingApplicationRecord>(cases, catalog, clock)
{
    protected override string NoticeDaysKey => TrainingPolicyKeys.PaymentPublicNoticeDays;

    protected override Expression<Func<TrainingApplicationRecord, BatchCandidate>> Candidate { get; } =
        a => new BatchCandidate(a.Id, a.Status, a.BatchId, a.Region, a.AmountFen);

    protected override async Task TellOnNoticeAsync(PaymentBatchRecord batch, IReadOnlyList<string> recordIds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var applicants = await db.Applications.AsNoTracking().Where(a => recordIds.Contains(a.Id)).Select(a => new { a.Id, a.PersonId, a.Kind }).ToListAsync(cancellationToken);
        foreach (var a in applicants)
        {
            db.AddMessage(TrainingMessages.OnNotice(a.PersonId, a.Id, kinds.Of((V1.SubsidyKind)a.Kind).NameZh, batch.NoticeUntil, now), now);
        }
    }

    protected override async Task AddNoticeLinesAsync(PaymentNotice notice, string batchId, CancellationToken cancellationToken)
    {
        var lines = await db.Applications.AsNoTracking().Where(a => a.BatchId == batchId).OrderBy(a => a.Id)
            .Select(a => new { a.Id, a.NameMasked, a.IdNumberMasked, a.Kind, a.OccupationName, a.Level, a.AmountFen })
            .ToListAsync(cancellationToken);
        var objected = await db.ObjectedAsync(batchId, cancellationToken);
        notice.Lines.AddRange(lines.Select(a => new PaymentNoticeLine
        {
            RecordId = a.Id,
            NameMasked = a.NameMasked,
            IdNumberMasked = a.IdNumberMasked,
            KindZh = kinds.Of((V1.SubsidyKind)a.Kind).NameZh,
            DetailZh = a.OccupationName.Length == 0 ? "" : $"{a.OccupationName} {((CertificateLevel)a.Level).Zh()}",
            Amount = new Money { Fen = a.AmountFen },
            Objected = objected.Contains(a.Id),
        }));
    }
}
