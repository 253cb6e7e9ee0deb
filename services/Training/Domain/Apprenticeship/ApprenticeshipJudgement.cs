using Employment.Common.V1;

namespace Employment.Training.Domain.Apprenticeship;

/// <summary>The answer for one apprentice's training year: paid or not, how much, and the explanation.</summary>
public sealed record ApprenticeshipJudgement(bool Eligible, long AmountFen, Explanation Explanation, IReadOnlyList<string> FailedRules, string? DuplicateOf)
{
    /// <summary>At submission: ALREADY_EXISTS naming the first application for the same year, FAILED_PRECONDITION naming the first failed rule otherwise.</summary>
    public void EnsureGranted(int trainingYear)
    {
        if (DuplicateOf is { } first)
        {
            throw new DomainRuleException(DomainRuleKind.AlreadyExists,
                $"该学徒第 {trainingYear} 培训年度已申请过新型学徒制培训补贴，申请编号 {first}；每人每年只能享受一次。 " +
                $"(field: apprenticeship.training_year; first application: {first})",
                field: "apprenticeship.training_year", ruleId: ApprenticeshipRuleIds.OnePerApprenticeYear);
        }

        if (!Eligible)
        {
            var failed = Explanation.Checks.Where(c => !c.Passed).Select(c => c.DescriptionZh);
            throw DomainRuleException.NotAllowed($"不符合新型学徒制培训补贴条件：{string.Join("；", failed)}", FailedRules.FirstOrDefault());
        }
    }
}
