using Employment.Common.V1;

namespace Employment.Hiring.Domain.SocialInsurance;

/// <summary>One measure's decision on a hire: passed with its amount and the months it pays, or failed with its checks.</summary>
public sealed record SocialInsuranceMeasureJudgement(
    string MeasureId,
    string MeasureNameZh,
    bool PolicyInForce,
    bool Passed,
    long AmountFen,
    IReadOnlyList<string> PaidMonths,
    Explanation Explanation);

/// <summary>
/// The decision on a hire: every measure judged on its own, paid once at the highest amount (R21, 从高不重复).
/// <see cref="PaidMeasureId"/> names the measure that pays, null when none does.
/// </summary>
public sealed record SocialInsuranceJudgement(
    bool Approved,
    long AmountFen,
    string? PaidMeasureId,
    IReadOnlyList<SocialInsuranceMeasureJudgement> Measures);
