namespace Employment.Persistence.Payments;

/// <summary>
/// Where a subsidy stands on its way to payment, in every subsidy service. The numbers are the contracts'
/// (training ApplicationStatus, hiring ClaimStatus), so a service's own status converts by value.
/// </summary>
public enum SubsidyStatus
{
    /// <summary>已受理.</summary>
    Submitted = 2,

    /// <summary>审核通过.</summary>
    Approved = 3,

    /// <summary>审核不通过.</summary>
    Rejected = 4,

    /// <summary>已发放.</summary>
    Paid = 5,

    /// <summary>待复核: approved by one clerk, counts once a second confirms (复核).</summary>
    AwaitingReview = 6,

    /// <summary>已撤回: withdrawn by the applicant before a decision.</summary>
    Withdrawn = 7,
}

public static class SubsidyStatusText
{
    /// <summary>The name a clerk and a citizen read.</summary>
    public static string Zh(SubsidyStatus status) => status switch
    {
        SubsidyStatus.Submitted => "已受理",
        SubsidyStatus.Approved => "审核通过",
        SubsidyStatus.Rejected => "审核不通过",
        SubsidyStatus.Paid => "已发放",
        SubsidyStatus.AwaitingReview => "待复核",
        SubsidyStatus.Withdrawn => "已撤回",
        _ => "未知状态",
    };

    /// <summary>Where the item stands, as an audit export (employment.common.v1.AuditedItem) says it.</summary>
    public static Employment.Common.V1.AuditedStatus Audited(SubsidyStatus status) => status switch
    {
        SubsidyStatus.Approved => Employment.Common.V1.AuditedStatus.Approved,
        SubsidyStatus.Rejected => Employment.Common.V1.AuditedStatus.Rejected,
        SubsidyStatus.Paid => Employment.Common.V1.AuditedStatus.Paid,
        SubsidyStatus.Withdrawn => Employment.Common.V1.AuditedStatus.Withdrawn,
        _ => Employment.Common.V1.AuditedStatus.Submitted,
    };

    /// <summary>The machine token of 办理进度 (SUBMITTED, AWAITING_REVIEW, APPROVED, REJECTED, PAID, WITHDRAWN).</summary>
    public static string Token(SubsidyStatus status) => status switch
    {
        SubsidyStatus.Submitted => "SUBMITTED",
        SubsidyStatus.Approved => "APPROVED",
        SubsidyStatus.Rejected => "REJECTED",
        SubsidyStatus.Paid => "PAID",
        SubsidyStatus.AwaitingReview => "AWAITING_REVIEW",
        SubsidyStatus.Withdrawn => "WITHDRAWN",
        _ => "UNSPECIFIED",
    };
}
