using Employment.Persistence.Records;

namespace Employment.Hiring.Data;

/// <summary>
/// One item of a claim: a hired person, a trainee or a founder, judged by the rules in force on its own
/// event date (R1): the contract start, the traineeship start, the start-up entitlement date. The
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

    /// <summary>
    /// R14 in the database: the founder's registry id while this start-up item stands (submitted,
    /// approved, paid), else null. Unique, so a founder is paid the one-off start-up subsidy once, even
    /// when two businesses claim at the same moment.
    /// </summary>
    public string? StandingStartupFounder { get; set; }

    /// <summary>
    /// Once-only measures in the database: a key naming what may be paid once (稳岗返还: the employer and
    /// the refund year, R15) while the item stands, else null. Unique, so a retry under another key or a
    /// racing submission cannot store a second claim for the same thing.
    /// </summary>
    public string? StandingOnceKey { get; set; }

    /// <summary>
    /// What the item held when it stopped standing (its one-off hire person, founder and once-only key, one per line,
    /// empty where none), so a refusal set aside on appeal (申诉) holds them again — or finds them another's now.
    /// </summary>
    public string ReleasedHolds { get; set; } = "";

    /// <summary>The item's facts as the judgement read them (the contract's message, serialised) for kinds whose facts have no columns of their own (稳岗返还).</summary>
    public byte[]? Given { get; set; }

    /// <summary>The event date that selected the rules: the contract start (hires), the agreed traineeship's first day (trainees), the entitlement date (start-up).</summary>
    public DateOnly ContractStart { get; set; }

    /// <summary>The contract's last day (hires), the agreed traineeship's last day (trainees); inclusive.</summary>
    public DateOnly? ContractEnd { get; set; }

    /// <summary>Trainee: hired by the host before the agreed end (R11).</summary>
    public DateOnly? HiredOn { get; set; }

    public bool HiredWithSocialInsurance { get; set; }

    /// <summary>Trainee: kept on after a full traineeship (R22).</summary>
    public bool Retained { get; set; }

    public bool RealNameRegistered { get; set; }

    /// <summary>Trainee: the whole months paid (R22).</summary>
    public int PaidMonths { get; set; }

    /// <summary>Social insurance: the months this item subsidises, "2024-03,2024-04" (each also held in subsidised_months while the item stands).</summary>
    public string SubsidisedMonths { get; set; } = "";

    /// <summary>Start-up: 首次创业 and 正常经营 as the clerk recorded them from the market-regulation record.</summary>
    public bool FirstBusiness { get; set; }

    public bool OperatedNormally { get; set; }

    public bool OpenEnded { get; set; }

    public long AmountFen { get; set; }

    /// <summary>employment.common.v1.Explanation, serialised.</summary>
    public required byte[] Explanation { get; set; }

    public string DecisionReasonZh { get; set; } = "";

    /// <summary>The clerk who approved or rejected the item (empty while undecided): what an audit compares with the applicant (优亲厚友).</summary>
    public string DecidedBy { get; set; } = "";

    /// <summary>When the item was decided (办结: approved or refused); null while undecided. What the figures time against the 办结时限.</summary>
    public DateTimeOffset? DecidedAt { get; set; }
}
