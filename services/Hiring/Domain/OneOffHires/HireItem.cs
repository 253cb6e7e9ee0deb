using Employment.Common.V1;

namespace Employment.Hiring.Domain.OneOffHires;

/// <summary>
/// One hired person in a claim, with everything the judgement reads: the claimant, the person's registry
/// profile (education, unemployment registrations, contracts and contributions before the hire), the
/// contract, the claimant's contributions for the person, and the person's earlier claims.
/// </summary>
public sealed record HireItem(
    HireSubsidyKind Kind,
    HiringEmployer Employer,
    PersonProfile Person,
    HireContract Contract,
    InsuredMonths Insurance,
    IReadOnlyList<PriorHireClaim> PriorClaims);
