namespace Employment.Risk.Domain;

/// <summary>The numbers are the contract's (employment.risk.v1.SignalStatus).</summary>
public enum SignalStatus
{
    Open = 1,
    Confirmed = 2,
    Dismissed = 3,
}

/// <summary>An auditor's review of a signal: confirmed or dismissed with a reason, or reopened.</summary>
public static class SignalReviews
{
    /// <summary>Longest reason a clerk types: an input limit, not a policy figure.</summary>
    public const int ReasonMaxLength = 500;

    /// <exception cref="DomainRuleException">No such status, the status it already has, or no reason for a confirmation or dismissal.</exception>
    public static SignalStatus Review(SignalStatus current, SignalStatus next, string reasonZh)
    {
        ArgumentNullException.ThrowIfNull(reasonZh);
        if (!Enum.IsDefined(next))
        {
            throw DomainRuleException.Invalid("status", "请选择核查结论：核实属实（CONFIRMED）、核实排除（DISMISSED）或重新打开（OPEN）。");
        }

        if (next == current)
        {
            throw DomainRuleException.NotAllowed($"该提示已是“{NameZh(current)}”状态。", RiskRuleIds.Review);
        }

        if (next != SignalStatus.Open && reasonZh.Trim().Length == 0)
        {
            throw DomainRuleException.Invalid("reason_zh", $"请填写“{NameZh(next)}”的理由（reason_zh）。");
        }

        return next;
    }

    public static string NameZh(SignalStatus status) => status switch
    {
        SignalStatus.Confirmed => "核实属实",
        SignalStatus.Dismissed => "核实排除",
        _ => "待核查",
    };
}
