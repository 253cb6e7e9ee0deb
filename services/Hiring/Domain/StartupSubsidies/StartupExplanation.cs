using Employment.Common.V1;
using Employment.Policy.Explanations;
using Employment.Policy.Model;

namespace Employment.Hiring.Domain.StartupSubsidies;

/// <summary>
/// One explanation for a start-up claim item out of the measures' own (R21): every measure's checks (their
/// rule ids name the measure), then the 从高不重复 check saying which measure pays and why once.
/// </summary>
public static class StartupExplanation
{
    public const string PaidOnceRule = StartupRuleIds.PaidOnceAtHighest;

    public static Explanation Of(StartupSubsidyJudgement judgement, DateOnly rulesDate)
    {
        ArgumentNullException.ThrowIfNull(judgement);
        var combined = new Explanation
        {
            Outcome = judgement.Approved ? Outcome.Passed : Outcome.Failed,
            RulesDate = ProtoMapping.ToProto(rulesDate),
        };
        foreach (var measure in judgement.Measures)
        {
            combined.Checks.AddRange(measure.Explanation.Checks);
        }

        var paid = new Check
        {
            RuleId = PaidOnceRule,
            Passed = judgement.Approved,
            DescriptionZh = judgement.Approved
                ? $"按{judgement.PaidUnderZh}发放{ClerkText.Yuan(judgement.AmountFen)}：同一人只享受一次，多项政策符合时从高不重复（裁定 R14、R21）"
                : "没有一项一次性创业补贴政策符合条件（裁定 R21）",
        };
        foreach (var measure in judgement.Measures)
        {
            paid.FactsUsed.Add(new Fact { Name = measure.MeasureNameZh, Value = measure.Passed ? ClerkText.Yuan(measure.AmountFen) : "不符合" });
        }

        combined.Checks.Add(paid);
        combined.SummaryZh = judgement.Approved
            ? $"符合一次性创业补贴条件：按{judgement.PaidUnderZh}补贴{ClerkText.Yuan(judgement.AmountFen)}。"
            : "不符合一次性创业补贴条件：" + string.Join("；", judgement.Measures.Select(m => m.Explanation.SummaryZh));
        return combined;
    }
}
