namespace Employment.Hiring.Domain.Stabilisation;

/// <summary>
/// R15: a 稳岗返还 refunds "上年度" contributions, so an employer's year is refunded once. While a claim
/// for it stands (submitted, approved, paid) it holds <see cref="Key"/>; a rejected claim frees it.
/// </summary>
public static class RefundOncePerYear
{
    public const string Rule = StabilisationRuleIds.StabilisationOncePerRefundYear;

    /// <summary>What the claim holds: the employer's registry id and the year refunded.</summary>
    public static string Key(string employerId, int refundYear) => $"stabilisation/{employerId}/{refundYear}";

    public static DomainRuleException AlreadyRefunded(string field, int refundYear, string firstClaim) =>
        new(DomainRuleKind.AlreadyExists,
            $"申请单位{refundYear}年度的失业保险稳岗返还已由申请 {firstClaim} 申领；同一单位同一年度只返还一次（裁定 R15）。 (field: {field}; first claim: {firstClaim}; rule: {Rule})",
            field: field, ruleId: Rule);
}
