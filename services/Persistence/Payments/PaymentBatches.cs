using System.Linq.Expressions;
using Employment.Common.V1;
using Employment.Persistence.Idempotency;
using Employment.Persistence.Records;
using Employment.Policy;
using Employment.Policy.Explanations;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Data;
using Employment.ServiceDefaults.Errors;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Google.Protobuf;
using Microsoft.EntityFrameworkCore;

namespace Employment.Persistence.Payments;

/// <summary>The columns batching reads of one record, untracked.</summary>
public sealed record BatchCandidate(string Id, int Status, string? BatchId, string Region, long AmountFen);

/// <summary>
/// 发放批次 and 公示, in every subsidy service: approved records of one region are put on public notice for
/// the configured period (R3) and listed with names and numbers masked; each is paid after the notice ends
/// (<see cref="PaymentRecording{TRecord}"/>). A service says which catalog key holds its notice period, how its
/// amount is read and what a line of its notice shows; what its records are called is its answers'.
/// </summary>
public abstract class PaymentBatches<TRecord>(CaseAnswers<TRecord> answers, PolicyCatalog catalog, ChinaClock clock) : Lifecycle.IPaymentBatches
    where TRecord : AuditedRecord, IPayable, Reviews.IReviewable
{
    private readonly DbContext db = answers.Db;

    public const string IdPrefix = "B";
    public const string What = "发放批次";

    private string RecordWhat => answers.RecordWhat;

    /// <summary>The service's catalog key of the notice period.</summary>
    protected abstract string NoticeDaysKey { get; }

    /// <summary>The columns batching reads (the amount decided is the service's own column).</summary>
    protected abstract Expression<Func<TRecord, BatchCandidate>> Candidate { get; }

    private const string RecordIdsField = "record_ids";

    public Task<PaymentBatch> CreateAsync(CreatePaymentBatchRequest request, Region region, Caller clerk, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(clerk);
        var ids = request.RecordIds.Select(i => i.Trim()).ToList();
        if (ids.Count == 0 || ids.Any(i => i.Length == 0) || ids.Distinct(StringComparer.Ordinal).Count() != ids.Count)
        {
            throw DomainRuleException.Invalid(RecordIdsField, "请列出要发放的申请编号（不可为空、不可重复）。");
        }

        return IdempotentWrite.RunAsync(db, clock.Now, "CreatePaymentBatch", clerk, request.IdempotencyKey, request, PaymentBatch.Parser, async () =>
        {
            // A batch holds up to 10,000 records: only the columns the rules read, untracked, found by id once.
            var candidates = await db.Set<TRecord>().AsNoTracking()
                .Where(r => ids.Contains(r.Id))
                .Select(Candidate)
                .ToDictionaryAsync(r => r.Id, StringComparer.Ordinal, cancellationToken);
            foreach (var id in ids)
            {
                var record = candidates.GetValueOrDefault(id) ?? throw DomainRuleException.NotFound(RecordWhat, id);
                clerk.RequireVisible(RecordWhat, id, bankCode: null, record.Region);
                PaymentRules.EnsureBatchable(id, (SubsidyStatus)record.Status, record.BatchId, Region.Parse(record.Region), region, RecordIdsField);
            }

            // 稽核暂停发放: a record a confirmed risk signal holds stays out of every batch until released.
            await db.RequireNotHeldAsync(RecordWhat, ids, cancellationToken);

            var notice = PublicNotice.Starting(clock.Today, region, catalog, NoticeDaysKey);
            var now = clock.Now;
            var batch = new PaymentBatchRecord
            {
                Id = RecordIds.New(IdPrefix),
                Region = region.Code,
                NoticeFrom = notice.From,
                NoticeUntil = notice.Until,
                TotalFen = candidates.Values.Sum(r => r.AmountFen),
                NoticePeriodCitation = ProtoMapping.ToProto(notice.Days).ToByteArray(),
            };
            batch.StampCreated(clerk.Subject, now);
            db.Set<PaymentBatchRecord>().Add(batch);

            // One UPDATE for the whole batch (not 10,000 tracked rows), in the write's transaction, on the
            // state just checked: a row another write changed since (decided again, batched) is not matched.
            var approved = (int)SubsidyStatus.Approved;
            var actor = clerk.Subject;
            var changed = await db.Set<TRecord>()
                .Where(r => ids.Contains(r.Id) && r.Status == approved && r.BatchId == null)
                .Where(r => !db.Set<PaymentHoldRecord>().Any(h => h.RecordId == r.Id && !h.Released))
                .ExecuteUpdateAsync(set => set
                    .SetProperty(r => r.BatchId, batch.Id)
                    .SetProperty(r => r.Version, r => r.Version + 1)
                    .SetProperty(r => r.UpdatedAt, now)
                    .SetProperty(r => r.UpdatedBy, actor), cancellationToken);
            if (changed != ids.Count)
            {
                throw new DomainRuleException(DomainRuleKind.StaleVersion,
                    "批次中的申请已被他人同时修改（审核、列入其他批次或稽核暂停发放），请刷新后重新提交。 (Concurrent change to a record of the batch: reload and retry.)");
            }

            // Each applicant is told their record is on notice, in the batch's own write.
            await TellOnNoticeAsync(batch, ids, now, cancellationToken);

            return Answer(batch, ids);
        }, cancellationToken);
    }

    public async Task<PaymentBatch> GetAsync(string batchId, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var batch = await BatchAsync(batchId, cancellationToken);
        caller.RequireVisible(What, batch.Id, bankCode: null, batch.Region);
        var ids = await db.Set<TRecord>().AsNoTracking().Where(r => r.BatchId == batch.Id).Select(r => r.Id).ToListAsync(cancellationToken);
        return Answer(batch, ids);
    }

    /// <summary>The public notice list: anyone may read it; names and numbers in it are masked.</summary>
    public async Task<PaymentNotice> NoticeAsync(string batchId, CancellationToken cancellationToken)
    {
        var batch = await BatchAsync(batchId, cancellationToken);
        var notice = Header<PaymentNotice>(batch);
        await AddNoticeLinesAsync(notice, batch.Id, cancellationToken);
        return notice;
    }

    /// <summary>Adds the message of 公示 for each record of a new batch to the unit of work (none by default).</summary>
    protected virtual Task TellOnNoticeAsync(PaymentBatchRecord batch, IReadOnlyList<string> recordIds, DateTimeOffset now, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>Batches on notice shown at once: a technical bound on one answer.</summary>
    private const int NoticesListed = 50;

    /// <summary>公示 of a region: the batches whose notice lasts today, newest first, each with its lines.</summary>
    public async Task<IReadOnlyList<PaymentNotice>> OnNoticeAsync(Region region, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var prefix = region.CodePrefix;
        var batches = await db.Set<PaymentBatchRecord>().AsNoTracking()
            .Where(b => b.Region.StartsWith(prefix) && b.NoticeFrom <= today && b.NoticeUntil >= today)
            .OrderByDescending(b => b.Id).Take(NoticesListed).ToListAsync(cancellationToken);
        var notices = new List<PaymentNotice>();
        foreach (var batch in batches)
        {
            var notice = Header<PaymentNotice>(batch);
            await AddNoticeLinesAsync(notice, batch.Id, cancellationToken);
            notices.Add(notice);
        }

        return notices;
    }

    /// <summary>The lines of the notice, masked, in the order of the records' ids, each naming its record and whether an objection holds it.</summary>
    protected abstract Task AddNoticeLinesAsync(PaymentNotice notice, string batchId, CancellationToken cancellationToken);

    private async Task<PaymentBatchRecord> BatchAsync(string batchId, CancellationToken cancellationToken)
    {
        var id = batchId.Trim();
        return await db.Set<PaymentBatchRecord>().AsNoTracking().SingleOrDefaultAsync(b => b.Id == id, cancellationToken)
            ?? throw DomainRuleException.NotFound(What, id);
    }

    private static PaymentBatch Answer(PaymentBatchRecord batch, IEnumerable<string> recordIds)
    {
        var answer = Header<PaymentBatch>(batch);
        answer.NoticePeriod = Citation.Parser.ParseFrom(batch.NoticePeriodCitation);
        answer.Record = batch.ToRecordInfo();
        answer.RecordIds.AddRange(recordIds.Order(StringComparer.Ordinal));
        return answer;
    }

    /// <summary>What the batch and its notice both say: which batch, where, the notice period and the total.</summary>
    private static T Header<T>(PaymentBatchRecord batch)
        where T : IPaymentNoticeAnswer, new() => new()
        {
            BatchId = batch.Id,
            Region = new RegionCode { Code = batch.Region },
            NoticeFrom = ProtoMapping.ToProto(batch.NoticeFrom),
            NoticeUntil = ProtoMapping.ToProto(batch.NoticeUntil),
            Total = new Money { Fen = batch.TotalFen },
        };
}
