using Employment.Common.V1;

namespace Employment.Training.Domain.SkillUpgrade;

/// <summary>
/// The answer for one certificate: whether it is paid, how much (zero when not), and the explanation
/// every answer carries. <see cref="DuplicateOf"/> names the application that already holds the
/// certificate's number (R24: once, ever).
/// </summary>
public sealed record SkillUpgradeJudgement(
    bool Eligible,
    long AmountFen,
    Explanation Explanation,
    IReadOnlyList<string> FailedRules,
    string? DuplicateOf)
{
    /// <summary>
    /// At submission a broken rule is a refusal, not a stored application: ALREADY_EXISTS naming the
    /// first application for a certificate subsidised before, FAILED_PRECONDITION naming the first
    /// failed rule otherwise.
    /// </summary>
    public void EnsureGranted(string certificateNumber)
    {
        if (DuplicateOf is { } first)
        {
            throw new DomainRuleException(DomainRuleKind.AlreadyExists,
                $"证书 {certificateNumber} 已申请过技能提升补贴，申请编号 {first}；同一证书只能享受一次（裁定 R24）。 " +
                $"(field: certificate.certificate_number; first application: {first})",
                field: "certificate.certificate_number", ruleId: SkillUpgradeRuleIds.OnePerCertificate);
        }

        if (!Eligible)
        {
            var failed = Explanation.Checks.Where(c => !c.Passed).Select(c => c.DescriptionZh);
            throw DomainRuleException.NotAllowed($"不符合技能提升补贴条件：{string.Join("；", failed)}", FailedRules.FirstOrDefault());
        }
    }
}
