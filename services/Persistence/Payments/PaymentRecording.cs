using Employment.Common.V1;
using Employment.Persistence.Idempotency;
using Employment.Persistence.Records;
using Employment.Policy.Explanations;
using Employment.ServiceDefaults.Errors;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Google.Protobuf;
using Microsoft.EntityFrameworkCore;

namespace Employment.Persistence.Payments;

/// <summary>
/// 发放, in every subsidy service: records the payment of an approved record after its batch's public
/// notice, on the version the clerk read, for exactly the amount decided. A service says how its record is
/// read, what its amount is, what else paying changes, and how the record answers.
/// </summary>
public abstract class PaymentRecording<TRecord, TAnswer>(DbContext db, ChinaClock clock)
    where TRecord : AuditedRecord, IPayable
    where TAnswer : class, IMessage<TAnswer>, new()
{
    private static readonly MessageParser<TAnswer> AnswerParser = new(() => new TAnswer());

    /// <summary>The records' noun in messages (培训补贴申请, 就业补贴申请).</summary>
    protected abstract string RecordWhat { get; }

    public Task<TAnswer> RecordAsync(IRecordPaymentRequest request, Caller clerk, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(clerk);
        var prefix = request.PaymentFieldPrefix;
        var payment = request.Given ?? throw DomainRuleException.Invalid(prefix.TrimEnd('.'), $"请填写发放信息（{prefix.TrimEnd('.')}）。");
        var reference = payment.PaymentReference.Trim();
        if (reference.Length == 0)
        {
            throw DomainRuleException.Invalid(prefix + "payment_reference", "请填写发放凭证号。");
        }

        DateOnly paidOn;
        try
        {
            paidOn = payment.PaidOn is { } date ? ProtoMapping.FromProto(date) : throw DomainRuleException.Invalid(prefix + "paid_on", "请填写发放日期。");
        }
        catch (ArgumentOutOfRangeException)
        {
            throw DomainRuleException.Invalid(prefix + "paid_on", "发放日期不是有效日期。");
        }

        return IdempotentWrite.RunAsync(db, clock.Now, "RecordPayment", clerk, request.IdempotencyKey, request, AnswerParser, async () =>
        {
            var id = request.RecordId.Trim();
            var record = await FindTrackedAsync(id, cancellationToken) ?? throw DomainRuleException.NotFound(RecordWhat, id);
            clerk.RequireVisible(RecordWhat, id, bankCode: null, record.Region);
            if (record.Version != request.ExpectedVersion)
            {
                throw DomainRuleException.Stale(RecordWhat, record.Version, request.ExpectedVersion);
            }

            await db.RequireNotHeldAsync(RecordWhat, [id], cancellationToken);

            var noticeUntil = record.BatchId is null ? (DateOnly?)null
                : await db.Set<PaymentBatchRecord>().Where(b => b.Id == record.BatchId).Select(b => b.NoticeUntil).SingleAsync(cancellationToken);
            PaymentRules.EnsurePayable((SubsidyStatus)record.Status, noticeUntil, paidOn, clock.Today, payment.Amount?.Fen ?? 0, DecidedFen(record), prefix);
            var now = clock.Now;
            record.Status = (int)SubsidyStatus.Paid;
            record.PaidOn = paidOn;
            record.PaymentReference = reference;
            record.StampChanged(clerk.Subject, now);
            Paid(record, clerk, now);
            return Answer(record);
        }, cancellationToken);
    }

    /// <summary>
    /// 发放失败, as the bank's return file reports it: the record stays approved in its batch with the bank's reason, to
    /// be paid again (to a corrected account) by <see cref="RecordAsync"/>.
    /// </summary>
    public Task<TAnswer> RecordFailureAsync(PaymentFailureRequest request, Caller clerk, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(clerk);
        DateOnly failedOn;
        try
        {
            failedOn = request.FailedOn is { } date ? ProtoMapping.FromProto(date) : throw DomainRuleException.Invalid("failed_on", "请填写发放失败的日期。");
        }
        catch (ArgumentOutOfRangeException)
        {
            throw DomainRuleException.Invalid("failed_on", "发放失败日期不是有效日期。");
        }

        return IdempotentWrite.RunAsync(db, clock.Now, "RecordPaymentFailure", clerk, request.IdempotencyKey, request, AnswerParser, async () =>
        {
            var id = request.RecordId.Trim();
            var record = await FindTrackedAsync(id, cancellationToken) ?? throw DomainRuleException.NotFound(RecordWhat, id);
            clerk.RequireVisible(RecordWhat, id, bankCode: null, record.Region);
            if (record.Version != request.ExpectedVersion)
            {
                throw DomainRuleException.Stale(RecordWhat, record.Version, request.ExpectedVersion);
            }

            var noticeUntil = record.BatchId is null ? (DateOnly?)null
                : await db.Set<PaymentBatchRecord>().Where(b => b.Id == record.BatchId).Select(b => b.NoticeUntil).SingleAsync(cancellationToken);
            PaymentRules.EnsureFailable((SubsidyStatus)record.Status, noticeUntil, failedOn, clock.Today, request.ReasonZh);
            record.PaymentFailedOn = failedOn;
            record.PaymentFailureReasonZh = request.ReasonZh.Trim();
            record.PaymentFailureReference = request.BankReference.Trim();
            record.PaymentFailureRecordedBy = clerk.Subject;
            record.StampChanged(clerk.Subject, clock.Now);
            return Answer(record);
        }, cancellationToken);
    }

    /// <summary>The record to pay, tracked, with what paying it changes.</summary>
    protected virtual Task<TRecord?> FindTrackedAsync(string id, CancellationToken cancellationToken) =>
        db.Set<TRecord>().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);

    /// <summary>The amount decided, which the payment must equal.</summary>
    protected abstract long DecidedFen(TRecord record);

    /// <summary>What else paying changes (a claim's approved items), and the log line.</summary>
    protected abstract void Paid(TRecord record, Caller clerk, DateTimeOffset now);

    protected abstract TAnswer Answer(TRecord record);
}
