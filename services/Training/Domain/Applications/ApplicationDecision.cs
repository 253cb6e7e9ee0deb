using Employment.Persistence.Payments;

namespace Employment.Training.Domain.Applications;

/// <summary>
/// 审核: a submitted application is approved or rejected, once. A rejection says why (the clerk's
/// reason is what the applicant is told); an approval may carry a note.
/// </summary>
public static class ApplicationDecision
{
    /// <summary>The status after the decision.</summary>
    /// <exception cref="DomainRuleException">Already decided (FAILED_PRECONDITION), or a rejection without a reason (INVALID_ARGUMENT, reason_zh).</exception>
    public static ApplicationStatus Decide(ApplicationStatus current, bool approve, string reasonZh)
    {
        if (current != ApplicationStatus.Submitted)
        {
            throw DomainRuleException.NotAllowed($"申请当前状态为{SubsidyStatusText.Zh((SubsidyStatus)current)}，只有已受理的申请可以审核。");
        }

        if (!approve && string.IsNullOrWhiteSpace(reasonZh))
        {
            throw DomainRuleException.Invalid("reason_zh", "审核不通过时请填写原因。");
        }

        return approve ? ApplicationStatus.Approved : ApplicationStatus.Rejected;
    }

    /// <summary>True while the applicant may withdraw it: received and not yet decided by anyone.</summary>
    public static bool Withdrawable(ApplicationStatus current) => current == ApplicationStatus.Submitted;

    /// <summary>撤回: the applicant takes back an application no clerk has decided yet.</summary>
    /// <exception cref="DomainRuleException">Decided already, or on its way to being (FAILED_PRECONDITION).</exception>
    public static ApplicationStatus Withdraw(ApplicationStatus current) =>
        Withdrawable(current)
            ? ApplicationStatus.Withdrawn
            : throw DomainRuleException.NotAllowed($"申请当前状态为{SubsidyStatusText.Zh((SubsidyStatus)current)}，只有尚未审核的申请可以撤回；有疑问请到人社窗口或拨打 12333。");
}
