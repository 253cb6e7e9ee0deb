using Employment.Hiring.Domain.Claims;
using Employment.Policy.Model;

namespace Employment.Hiring.Domain.Payments;

/// <summary>What may go into a payment batch, and when a claim may be paid.</summary>
public static class PaymentRules
{
    /// <summary>A claim may join a batch when every item is decided and one was approved, it is in no batch yet, and it lies within the batch's region.</summary>
    public static void EnsureBatchable(string claimId, ClaimStatus status, string? batchId, Region claimRegion, Region batchRegion)
    {
        if (status != ClaimStatus.Approved)
        {
            throw DomainRuleException.NotAllowed($"申请 {claimId} 当前状态为{ClaimItemDecision.Zh(status)}，只有审核通过的申请可以列入发放批次。");
        }

        if (batchId is not null)
        {
            throw DomainRuleException.NotAllowed($"申请 {claimId} 已列入发放批次 {batchId}。");
        }

        if (!batchRegion.Contains(claimRegion))
        {
            throw DomainRuleException.Invalid("claim_ids", $"申请 {claimId} 的地区 {claimRegion} 不在批次地区 {batchRegion} 内。");
        }
    }

    /// <summary>
    /// 拨付: an approved claim of a batch whose notice has ended, on a day not after today, for exactly
    /// the approved total.
    /// </summary>
    public static void EnsurePayable(ClaimStatus status, DateOnly? noticeUntil, DateOnly paidOn, DateOnly today, long paidFen, long approvedFen)
    {
        if (status != ClaimStatus.Approved)
        {
            throw DomainRuleException.NotAllowed($"申请当前状态为{ClaimItemDecision.Zh(status)}，只有审核通过的申请可以拨付。");
        }

        if (noticeUntil is not { } until)
        {
            throw DomainRuleException.NotAllowed("申请尚未列入发放批次并公示，不能拨付。");
        }

        if (paidOn > today)
        {
            throw DomainRuleException.Invalid("payment.paid_on", $"拨付日期 {ClerkText.Day(paidOn)} 晚于今天 {ClerkText.Day(today)}。");
        }

        if (paidOn <= until)
        {
            throw DomainRuleException.NotAllowed($"公示期至 {ClerkText.Day(until)}，{ClerkText.Day(until.AddDays(1))} 起方可拨付。");
        }

        if (paidFen != approvedFen)
        {
            throw DomainRuleException.Invalid("payment.amount", $"拨付金额 {ClerkText.Yuan(paidFen)} 与核定金额 {ClerkText.Yuan(approvedFen)} 不符。");
        }
    }
}
