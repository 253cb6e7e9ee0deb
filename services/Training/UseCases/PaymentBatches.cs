using Employment.Common.V1;
using Employment.Persistence.Idempotency;
using Employment.Persistence.Records;
using Employment.Policy;
using Employment.Policy.Explanations;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Data;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Employment.Training.Data;
using Employment.Training.Domain.Applications;
using Employment.Training.Domain.Payments;
using Employment.Training.Domain.SkillUpgrade;
using Google.Protobuf;
using Microsoft.EntityFrameworkCore;
using V1 = Employment.Training.V1;

namespace Employment.Training.UseCases;

/// <summary>
/// 发放批次 and 公示: approved applications of one region are put on public notice for the configured
/// period (R3), listed with names and numbers masked; each is paid after the notice ends.
/// </summary>
public sealed class PaymentBatches(TrainingDbContext db, PolicyCatalog catalog, ChinaClock clock)
{
    public const string IdPrefix = "B";
    public const string What = "发放批次";

    public Task<V1.PaymentBatch> CreateAsync(V1.CreatePaymentBatchRequest request, Region region, Caller clerk, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var ids = request.ApplicationIds.Select(i => i.Trim()).ToList();
        if (ids.Count == 0 || ids.Any(i => i.Length == 0) || ids.Distinct(StringComparer.Ordinal).Count() != ids.Count)
        {
            throw DomainRuleException.Invalid("application_ids", "请列出要发放的申请编号（不可为空、不可重复）。");
        }

        return IdempotentWrite.RunAsync(db, clock.Now, "CreatePaymentBatch", clerk, request.IdempotencyKey, request, V1.PaymentBatch.Parser, async () =>
        {
            // A batch holds up to 10,000 applications: only the columns the rules read, untracked, found by id once.
            var candidates = await db.Applications.AsNoTracking()
                .Where(a => ids.Contains(a.Id))
                .Select(a => new { a.Id, a.Status, a.BatchId, a.Region, a.AmountFen })
                .ToDictionaryAsync(a => a.Id, StringComparer.Ordinal, cancellationToken);
            foreach (var id in ids)
            {
                var application = candidates.GetValueOrDefault(id) ?? throw DomainRuleException.NotFound(DecideApplication.What, id);
                clerk.RequireVisible(DecideApplication.What, id, bankCode: null, application.Region);
                PaymentRules.EnsureBatchable(id, (ApplicationStatus)application.Status, application.BatchId, Region.Parse(application.Region), region);
            }

            var notice = PublicNotice.Starting(clock.Today, region, catalog);
            var now = clock.Now;
            var batch = new PaymentBatchRecord
            {
                Id = RecordIds.New(IdPrefix),
                Region = region.Code,
                NoticeFrom = notice.From,
                NoticeUntil = notice.Until,
                TotalFen = candidates.Values.Sum(a => a.AmountFen),
                NoticePeriodCitation = ProtoMapping.ToProto(notice.Days).ToByteArray(),
            };
            batch.StampCreated(clerk.Subject, now);
            db.PaymentBatches.Add(batch);

            // One UPDATE for the whole batch (not 10,000 tracked rows), in the write's transaction, on the
            // state just checked: a row another write changed since (decided again, batched) is not matched.
            var approved = (int)ApplicationStatus.Approved;
            var actor = clerk.Subject;
            var changed = await db.Applications
                .Where(a => ids.Contains(a.Id) && a.Status == approved && a.BatchId == null)
                .ExecuteUpdateAsync(set => set
                    .SetProperty(a => a.BatchId, batch.Id)
                    .SetProperty(a => a.Version, a => a.Version + 1)
                    .SetProperty(a => a.UpdatedAt, now)
                    .SetProperty(a => a.UpdatedBy, actor), cancellationToken);
            if (changed != ids.Count)
            {
                throw new DomainRuleException(DomainRuleKind.StaleVersion,
                    "批次中的申请已被他人同时修改（审核或列入其他批次），请刷新后重新提交。 (Concurrent change to an application of the batch: reload and retry.)");
            }

            return Answer(batch, ids);
        }, cancellationToken);
    }

    public async Task<V1.PaymentBatch> GetAsync(string batchId, Caller caller, CancellationToken cancellationToken)
    {
        var (batch, applications) = await LoadAsync(batchId, cancellationToken);
        caller.RequireVisible(What, batch.Id, bankCode: null, batch.Region);
        return Answer(batch, applications);
    }

    /// <summary>The public notice list: anyone may read it; names and numbers are masked.</summary>
    public async Task<V1.PaymentNotice> NoticeAsync(string batchId, CancellationToken cancellationToken)
    {
        var (batch, applications) = await LoadAsync(batchId, cancellationToken);
        var notice = new V1.PaymentNotice
        {
            BatchId = batch.Id,
            Region = new RegionCode { Code = batch.Region },
            NoticeFrom = ProtoMapping.ToProto(batch.NoticeFrom),
            NoticeUntil = ProtoMapping.ToProto(batch.NoticeUntil),
            Total = new Money { Fen = batch.TotalFen },
        };
        notice.Entries.AddRange(applications.Select(a => new V1.PaymentNoticeEntry
        {
            NameMasked = a.NameMasked,
            IdNumberMasked = a.IdNumberMasked,
            Kind = (V1.SubsidyKind)a.Kind,
            OccupationName = a.OccupationName,
            Level = CertificateInput.ToProto((CertificateLevel)a.Level),
            Amount = new Money { Fen = a.AmountFen },
        }));
        return notice;
    }

    private async Task<(PaymentBatchRecord Batch, List<TrainingApplicationRecord> Applications)> LoadAsync(string batchId, CancellationToken cancellationToken)
    {
        var id = batchId.Trim();
        var batch = await db.PaymentBatches.AsNoTracking().SingleOrDefaultAsync(b => b.Id == id, cancellationToken)
            ?? throw DomainRuleException.NotFound(What, id);
        var applications = await db.Applications.AsNoTracking().Where(a => a.BatchId == id).OrderBy(a => a.Id).ToListAsync(cancellationToken);
        return (batch, applications);
    }

    private static V1.PaymentBatch Answer(PaymentBatchRecord batch, IEnumerable<TrainingApplicationRecord> applications) =>
        Answer(batch, applications.Select(a => a.Id));

    private static V1.PaymentBatch Answer(PaymentBatchRecord batch, IEnumerable<string> applicationIds)
    {
        var answer = new V1.PaymentBatch
        {
            BatchId = batch.Id,
            Region = new RegionCode { Code = batch.Region },
            NoticeFrom = ProtoMapping.ToProto(batch.NoticeFrom),
            NoticeUntil = ProtoMapping.ToProto(batch.NoticeUntil),
            Total = new Money { Fen = batch.TotalFen },
            NoticePeriod = Citation.Parser.ParseFrom(batch.NoticePeriodCitation),
            Record = batch.ToRecordInfo(),
        };
        answer.ApplicationIds.AddRange(applicationIds.Order(StringComparer.Ordinal));
        return answer;
    }
}
