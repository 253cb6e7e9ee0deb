using Employment.Hiring.Data;
using Employment.Hiring.Domain.Claims;
using Employment.Hiring.Domain.Payments;
using Employment.Persistence.Idempotency;
using Employment.Policy.Explanations;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases;

/// <summary>拨付: records the payment of an approved claim after its batch's public notice, on the version the clerk read.</summary>
public sealed class RecordPayment(HiringDbContext db, ChinaClock clock, ILogger<RecordPayment> logger)
{
    public Task<V1.HiringClaim> RecordAsync(V1.RecordPaymentRequest request, Caller clerk, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var payment = request.Payment ?? throw DomainRuleException.Invalid("payment", "请填写拨付信息（payment）。");
        var reference = payment.PaymentReference.Trim();
        if (reference.Length == 0)
        {
            throw DomainRuleException.Invalid("payment.payment_reference", "请填写拨付凭证号。");
        }

        DateOnly paidOn;
        try
        {
            paidOn = payment.PaidOn is { } date ? ProtoMapping.FromProto(date) : throw DomainRuleException.Invalid("payment.paid_on", "请填写拨付日期。");
        }
        catch (ArgumentOutOfRangeException)
        {
            throw DomainRuleException.Invalid("payment.paid_on", "拨付日期不是有效日期。");
        }

        return IdempotentWrite.RunAsync(db, clock.Now, "RecordPayment", clerk, request.IdempotencyKey, request, V1.HiringClaim.Parser, async () =>
        {
            var id = request.ClaimId.Trim();
            var claim = await db.Claims.Include(c => c.Items).SingleOrDefaultAsync(c => c.Id == id, cancellationToken)
                ?? throw DomainRuleException.NotFound(DecideClaimItem.What, id);
            clerk.RequireVisible(DecideClaimItem.What, id, bankCode: null, claim.Region);
            if (claim.Version != request.ExpectedVersion)
            {
                throw DomainRuleException.Stale(DecideClaimItem.What, claim.Version, request.ExpectedVersion);
            }

            var noticeUntil = claim.BatchId is null ? (DateOnly?)null
                : await db.PaymentBatches.Where(b => b.Id == claim.BatchId).Select(b => b.NoticeUntil).SingleAsync(cancellationToken);
            PaymentRules.EnsurePayable((ClaimStatus)claim.Status, noticeUntil, paidOn, clock.Today, payment.Amount?.Fen ?? 0, claim.TotalFen);
            var now = clock.Now;
            foreach (var item in claim.Items.Where(i => (ClaimStatus)i.Status == ClaimStatus.Approved))
            {
                item.Status = (int)ClaimStatus.Paid;
                item.StampChanged(clerk.Subject, now);
            }

            claim.Status = (int)ClaimStatus.Paid;
            claim.PaidOn = paidOn;
            claim.PaymentReference = reference;
            claim.StampChanged(clerk.Subject, now);
            HiringLog.ClaimPaid(logger, claim.Id, claim.TotalFen, clerk.Subject);
            return ClaimAnswers.Of(claim);
        }, cancellationToken);
    }
}
