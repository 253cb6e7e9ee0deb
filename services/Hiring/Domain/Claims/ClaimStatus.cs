namespace Employment.Hiring.Domain.Claims;

/// <summary>Where a claim, or one of its items, stands. The numbers are the contract's (employment.hiring.v1.ClaimStatus).</summary>
public enum ClaimStatus
{
    /// <summary>已受理: an item not yet decided (a claim: some item not yet decided).</summary>
    Submitted = 2,

    /// <summary>审核通过 (a claim: every item decided, at least one approved).</summary>
    Approved = 3,

    /// <summary>审核不通过 (a claim: every item rejected).</summary>
    Rejected = 4,

    /// <summary>已发放.</summary>
    Paid = 5,

    /// <summary>待复核 (a claim only: every item decided, at least one approved, and its approval awaits a second clerk).</summary>
    AwaitingReview = 6,

    /// <summary>已撤回 before any item was decided (a claim and each of its items): it holds nothing against another claim.</summary>
    Withdrawn = 7,
}
