using Employment.Common.V1;

namespace Employment.Hiring.Domain.Stabilisation;

/// <summary>
/// The decision on a 稳岗返还 claim: approved with the refund, or refused with the failed checks.
/// <see cref="PolicyInForce"/> is false when no rate is in force on the submission date in the
/// employer's region (2022, from 2025, Jiyuan: R15, R27); <see cref="RefundYear"/> is the year refunded.
/// </summary>
public sealed record StabilisationJudgement(
    bool Approved,
    long AmountFen,
    bool PolicyInForce,
    int RefundYear,
    Explanation Explanation);
