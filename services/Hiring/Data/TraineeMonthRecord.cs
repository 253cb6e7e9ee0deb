using Employment.Persistence.Records;

namespace Employment.Hiring.Data;

/// <summary>
/// A calendar month ("2023-03") of a person's traineeship that a trainee item subsidises. While the item
/// stands, <see cref="StandingPerson"/> holds the person's registry id; a unique index over it and the
/// month lets only one claim — of any host, also a racing one — hold that trainee month (R11, R22).
/// </summary>
public sealed class TraineeMonthRecord : AuditedRecord
{
    public required string ClaimId { get; set; }

    public int ItemNo { get; set; }

    /// <summary>yyyy-MM.</summary>
    public required string Month { get; set; }

    public required string PersonId { get; set; }

    /// <summary>The person while the item stands (submitted, approved, paid); null once it is rejected.</summary>
    public string? StandingPerson { get; set; }
}
