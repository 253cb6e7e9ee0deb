using Employment.Common.V1;
using Employment.Persistence.Idempotency;
using Employment.Persistence.Records;
using Employment.Policy.Explanations;
using Employment.ServiceDefaults.Errors;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Microsoft.EntityFrameworkCore;

namespace Employment.Persistence.Payments;

/// <summary>
/// 发放, in every subsidy service: records the payment of an approved record after its batch's public
/// notice, on the version the clerk read, for exactly the amount decided. A service says how its record is
/// read and answered (<see cref="CaseAnswers{TRecord}"/>) and what else paying changes.
/// </summary>
public abstract class PaymentRecording<TRecord>(DbContext db, ChinaClock clock, CaseAnswers<TRecord> answers) : Lifecycle.IPaymentRecorder
    where TRecord : AuditedRecord, IPayable, Reviews.IReviewable
{
    private string RecordWhat => answers.RecordWhat;

    public Task<SubsidyCase> RecordAsync(RecordPaymentRequest request, Caller clerk, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(clerk);
        const string prefix = "payment.";
        var payment = request.Payment ?? throw DomainRuleException.Invalid(prefix.TrimEnd('.'), $"请填写发放信息（{prefix.TrimEnd('.')}）。");
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

        return IdempotentWrite.RunAsync(db, clock.Now, "RecordPayment", clerk, request.IdempotencyKey, request, SubsidyCase.Parser, async () =>
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
            PaymentRules.EnsurePayable((SubsidyStatus)record.Status, noticeUntil, paidOn, clock.Today, payment.Amount?.Fen ?? 0, answers.DecidedFen(record), prefix);
            var now = clock.Now;
            record.Status = (int)SubsidyStatus.Paid;
            record.PaidOn = paidOn;
            record.PaymentReference = reference;
            record.StampChanged(clerk.Subject, now);
            Paid(record, clerk, now);
            return answers.Of(record);
        }, cancellationToken);
    }

    /// <summary>
    /// 发放失败, as the bank's return file reports it: the record stays approved in its batch with the bank's reason, to
    /// be paid again (to a corrected account) by <see cref="RecordAsync"/>.
    /// </summary>
    public Task<SubsidyCase> RecordFailureAsync(PaymentFailureRequest request, Caller clerk, CancellationToken cancellationToken)
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

        return IdempotentWrite.RunAsync(db, clock.Now, "RecordPaymentFailure", clerk, request.IdempotencyKey, request, SubsidyCase.Parser, async () =>
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
            return answers.Of(record);
        }, cancellationToken);
    }

    /// <summary>The record to pay, tracked, with what paying it changes.</summary>
    private Task<TRecord?> FindTrackedAsync(string id, CancellationToken cancellationToken) =>
        answers.Rows.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);

    /// <summary>What else paying changes (a claim's approved items), and the log line.</summary>
    protected abstract void Paid(TRecord record, Caller clerk, DateTimeOffset now);
}
