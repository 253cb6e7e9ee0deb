using Microsoft.EntityFrameworkCore;

namespace Employment.Hiring.Data;

/// <summary>
/// Takes the trainees' turns in the submitting transaction (R11, R22, <c>hiring.trainee.months_per_person</c>):
/// an insert-or-update of each person's <see cref="TraineeCapRecord"/> row, which holds that row's write lock
/// until the transaction ends. A racing submission for one of the same people blocks on the row, and since
/// it reads the standing traineeships only after its turn (read committed: each statement sees what was
/// committed before it), it counts the first claim's months. People are taken in ordinal order so that two
/// claims naming the same trainees in another order cannot deadlock.
/// </summary>
public static class TraineeCapTurns
{
    public static async Task TakeTraineeTurnsAsync(this HiringDbContext db, IEnumerable<string> personIds, string claimId, string actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(personIds);
        // PostgreSQL stores timestamptz from a UTC offset only.
        var at = now.ToUniversalTime();
        foreach (var personId in personIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            // One statement both providers run: the row is created on the person's first claim, else updated;
            // either way it stays locked by this transaction.
            await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO trainee_caps ("PersonId", "LastClaimId", "Version", "CreatedAt", "CreatedBy", "UpdatedAt", "UpdatedBy")
                VALUES ({personId}, {claimId}, 1, {at}, {actor}, {at}, {actor})
                ON CONFLICT ("PersonId") DO UPDATE SET
                    "LastClaimId" = excluded."LastClaimId",
                    "Version" = trainee_caps."Version" + 1,
                    "UpdatedAt" = excluded."UpdatedAt",
                    "UpdatedBy" = excluded."UpdatedBy"
                """, cancellationToken);
        }
    }
}
