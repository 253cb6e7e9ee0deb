using Employment.Persistence.Idempotency;
using Employment.Policy.Explanations;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Employment.Training.Data;
using Employment.Training.Domain.Applications;
using Employment.Training.Domain.Payments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using V1 = Employment.Training.V1;

namespace Employment.Training.UseCases;

/// <summary>发放: records the payment of an approved application after its batch's public notice, on the version the clerk read.</summary>
public sealed class RecordPayment(TrainingDbContext db, ChinaClock clock, ILogger<RecordPayment> logger)
{
    public Task<V1.TrainingApplication> RecordAsync(V1.RecordPaymentRequest request, Caller clerk, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var reference = request.PaymentReference.Trim();
        if (reference.Length == 0)
        {
            throw DomainRuleException.Invalid("payment_reference", "请填写发放凭证号。");
        }

        DateOnly paidOn;
        try
        {
            paidOn = request.PaidOn is { } date ? ProtoMapping.FromProto(date) : throw DomainRuleException.Invalid("paid_on", "请填写发放日期。");
        }
        catch (ArgumentOutOfRangeException)
        {
            throw DomainRuleException.Invalid("paid_on", "发放日期不是有效日期。");
        }

        return IdempotentWrite.RunAsync(db, clock.Now, "RecordPayment", clerk, request.IdempotencyKey, request, V1.TrainingApplication.Parser, async () =>
        {
            var id = request.ApplicationId.Trim();
            var record = await db.Applications.SingleOrDefaultAsync(a => a.Id == id, cancellationToken)
                ?? throw DomainRuleException.NotFound(DecideApplication.What, id);
            clerk.RequireVisible(DecideApplication.What, id, bankCode: null, record.Region);
            if (record.Version != request.ExpectedVersion)
            {
                throw DomainRuleException.Stale(DecideApplication.What, record.Version, request.ExpectedVersion);
            }

            var noticeUntil = record.BatchId is null ? (DateOnly?)null
                : await db.PaymentBatches.Where(b => b.Id == record.BatchId).Select(b => b.NoticeUntil).SingleAsync(cancellationToken);
            PaymentRules.EnsurePayable((ApplicationStatus)record.Status, noticeUntil, paidOn, clock.Today, request.Amount?.Fen ?? 0, record.AmountFen);
            record.Status = (int)ApplicationStatus.Paid;
            record.PaidOn = paidOn;
            record.PaymentReference = reference;
            record.PaidRecordedAt = clock.Now;
            record.StampChanged(clerk.Subject, clock.Now);
            TrainingLog.ApplicationPaid(logger, record.Id, record.AmountFen, clerk.Subject);
            return ApplicationAnswers.Of(record);
        }, cancellationToken);
    }
}
