using Employment.Common.V1;
using Employment.Hiring.Data;
using Employment.Hiring.Domain.Claims;
using Employment.Hiring.Domain.Payments;
using Employment.Identity;
using Employment.Persistence.Idempotency;
using Employment.Persistence.Records;
using Employment.Policy;
using Employment.Policy.Explanations;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Data;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Google.Protobuf;
using Microsoft.EntityFrameworkCore;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases;

/// <summary>
/// 发放批次 and 公示: approved claims of one region are put on public notice for the configured period
/// (R3), listed per approved item with people's names and numbers masked; each claim is paid after the
/// notice ends.
/// </summary>
public sealed class PaymentBatches(HiringDbContext db, PolicyCatalog catalog, ChinaClock clock)
{
    public const string IdPrefix = "B";
    public const string What = "发放批次";

    public Task<V1.PaymentBatch> CreateAsync(V1.CreatePaymentBatchRequest request, Region region, Caller clerk, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var ids = request.ClaimIds.Select(i => i.Trim()).ToList();
        if (ids.Count == 0 || ids.Any(i => i.Length == 0) || ids.Distinct(StringComparer.Ordinal).Count() != ids.Count)
        {
            throw DomainRuleException.Invalid("claim_ids", "请列出要发放的申请编号（不可为空、不可重复）。");
        }

        return IdempotentWrite.RunAsync(db, clock.Now, "CreatePaymentBatch", clerk, request.IdempotencyKey, request, V1.PaymentBatch.Parser, async () =>
        {
            var claims = await db.Claims.Where(c => ids.Contains(c.Id)).ToListAsync(cancellationToken);
            foreach (var id in ids)
            {
                var claim = claims.SingleOrDefault(c => c.Id == id) ?? throw DomainRuleException.NotFound(DecideClaimItem.What, id);
                clerk.RequireVisible(DecideClaimItem.What, id, bankCode: null, claim.Region);
                PaymentRules.EnsureBatchable(id, (ClaimStatus)claim.Status, claim.BatchId, Region.Parse(claim.Region), region);
            }

            var notice = PublicNotice.Starting(clock.Today, region, catalog);
            var batch = new PaymentBatchRecord
            {
                Id = RecordIds.New(IdPrefix),
                Region = region.Code,
                NoticeFrom = notice.From,
                NoticeUntil = notice.Until,
                TotalFen = claims.Sum(c => c.TotalFen),
                NoticePeriodCitation = ProtoMapping.ToProto(notice.Days).ToByteArray(),
            };
            batch.StampCreated(clerk.Subject, clock.Now);
            db.PaymentBatches.Add(batch);
            foreach (var claim in claims)
            {
                claim.BatchId = batch.Id;
                claim.StampChanged(clerk.Subject, clock.Now);
            }

            return Answer(batch, claims);
        }, cancellationToken);
    }

    public async Task<V1.PaymentBatch> GetAsync(string batchId, Caller caller, CancellationToken cancellationToken)
    {
        var (batch, claims) = await LoadAsync(batchId, cancellationToken);
        caller.RequireVisible(What, batch.Id, bankCode: null, batch.Region);
        return Answer(batch, claims);
    }

    /// <summary>The public notice list: anyone may read it; one line per approved item, people's names and numbers masked.</summary>
    public async Task<V1.PaymentNotice> NoticeAsync(string batchId, CancellationToken cancellationToken)
    {
        var (batch, claims) = await LoadAsync(batchId, cancellationToken);
        var notice = new V1.PaymentNotice
        {
            BatchId = batch.Id,
            Region = new RegionCode { Code = batch.Region },
            NoticeFrom = ProtoMapping.ToProto(batch.NoticeFrom),
            NoticeUntil = ProtoMapping.ToProto(batch.NoticeUntil),
            Total = new Money { Fen = batch.TotalFen },
        };
        notice.Entries.AddRange(claims.SelectMany(c => c.Items
            .Where(i => (ClaimStatus)i.Status is ClaimStatus.Approved or ClaimStatus.Paid)
            .OrderBy(i => i.ItemNo)
            .Select(i => new V1.PaymentNoticeEntry
            {
                EmployerName = c.EmployerName,
                EmployerCreditCodeMasked = c.EmployerCreditCode.Length == 0 ? "" : IdMasking.CreditCode(c.EmployerCreditCode),
                NameMasked = i.NameMasked,
                IdNumberMasked = i.IdNumberMasked,
                Kind = (V1.SubsidyKind)i.Kind,
                Amount = new Money { Fen = i.AmountFen },
            })));
        return notice;
    }

    private async Task<(PaymentBatchRecord Batch, List<HiringClaimRecord> Claims)> LoadAsync(string batchId, CancellationToken cancellationToken)
    {
        var id = batchId.Trim();
        var batch = await db.PaymentBatches.AsNoTracking().SingleOrDefaultAsync(b => b.Id == id, cancellationToken)
            ?? throw DomainRuleException.NotFound(What, id);
        var claims = await db.Claims.AsNoTracking().Include(c => c.Items).Where(c => c.BatchId == id).OrderBy(c => c.Id).ToListAsync(cancellationToken);
        return (batch, claims);
    }

    private static V1.PaymentBatch Answer(PaymentBatchRecord batch, IEnumerable<HiringClaimRecord> claims)
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
        answer.ClaimIds.AddRange(claims.Select(c => c.Id).Order(StringComparer.Ordinal));
        return answer;
    }
}
