using Employment.Common.V1;
using Employment.Loans.V1;

namespace Employment.Loans.Domain.Applications;

/// <summary>
/// The application's life at the counter: 已受理 → 审核通过 (or 不通过) → 担保审批通过 (or 不通过) →
/// 已推送银行 → 已放款; 撤回 is possible until the loan is issued. 已放款 is reached only when the bank
/// registers the loan; the end states allow no further move.
/// </summary>
public static class ApplicationStates
{
    private static readonly Dictionary<ApplicationState, ApplicationState[]> Moves = new()
    {
        [ApplicationState.Accepted] = [ApplicationState.Reviewed, ApplicationState.Rejected, ApplicationState.Withdrawn],
        [ApplicationState.Reviewed] = [ApplicationState.GuaranteeApproved, ApplicationState.GuaranteeRejected, ApplicationState.Withdrawn],
        [ApplicationState.GuaranteeApproved] = [ApplicationState.SentToBank, ApplicationState.Withdrawn],
        [ApplicationState.SentToBank] = [ApplicationState.Issued, ApplicationState.Withdrawn],
    };

    public static bool CanMove(ApplicationState from, ApplicationState to) => Moves.TryGetValue(from, out var next) && next.Contains(to);

    public static IReadOnlyList<ApplicationState> Next(ApplicationState from) => Moves.TryGetValue(from, out var next) ? next : [];

    /// <summary>Moves a clerk must give a reason for.</summary>
    public static bool NeedsReason(ApplicationState to) =>
        to is ApplicationState.Rejected or ApplicationState.GuaranteeRejected or ApplicationState.Withdrawn;

    /// <summary>The review's decision (审核通过 / 不通过): the clerk who moves an application here decided it.</summary>
    public static bool Decides(ApplicationState to) => to is ApplicationState.Reviewed or ApplicationState.Rejected;

    /// <summary>
    /// Moves towards the money that a risk signal's hold (稽核暂停发放) stops: approving, the guarantee's approval,
    /// sending to the bank. Rejecting and withdrawing stay open.
    /// </summary>
    public static bool TowardsIssue(ApplicationState to) =>
        to is ApplicationState.Reviewed or ApplicationState.GuaranteeApproved or ApplicationState.SentToBank or ApplicationState.Issued;

    /// <summary>Where an application stands, as every service's audit export says it.</summary>
    public static AuditedStatus Audited(ApplicationState state) => state switch
    {
        ApplicationState.Accepted => AuditedStatus.Submitted,
        ApplicationState.Reviewed or ApplicationState.GuaranteeApproved or ApplicationState.SentToBank => AuditedStatus.Approved,
        ApplicationState.Issued => AuditedStatus.Paid,
        // Refused or withdrawn: nothing will be paid on it.
        _ => AuditedStatus.Rejected,
    };

    /// <summary>What happens next to an application in this state, as its borrower reads it (empty once it has ended).</summary>
    /// <summary>What follows the office's review of a loan taken, as its receipt says it.</summary>
    public const string AfterReviewZh = "审核通过后，" + AfterApprovalZh;

    /// <summary>What follows the office's approval, as its 决定书 says it.</summary>
    public const string AfterApprovalZh = "担保机构审批担保，再由经办银行签订借款合同并放款。";

    public static string NextStepZh(ApplicationState state) => state switch
    {
        ApplicationState.Accepted => "人社窗口审核您的申请和条件，审核结果会通知您。",
        ApplicationState.Reviewed => "审核已通过，担保机构审批担保。",
        ApplicationState.GuaranteeApproved => "担保已批准，人社部门将申请推送给经办银行。",
        ApplicationState.SentToBank => "经办银行会联系您签订借款合同并放款。",
        _ => "",
    };

    public static string NameZh(ApplicationState state) => state switch
    {
        ApplicationState.Accepted => "已受理",
        ApplicationState.Reviewed => "审核通过",
        ApplicationState.Rejected => "审核不通过",
        ApplicationState.GuaranteeApproved => "担保审批通过",
        ApplicationState.GuaranteeRejected => "担保审批不通过",
        ApplicationState.SentToBank => "已推送银行",
        ApplicationState.Issued => "已放款",
        ApplicationState.Withdrawn => "已撤回",
        _ => "未知状态",
    };
}
