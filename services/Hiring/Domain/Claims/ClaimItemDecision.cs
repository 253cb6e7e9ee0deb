using Employment.Persistence.Payments;

namespace Employment.Hiring.Domain.Claims;

/// <summary>
/// 审核, item by item: a submitted item is approved or rejected, once; a rejection says why (the
/// clerk's reason is what the employer is told). The claim's own status follows from its items.
/// </summary>
public static class ClaimItemDecision
{
    /// <summary>The item's status after the decision.</summary>
    /// <exception cref="DomainRuleException">Already decided (FAILED_PRECONDITION), or a rejection without a reason (INVALID_ARGUMENT, reason_zh).</exception>
    public static ClaimStatus Decide(int itemNo, ClaimStatus current, bool approve, string reasonZh)
    {
        if (current != ClaimStatus.Submitted)
        {
            throw DomainRuleException.NotAllowed($"第 {itemNo} 项当前状态为{SubsidyStatusText.Zh((SubsidyStatus)current)}，只有已受理的项目可以审核。");
        }

        if (!approve && string.IsNullOrWhiteSpace(reasonZh))
        {
            throw DomainRuleException.Invalid("reason_zh", "审核不通过时请填写原因。");
        }

        return approve ? ClaimStatus.Approved : ClaimStatus.Rejected;
    }

    /// <summary>
    /// The claim's status from its items': submitted while any item waits; then approved when any item
    /// was approved (the claim pays those), rejected when none was.
    /// </summary>
    public static ClaimStatus ClaimStatusOf(IReadOnlyCollection<ClaimStatus> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items.Count == 0 || items.Any(s => s == ClaimStatus.Submitted))
        {
            return ClaimStatus.Submitted;
        }

        if (items.All(s => s == ClaimStatus.Paid))
        {
            return ClaimStatus.Paid;
        }

        return items.Any(s => s == ClaimStatus.Approved) ? ClaimStatus.Approved : ClaimStatus.Rejected;
    }

    /// <summary>
    /// R9: a 吸纳 or 扩岗 item holds its person while it stands (submitted, approved, paid); a rejected
    /// one frees the person for another employer's claim.
    /// </summary>
    public static bool HoldsPerson(ClaimStatus status) => status is ClaimStatus.Submitted or ClaimStatus.Approved or ClaimStatus.Paid;
}
