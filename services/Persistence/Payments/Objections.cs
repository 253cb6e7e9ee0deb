using Employment.Common.V1;
using Employment.Persistence.Idempotency;
using Employment.Persistence.Records;
using Employment.Policy.Explanations;
using Employment.ServiceDefaults.Data;
using Employment.ServiceDefaults.Errors;
using Employment.ServiceDefaults.Regions;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Employment.ServiceDefaults.Validation;
using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;

namespace Employment.Persistence.Payments;

/// <summary>
/// 公示异议 (table "objections"): an objection to one line of a batch on public notice. Filing it holds the line's record
/// from payment (a <see cref="PaymentHoldRecord"/> whose signal is the objection) in the same transaction; a clerk of the
/// record's region dismisses it (the hold released) or upholds it (the hold kept, worded as upheld).
/// </summary>
public sealed class ObjectionRecord
{
    /// <summary>"Y" and a time-ordered GUID; also the hold's signal id.</summary>
    public required string Id { get; set; }

    public required string BatchId { get; set; }

    public required string RecordId { get; set; }

    public required string Region { get; set; }

    public required string ReasonZh { get; set; }

    public string ContactPhone { get; set; } = "";

    public DateTimeOffset FiledAt { get; set; }

    public DateOnly NoticeUntil { get; set; }

    /// <summary>An employment.common.v1.ObjectionState number.</summary>
    public int State { get; set; }

    public string ResolutionZh { get; set; } = "";

    public string ResolvedBy { get; set; } = "";

    public DateTimeOffset? ResolvedAt { get; set; }

    public long Version { get; set; }
}

public static class ObjectionModel
{
    /// <summary>The prefix of an objection's id, which is also the signal id of the hold it puts on its record.</summary>
    public const string IdPrefix = "Y";

    /// <summary>Maps <see cref="ObjectionRecord"/> to "objections", found by region and state and by record.</summary>
    public static ModelBuilder AddObjectionTable(this ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<ObjectionRecord>(e =>
        {
            e.ToTable("objections");
            e.HasKey(o => o.Id);
            e.HasIndex(o => new { o.Region, o.State });
            e.HasIndex(o => new { o.BatchId, o.State });
            e.Property(o => o.Version).IsConcurrencyToken();
        });
        return modelBuilder;
    }

    /// <summary>Whether a hold is an objection's (its signal an objection id), not a risk signal's.</summary>
    public static bool IsObjection(PaymentHoldRecord hold) => hold?.SignalId.StartsWith(IdPrefix, StringComparison.Ordinal) == true;

    /// <summary>The records of a batch an open objection holds.</summary>
    public static async Task<IReadOnlySet<string>> ObjectedAsync(this DbContext db, string batchId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var open = (int)ObjectionState.Open;
        return (await db.Set<ObjectionRecord>().AsNoTracking().Where(o => o.BatchId == batchId && o.State == open).Select(o => o.RecordId).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
    }
}

/// <summary>
/// 公示异议 in every subsidy service that publishes notices: anyone files one against a line of a batch while its notice
/// lasts, which holds the line's record from payment at once; the clerks of the record's region list them and resolve
/// each. A service says only what its records are called.
/// </summary>
public abstract class PaymentObjections<TRecord>(DbContext db, ChinaClock clock)
    where TRecord : AuditedRecord, IPayable
{
    private const int ReasonMaxLength = 500;
    private const int ReasonMinLength = 5;
    private const int PhoneMaxLength = 20;

    /// <summary>Objections a list shows at once: a technical bound on one answer.</summary>
    private const int Listed = 200;

    /// <summary>The records' noun in messages (就业补贴申请).</summary>
    protected abstract string RecordWhat { get; }

    public Task<ObjectionReceipt> FileAsync(FileObjectionRequest request, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(caller);
        var batchId = PlainText.Reference(request.BatchId, "batch_id", 40, "公示批次编号");
        var recordId = PlainText.Reference(request.RecordId, "record_id", 40, "公示名单中的一项");
        var reason = PlainText.Check(request.ReasonZh, "reason_zh", ReasonMaxLength, "异议理由").Trim();
        if (reason.Length < ReasonMinLength)
        {
            throw DomainRuleException.Invalid("reason_zh", "请写明异议的理由（例如：此人并未在该单位工作），至少一句话。");
        }

        var phone = request.ContactPhone.Trim();
        if (phone.Length > PhoneMaxLength || phone.Any(c => !char.IsAsciiDigit(c) && c != '-'))
        {
            throw DomainRuleException.Invalid("contact_phone", "联系电话只能填数字（可含“-”），也可以不填。");
        }

        return IdempotentWrite.RunAsync(db, clock.Now, "FileObjection", caller, request.IdempotencyKey, request, ObjectionReceipt.Parser, async () =>
        {
            var batch = await db.Set<PaymentBatchRecord>().AsNoTracking().SingleOrDefaultAsync(b => b.Id == batchId, cancellationToken)
                ?? throw DomainRuleException.NotFound("公示批次", batchId);
            var today = clock.Today;
            if (today < batch.NoticeFrom || today > batch.NoticeUntil)
            {
                throw DomainRuleException.NotAllowed(
                    $"这一批的公示期为 {batch.NoticeFrom:yyyy-MM-dd} 至 {batch.NoticeUntil:yyyy-MM-dd}，现在不在公示期内。对已发放的补贴有异议，请向{Places.ProperNameOf(batch.Region)}人社部门反映或拨打 12333。");
            }

            var record = await db.Set<TRecord>().AsNoTracking().Where(r => r.Id == recordId && r.BatchId == batchId).Select(r => new { r.Id, r.Region }).SingleOrDefaultAsync(cancellationToken)
                ?? throw DomainRuleException.NotFound("公示名单中的这一项", recordId);
            var now = clock.Now;
            var objection = new ObjectionRecord
            {
                Id = RecordIds.New(ObjectionModel.IdPrefix),
                BatchId = batchId,
                RecordId = record.Id,
                Region = record.Region,
                ReasonZh = reason,
                ContactPhone = phone,
                FiledAt = now,
                NoticeUntil = batch.NoticeUntil,
                State = (int)ObjectionState.Open,
            };
            db.Set<ObjectionRecord>().Add(objection);
            var hold = new PaymentHoldRecord { RecordId = record.Id, SignalId = objection.Id, Region = record.Region, ReasonZh = Bounded("公示异议：" + reason) };
            hold.StampCreated(caller.Subject, now);
            db.Set<PaymentHoldRecord>().Add(hold);
            return new ObjectionReceipt
            {
                ObjectionId = objection.Id,
                FiledAt = Timestamp.FromDateTimeOffset(now),
                NextStepZh = $"{Places.ProperNameOf(record.Region)}人社部门将核实您反映的情况；核实之前，这一项暂不发放。",
            };
        }, cancellationToken);
    }

    /// <summary>The objections of the caller's region, newest first (open ones only when asked).</summary>
    public async Task<ListObjectionsResponse> ListAsync(ListObjectionsRequest request, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var prefix = RegionScope.Of(caller).CodePrefix;
        var open = (int)ObjectionState.Open;
        var rows = db.Set<ObjectionRecord>().AsNoTracking().Where(o => o.Region.StartsWith(prefix));
        if (request.OpenOnly)
        {
            rows = rows.Where(o => o.State == open);
        }

        var answer = new ListObjectionsResponse();
        answer.Objections.AddRange((await rows.OrderByDescending(o => o.Id).Take(Listed).ToListAsync(cancellationToken)).Select(Answer));
        return answer;
    }

    /// <summary>Dismissed: the record's hold is released. Upheld: it stays, worded as upheld, for the clerk to act on the record.</summary>
    public Task<Objection> ResolveAsync(ResolveObjectionRequest request, Caller clerk, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(clerk);
        var id = PlainText.Reference(request.ObjectionId, "objection_id", 40, "异议编号");
        var resolution = PlainText.Check(request.ResolutionZh, "resolution_zh", ReasonMaxLength, "核实结果").Trim();
        return IdempotentWrite.RunAsync(db, clock.Now, "ResolveObjection", clerk, request.IdempotencyKey, request, Objection.Parser, async () =>
        {
            var objection = await db.Set<ObjectionRecord>().SingleOrDefaultAsync(o => o.Id == id, cancellationToken)
                ?? throw DomainRuleException.NotFound("公示异议", id);
            clerk.RequireVisible("公示异议", id, bankCode: null, objection.Region);
            if (objection.State != (int)ObjectionState.Open)
            {
                throw DomainRuleException.NotAllowed($"公示异议 {id} 已于 {ChinaClock.DateOf(objection.ResolvedAt ?? objection.FiledAt):yyyy-MM-dd} 由 {objection.ResolvedBy} 处理，不能再次处理。");
            }

            var now = clock.Now;
            (objection.State, objection.ResolutionZh, objection.ResolvedBy, objection.ResolvedAt) =
                ((int)(request.Upheld ? ObjectionState.Upheld : ObjectionState.Dismissed), resolution, clerk.Subject, now);
            objection.Version++;
            var hold = await db.Set<PaymentHoldRecord>().SingleAsync(h => h.RecordId == objection.RecordId && h.SignalId == objection.Id, cancellationToken);
            if (request.Upheld)
            {
                hold.ReasonZh = Bounded("公示异议成立：" + resolution);
            }
            else
            {
                hold.Released = true;
            }

            hold.StampChanged(clerk.Subject, now);
            return Answer(objection);
        }, cancellationToken);
    }

    public static Objection Answer(ObjectionRecord row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new Objection
        {
            ObjectionId = row.Id,
            BatchId = row.BatchId,
            RecordId = row.RecordId,
            Region = new RegionCode { Code = row.Region },
            State = (ObjectionState)row.State,
            ReasonZh = row.ReasonZh,
            ContactPhone = row.ContactPhone,
            FiledAt = Timestamp.FromDateTimeOffset(row.FiledAt),
            NoticeUntil = ProtoMapping.ToProto(row.NoticeUntil),
            ResolutionZh = row.ResolutionZh,
            ResolvedBy = row.ResolvedBy,
            ResolvedAt = row.ResolvedAt is { } at ? Timestamp.FromDateTimeOffset(at) : null,
        };
    }

    private static string Bounded(string text) => text.Length > ReasonMaxLength ? text[..(ReasonMaxLength - 1)] + "…" : text;
}
