using Employment.Policy.Explanations;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Errors;

namespace Employment.Persistence.Payments;

/// <summary>What may go into a payment batch, and when a subsidy may be paid (发放), in every subsidy service.</summary>
public static class PaymentRules
{
    /// <summary>A record may join a batch when it is approved, in no batch yet, and within the batch's region.</summary>
    /// <param name="idsField">The request's field that lists the records.</param>
    public static void EnsureBatchable(string recordId, SubsidyStatus status, string? batchId, Region recordRegion, Region batchRegion, string idsField)
    {
        if (status != SubsidyStatus.Approved)
        {
            throw DomainRuleException.NotAllowed($"申请 {recordId} 当前状态为{SubsidyStatusText.Zh(status)}，只有审核通过的申请可以列入发放批次。");
        }

        if (batchId is not null)
        {
            throw DomainRuleException.NotAllowed($"申请 {recordId} 已列入发放批次 {batchId}。");
        }

        if (!batchRegion.Contains(recordRegion))
        {
            throw DomainRuleException.Invalid(idsField, $"申请 {recordId} 的地区 {recordRegion} 不在批次地区 {batchRegion} 内。");
        }
    }

    /// <summary>
    /// 发放: an approved record of a batch whose notice has ended, on a day not after today, for exactly the
    /// amount decided.
    /// </summary>
    /// <param name="fieldPrefix">Where the payment's fields sit in the request ("" at the top, else "payment.").</param>
    public static void EnsurePayable(SubsidyStatus status, DateOnly? noticeUntil, DateOnly paidOn, DateOnly today, long paidFen, long decidedFen, string fieldPrefix = "")
    {
        if (status != SubsidyStatus.Approved)
        {
            throw DomainRuleException.NotAllowed($"申请当前状态为{SubsidyStatusText.Zh(status)}，只有审核通过的申请可以发放。");
        }

        if (noticeUntil is not { } until)
        {
            throw DomainRuleException.NotAllowed("申请尚未列入发放批次并公示，不能发放。");
        }

        if (paidOn > today)
        {
            throw DomainRuleException.Invalid(fieldPrefix + "paid_on", $"发放日期 {ClerkText.Day(paidOn)} 晚于今天 {ClerkText.Day(today)}。");
        }

        if (paidOn <= until)
        {
            throw DomainRuleException.NotAllowed($"公示期至 {ClerkText.Day(until)}，{ClerkText.Day(until.AddDays(1))} 起方可发放。");
        }

        if (paidFen != decidedFen)
        {
            throw DomainRuleException.Invalid(fieldPrefix + "amount", $"发放金额 {ClerkText.Yuan(paidFen)} 与核定金额 {ClerkText.Yuan(decidedFen)} 不符。");
        }
    }

    /// <summary>
    /// 发放失败: the bank returns as failed only a payment it could have made, of an approved record whose batch's notice
    /// has ended, on a day after the notice and not after today, with its reason.
    /// </summary>
    public static void EnsureFailable(SubsidyStatus status, DateOnly? noticeUntil, DateOnly failedOn, DateOnly today, string reasonZh)
    {
        if (status != SubsidyStatus.Approved)
        {
            throw DomainRuleException.NotAllowed($"申请当前状态为{SubsidyStatusText.Zh(status)}，只有审核通过、待发放的申请可以记录发放失败。");
        }

        if (noticeUntil is not { } until || failedOn <= until)
        {
            throw DomainRuleException.NotAllowed(noticeUntil is { } end
                ? $"公示期至 {ClerkText.Day(end)}，发放失败的日期应在公示期之后。"
                : "申请尚未列入发放批次并公示，不能记录发放失败。");
        }

        if (failedOn > today)
        {
            throw DomainRuleException.Invalid("failed_on", $"发放失败日期 {ClerkText.Day(failedOn)} 晚于今天 {ClerkText.Day(today)}。");
        }

        if (string.IsNullOrWhiteSpace(reasonZh))
        {
            throw DomainRuleException.Invalid("reason_zh", "请填写银行退回的原因。");
        }
    }
}
