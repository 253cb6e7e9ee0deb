namespace Employment.Hiring.Data;

/// <summary>
/// 免申即享: a claim the owed list found for one claimant (a person, or an employer its agents act for), offered in the
/// hall until it is accepted (it becomes <see cref="ClaimId"/>) or withdrawn (the facts no longer give it). One row per
/// claimant and prepared claim (<see cref="ClaimKey"/>): found again, the same offer; found again after a withdrawal,
/// the same offer opened again.
/// </summary>
public sealed class OfferRecord
{
    /// <summary>"F" and a time-ordered GUID.</summary>
    public required string Id { get; set; }

    /// <summary>The registry's employer id of an employer's offer; empty for a person's.</summary>
    public string OwnerEmployerId { get; set; } = "";

    /// <summary>The registry's person id of a person's own offer; empty for an employer's.</summary>
    public string OwnerPersonId { get; set; } = "";

    /// <summary>The prepared claim's SHA-256 (hex): what makes two runs' items the same offer.</summary>
    public required string ClaimKey { get; set; }

    /// <summary>An employment.hiring.v1.SubsidyKind number.</summary>
    public int Kind { get; set; }

    /// <summary>The prepared employment.hiring.v1.SubmitClaimRequest, without key or account.</summary>
    public required byte[] Claim { get; set; }

    /// <summary>The employment.hiring.v1.HiringClaim preview of it: its items, amounts and checks.</summary>
    public required byte[] Preview { get; set; }

    public long AmountFen { get; set; }

    /// <summary>An employment.hiring.v1.OfferState number.</summary>
    public int State { get; set; }

    public DateTimeOffset OfferedAt { get; set; }

    /// <summary>When the scheduled run reminded the claimant of the offer still open (once); null: not reminded.</summary>
    public DateTimeOffset? RemindedAt { get; set; }

    public DateTimeOffset? SettledAt { get; set; }

    public string ClaimId { get; set; } = "";

    public string WithdrawnReasonZh { get; set; } = "";
}
