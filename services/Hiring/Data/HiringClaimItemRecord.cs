using Employment.Persistence.Records;

namespace Employment.Hiring.Data;

/// <summary>
/// One item of a claim: a hired person, judged by the rules in force on the contract start (R1). The
/// person is kept by registry id and masked number and name only; the explanation it was judged with is
/// kept whole (the contract's message, serialised), so an answer shows the reasons as they were.
/// </summary>
public sealed class HiringClaimItemRecord : AuditedRecord
{
    public required string ClaimId { get; set; }

    /// <summary>1, 2, … within the claim.</summary>
    public int ItemNo { get; set; }

    /// <summary>The claim's employment.hiring.v1.SubsidyKind number, repeated so the R9 queries need no join.</summary>
    public int Kind { get; set; }

    /// <summary>A <see cref="Domain.Claims.ClaimStatus"/> of the item.</summary>
    public int Status { get; set; }

    public required string PersonId { get; set; }

    public required string IdNumberMasked { get; set; }

    /// <summary>For the public notice (张*明).</summary>
    public required string NameMasked { get; set; }

    /// <summary>
    /// R9 in the database: the person's registry id while this 吸纳 or 扩岗 item stands (submitted,
    /// approved, paid), else null. Unique, so two employers' concurrent claims for one person cannot
    /// both be stored, whichever of the two subsidies each asks for.
    /// </summary>
    public string? StandingOneOffHirePerson { get; set; }

    public DateOnly ContractStart { get; set; }

    public DateOnly? ContractEnd { get; set; }

    public bool OpenEnded { get; set; }

    public long AmountFen { get; set; }

    /// <summary>employment.common.v1.Explanation, serialised.</summary>
    public required byte[] Explanation { get; set; }

    public string DecisionReasonZh { get; set; } = "";
}
