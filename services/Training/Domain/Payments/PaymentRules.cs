using Employment.Policy.Model;
using Employment.Training.Domain.Applications;

namespace Employment.Training.Domain.Payments;

/// <summary>What may go into a payment batch, and when an application may be paid.</summary>
public static class PaymentRules
{
    /// <summary>An application may join a batch when it is approved, in no batch yet, and within the batch's region.</summary>
    public static void EnsureBatchable(string applicationId, ApplicationStatus status, string? batchId, Region applicationRegion, Region batchRegion)
    {
        if (status != ApplicationStatus.Approved)
        {
            throw DomainRuleException.NotAllowed($"申请 {applicationId} 当前状态为{ApplicationDecision.Zh(status)}，只有审核通过的申请可以列入发放批次。");
        }

        if (batchId is not null)
        {
            throw DomainRuleException.NotAllowed($"申请 {applicationId} 已列入发放批次 {batchId}。");
        }

        if (!batchRegion.Contains(applicationRegion))
        {
            throw DomainRuleException.Invalid("application_ids", $"申请 {applicationId} 的地区 {applicationRegion} 不在批次地区 {batchRegion} 内。");
        }
    }

    /// <summary>
    /// 发放: an approved application of a batch whose notice has ended, on a day not after today,
    /// for exactly the amount decided.
    /// </summary>
    public static void EnsurePayable(ApplicationStatus status, DateOnly? noticeUntil, DateOnly paidOn, DateOnly today, long paidFen, long decidedFen)
    {
        if (status != ApplicationStatus.Approved)
        {
            throw DomainRuleException.NotAllowed($"申请当前状态为{ApplicationDecision.Zh(status)}，只有审核通过的申请可以发放。");
        }

        if (noticeUntil is not { } until)
        {
            throw DomainRuleException.NotAllowed("申请尚未列入发放批次并公示，不能发放。");
        }

        if (paidOn > today)
        {
            throw DomainRuleException.Invalid("paid_on", $"发放日期 {ClerkText.Day(paidOn)} 晚于今天 {ClerkText.Day(today)}。");
        }

        if (paidOn <= until)
        {
            throw DomainRuleException.NotAllowed($"公示期至 {ClerkText.Day(until)}，{ClerkText.Day(until.AddDays(1))} 起方可发放。");
        }

        if (paidFen != decidedFen)
        {
            throw DomainRuleException.Invalid("amount", $"发放金额 {ClerkText.Yuan(paidFen)} 与核定金额 {ClerkText.Yuan(decidedFen)} 不符。");
        }
    }
}
