using Employment.Common.V1;
using Employment.Persistence.Records;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Clients;
using Employment.ServiceDefaults.Errors;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Employment.ServiceDefaults.Validation;
using Microsoft.EntityFrameworkCore;

namespace Employment.Persistence.Payments;

/// <summary>
/// 稽核暂停发放: one risk signal's hold on one record (table "payment_holds"). While a hold is not released,
/// the record is put in no payment batch and is not paid. Created is when the signal held it; a release
/// stamps the change, and a later hold by the same signal takes the row up again.
/// </summary>
public sealed class PaymentHoldRecord : AuditedRecord
{
    public required string RecordId { get; set; }

    public required string SignalId { get; set; }

    public required string Region { get; set; }

    public string ReasonZh { get; set; } = "";

    public bool Released { get; set; }
}

public static class PaymentHoldModel
{
    /// <summary>Maps <see cref="PaymentHoldRecord"/> to "payment_holds", one row per record and signal.</summary>
    public static ModelBuilder AddPaymentHoldTable(this ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<PaymentHoldRecord>(e =>
        {
            e.ToTable("payment_holds");
            e.HasKey(h => new { h.RecordId, h.SignalId });
            e.HasIndex(h => h.SignalId);
            e.Property(h => h.Version).IsConcurrencyToken();
        });
        return modelBuilder;
    }

    /// <summary>The holds in force on some records: record id → the first signal holding it and why.</summary>
    public static async Task<IReadOnlyDictionary<string, PaymentHoldRecord>> InForceAsync(this DbContext db, IReadOnlyCollection<string> recordIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var holds = await db.Set<PaymentHoldRecord>().AsNoTracking()
            .Where(h => recordIds.Contains(h.RecordId) && !h.Released)
            .ToListAsync(cancellationToken);
        return holds.GroupBy(h => h.RecordId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(h => h.SignalId, StringComparer.Ordinal).First(), StringComparer.Ordinal);
    }

    /// <summary>A hold as a record's answer shows it; null when none is in force.</summary>
    public static Employment.Common.V1.PaymentHoldInfo? InfoOf(PaymentHoldRecord? hold) =>
        hold is null ? null : new Employment.Common.V1.PaymentHoldInfo { SignalId = hold.SignalId, ReasonZh = hold.ReasonZh };

    /// <summary>Refuses (FAILED_PRECONDITION naming the signal and its reason) when a signal holds any of the records.</summary>
    public static async Task RequireNotHeldAsync(this DbContext db, string recordWhat, IReadOnlyList<string> recordIds, CancellationToken cancellationToken)
    {
        var holds = await db.InForceAsync(recordIds, cancellationToken);
        if (recordIds.Select(holds.GetValueOrDefault).FirstOrDefault(h => h is not null) is { } hold)
        {
            throw Refusal(recordWhat, hold);
        }
    }

    /// <summary>
    /// Refuses an outside party (a bank) acting on a held record: it is told only that the record is
    /// suspended and whom to ask, never the signal or the auditor's finding, which are the bureau's.
    /// </summary>
    public static async Task RequireNotHeldForOutsiderAsync(this DbContext db, string recordWhat, string recordId, string whomToAsk, CancellationToken cancellationToken)
    {
        var holds = await db.InForceAsync([recordId], cancellationToken);
        if (holds.ContainsKey(recordId))
        {
            throw DomainRuleException.NotAllowed($"{recordWhat} {recordId} 已暂停办理，暂不能继续。请向{whomToAsk}咨询。", "payment_hold.suspended");
        }
    }

    /// <summary>The refusal a clerk reads when a record is held: which signal, why, and what to do.</summary>
    public static DomainRuleException Refusal(string recordWhat, PaymentHoldRecord hold)
    {
        ArgumentNullException.ThrowIfNull(hold);
        var why = hold.ReasonZh.Length > 0 ? $"（{hold.ReasonZh}）" : "";
        if (ObjectionModel.IsObjection(hold))
        {
            return DomainRuleException.NotAllowed(
                $"{recordWhat} {hold.RecordId} 在公示期间收到异议 {hold.SignalId}{why}，暂停发放：在窗口核实并处理异议之前，不可发放。");
        }

        return DomainRuleException.NotAllowed(
            $"{recordWhat} {hold.RecordId} 因稽核风险提示 {hold.SignalId} 核实属实{why}暂停发放：在稽核人员解除之前，不可列入发放批次或发放。");
    }
}

/// <summary>The bound of one SetPaymentHold call, for the services that answer it and the one that calls it.</summary>
public static class PaymentHoldLimits
{
    /// <summary>Records per call (PaymentHoldRequest.record_ids' max_items): a technical bound on one request, not a policy figure.</summary>
    public const int MaxRecordsPerCall = 1000;
}

/// <summary>
/// SetPaymentHold, in every subsidy service: the risk-signals service holds (or releases) the records a
/// confirmed signal links. Every record must exist and lie in the signal's region; a paid record cannot be
/// held (the answer names it). Holding or releasing twice changes nothing.
/// </summary>
public abstract class PaymentHolds(DbContext db, ChinaClock clock) : Lifecycle.IPaymentHoldSetter
{
    /// <summary>The owning service's context, whose "payment_holds" table the holds are written to.</summary>
    protected DbContext Db { get; } = db;

    /// <summary>The records' noun in messages (培训补贴申请, 就业补贴申请).</summary>
    protected abstract string RecordWhat { get; }

    private const int ReasonMaxLength = 500;
    private const int SignalIdMaxLength = 40;

    /// <summary>
    /// The one service that holds and releases: risk-signals, which keeps each signal's review. A hold or a
    /// release from any other caller (another service's token, which the gateway never lets in from
    /// outside either) would be one the signal does not know about.
    /// </summary>
    public const string HoldingService = PlatformServices.Risk;

    public async Task<PaymentHoldAnswer> SetAsync(PaymentHoldRequest request, Caller service, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(service);
        if (service.Role != CallerRole.Service || !string.Equals(service.Subject, HoldingService, StringComparison.Ordinal))
        {
            throw RpcErrors.Denied($"只有稽核风险提示服务（{HoldingService}）可以暂停或恢复发放；风险提示未记录的暂停或恢复不予办理。");
        }

        var signalId = PlainText.Reference(request.SignalId, "signal_id", SignalIdMaxLength, "风险提示编号");
        var reason = PlainText.Check(request.ReasonZh, "reason_zh", ReasonMaxLength, "暂停理由", required: false).Trim();
        var region = Region.Parse(RegionCodes.Place(request.Region, "region", required: true));
        RegionScope.Of(service).RequireCovers("region", region.Code);
        var ids = request.RecordIds.Select(i => i.Trim()).Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count is 0 or > PaymentHoldLimits.MaxRecordsPerCall || ids.Any(i => i.Length == 0))
        {
            throw DomainRuleException.Invalid("record_ids", $"请列出 1 至 {PaymentHoldLimits.MaxRecordsPerCall} 个{RecordWhat}编号（不可为空）。");
        }

        var records = await ReadAsync(ids, cancellationToken);
        foreach (var id in ids)
        {
            var record = records.GetValueOrDefault(id) ?? throw DomainRuleException.NotFound(RecordWhat, id);
            if (!Region.TryParse(record.Region, out var recordRegion) || !region.Contains(recordRegion))
            {
                throw DomainRuleException.Invalid("record_ids", $"{RecordWhat} {id} 的地区 {record.Region} 不在风险提示的地区 {region.Code} 内。");
            }
        }

        var rows = await Db.Set<PaymentHoldRecord>().Where(h => h.SignalId == signalId && ids.Contains(h.RecordId))
            .ToDictionaryAsync(h => h.RecordId, StringComparer.Ordinal, cancellationToken);
        var now = clock.Now;
        var answer = new PaymentHoldAnswer();
        foreach (var id in ids)
        {
            var row = rows.GetValueOrDefault(id);
            if (!request.Hold)
            {
                if (row is { Released: false })
                {
                    row.Released = true;
                    row.StampChanged(service.Subject, now);
                }

                continue;
            }

            if (records[id].Paid)
            {
                answer.AlreadyPaidRecordIds.Add(id);
                continue;
            }

            answer.HeldRecordIds.Add(id);
            if (row is null)
            {
                row = new PaymentHoldRecord { RecordId = id, SignalId = signalId, Region = records[id].Region, ReasonZh = reason };
                row.StampCreated(service.Subject, now);
                Db.Add(row);
            }
            else if (row.Released || row.ReasonZh != reason)
            {
                row.Released = false;
                row.ReasonZh = reason;
                row.StampChanged(service.Subject, now);
            }
        }

        await Db.SaveChangesAsync(cancellationToken);
        return answer;
    }

    /// <summary>The records asked for that exist: id → their region and whether they are already paid (or issued).</summary>
    protected abstract Task<IReadOnlyDictionary<string, HoldableRecord>> ReadAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken);
}

/// <summary>What a hold needs of a record: where it is decided, and whether the money has already gone.</summary>
public sealed record HoldableRecord(string Region, bool Paid);

/// <summary>The hold of a subsidy service's payable records (<see cref="IPayable"/>): paid is <see cref="SubsidyStatus.Paid"/>.</summary>
public abstract class PaymentHolds<TRecord>(DbContext db, ChinaClock clock) : PaymentHolds(db, clock)
    where TRecord : AuditedRecord, IPayable
{
    protected override async Task<IReadOnlyDictionary<string, HoldableRecord>> ReadAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken) =>
        await Db.Set<TRecord>().AsNoTracking().Where(r => ids.Contains(r.Id))
            .ToDictionaryAsync(r => r.Id, r => new HoldableRecord(r.Region, (SubsidyStatus)r.Status == SubsidyStatus.Paid), StringComparer.Ordinal, cancellationToken);
}

/// <summary>The hold of a subsidy service's records as its shared steps answer them (<see cref="CaseAnswers{TRecord}"/>): nothing to write per service.</summary>
public sealed class CasePaymentHolds<TRecord>(CaseAnswers<TRecord> answers, ChinaClock clock) : PaymentHolds<TRecord>(answers.Db, clock)
    where TRecord : AuditedRecord, IPayable, Reviews.IReviewable
{
    protected override string RecordWhat => answers.RecordWhat;
}
