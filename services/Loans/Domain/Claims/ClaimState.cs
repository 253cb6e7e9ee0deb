namespace Employment.Loans.Domain.Claims;

/// <summary>
/// Where a stored quarterly claim stands. The numbers are the contract's
/// (employment.loans.v1.ClaimState) and what the claims table stores; a preview is never stored.
/// </summary>
public enum ClaimState
{
    Submitted = 2,

    /// <summary>已核准 by the counter.</summary>
    Approved = 3,

    /// <summary>已驳回 by the counter, with a reason; the bank may submit the quarter again.</summary>
    Rejected = 4,
}
