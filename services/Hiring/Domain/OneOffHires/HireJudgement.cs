using Employment.Common.V1;

namespace Employment.Hiring.Domain.OneOffHires;

/// <summary>
/// The decision on one hire item: approved with the catalog's amount, or refused with the failed checks.
/// <see cref="PolicyInForce"/> is false when no policy covers the contract start in the employer's region
/// (R1, R27); <see cref="ConflictingClaimReference"/> names the earlier claim that refuses this one (R9).
/// </summary>
public sealed record HireJudgement(
    HireSubsidyKind Kind,
    bool Approved,
    long AmountFen,
    bool PolicyInForce,
    string? ConflictingClaimReference,
    Explanation Explanation);
