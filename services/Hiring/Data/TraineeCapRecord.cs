using Employment.Persistence.Records;

namespace Employment.Hiring.Data;

/// <summary>
/// One row per person a trainee claim was ever submitted for: the turn its submissions take. Every trainee
/// submission writes the rows of its trainees first in its transaction (<see cref="TraineeCapTurns"/>), so
/// a second submission for the same person waits until the first commits and then judges the person's
/// 12-month cap (R11, R22) with the first's months counted. The month index of <see cref="TraineeMonthRecord"/>
/// cannot do this: two traineeships in different months share no row, yet together may pass the cap.
/// </summary>
public sealed class TraineeCapRecord : AuditedRecord
{
    /// <summary>The person's registry id.</summary>
    public required string PersonId { get; set; }

    /// <summary>The claim whose submission took the last turn (for the audit; nothing decides on it).</summary>
    public required string LastClaimId { get; set; }
}
