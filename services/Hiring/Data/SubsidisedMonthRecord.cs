using Employment.Persistence.Records;

namespace Employment.Hiring.Data;

/// <summary>
/// A month of a person's social insurance that a social-insurance item subsidises ("2024-03"). While the
/// item stands, <see cref="StandingPerson"/> holds the person's registry id; a unique index over it and
/// the month lets only one claim — of any employer, also a racing one — subsidise that month (R21, R25).
/// </summary>
public sealed class SubsidisedMonthRecord : AuditedRecord
{
    public required string ClaimId { get; set; }

    public int ItemNo { get; set; }

    /// <summary>yyyy-MM.</summary>
    public required string Month { get; set; }

    public required string PersonId { get; set; }

    /// <summary>The person while the item stands (submitted, approved, paid); null once it is rejected.</summary>
    public string? StandingPerson { get; set; }
}
