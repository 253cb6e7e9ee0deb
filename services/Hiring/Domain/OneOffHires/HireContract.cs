namespace Employment.Hiring.Domain.OneOffHires;

/// <summary>
/// The hired person's labour contract with the claimant. <see cref="Start"/> is the event date that
/// selects the rules (R1); an open-ended contract (无固定期限) has no term and meets any minimum.
/// </summary>
public sealed record HireContract(DateOnly Start, int TermMonths, bool OpenEnded = false)
{
    /// <summary>
    /// Where the contract is recorded, when it comes from the registry rather than a claim's paper (a
    /// fact's source as an explanation cites it: 登记系统记录：用人单位申报（…，网上招聘录用），凭证 A…); "" for a claim's own copy.
    /// </summary>
    public string Source { get; init; } = "";

    public void Validate()
    {
        if (TermMonths < 0 || (!OpenEnded && TermMonths == 0))
        {
            throw DomainRuleException.Invalid("contract_term_months", $"劳动合同期限须为正数月份，或为无固定期限合同（收到 {TermMonths}）。 (A contract term is a positive number of months, or open-ended.)");
        }
    }
}
