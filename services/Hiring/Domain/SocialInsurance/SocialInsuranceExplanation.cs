using Employment.Common.V1;
using Employment.Policy.Explanations;
using Employment.Policy.Model;

namespace Employment.Hiring.Domain.SocialInsurance;

/// <summary>
/// One explanation for a social-insurance hire out of its routes' own (R21): every route's checks (their
/// rule ids name the route), then the 从高不重复 check saying which route pays.
/// </summary>
public static class SocialInsuranceExplanation
{
    public const string PaidOnceRule = SocialInsuranceRuleIds.SiPaidOnceAtHighest;

    public static Explanation Of(SocialInsuranceJudgement judgement, DateOnly contractStart)
    {
        ArgumentNullException.ThrowIfNull(judgement);
        var combined = new Explanation
        {
            Outcome = judgement.Approved ? Outcome.Passed : Outcome.Failed,
            RulesDate = ProtoMapping.ToProto(contractStart),
        };
        foreach (var measure in judgement.Measures)
        {
            combined.Checks.AddRange(measure.Explanation.Checks);
        }

        var paying = judgement.Measures.FirstOrDefault(m => m.MeasureId == judgement.PaidMeasureId);
        var paid = new Check
        {
            RuleId = PaidOnceRule,
            Passed = judgement.Approved,
            DescriptionZh = paying is not null
                ? $"按{paying.MeasureNameZh}补贴{ClerkText.Yuan(judgement.AmountFen)}：多项社会保险补贴符合时从高不重复（裁定 R21）"
                : "没有一项社会保险补贴符合条件（裁定 R21）",
        };
        foreach (var measure in judgement.Measures)
        {
            paid.FactsUsed.Add(new Fact { Name = measure.MeasureNameZh, Value = measure.Passed ? ClerkText.Yuan(measure.AmountFen) : (measure.PolicyInForce ? "不符合" : "无适用政策") });
        }

        combined.Checks.Add(paid);
        combined.SummaryZh = paying is not null
            ? $"符合社会保险补贴条件：按{paying.MeasureNameZh}补贴{ClerkText.Yuan(judgement.AmountFen)}（{paying.PaidMonths.Count}个月）。"
            : "不符合社会保险补贴条件：" + string.Join("；", judgement.Measures.Where(m => m.PolicyInForce).Select(m => m.Explanation.SummaryZh).DefaultIfEmpty("无适用政策"));
        return combined;
    }
}
