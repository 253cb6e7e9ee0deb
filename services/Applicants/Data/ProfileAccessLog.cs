using Employment.ServiceDefaults.Data;

namespace Employment.Applicants.Data;

/// <summary>Who read a profile and why, written before the profile is handed out (a person can be shown who read their data).</summary>
internal sealed class ProfileAccessLog(ApplicantsDbContext db, ReadLogBatcher batcher)
{
    /// <summary>
    /// One read's row, committed before this completes, by group commit with the other reads waiting at
    /// the moment (<see cref="ReadLogBatcher"/>).
    /// </summary>
    public Task RecordAsync(string subjectType, string subjectId, string callerService, string purpose, DateTimeOffset at, CancellationToken cancellationToken) =>
        batcher.RecordAsync(Entry(subjectType, subjectId, callerService, purpose, at), cancellationToken);

    /// <summary>
    /// One access row per subject of a page handed out by a bulk read, in one save; the rows are then
    /// let go of, so a long stream does not keep every row it logged.
    /// </summary>
    public async Task RecordPageAsync(string subjectType, IEnumerable<string> subjectIds, string callerService, string purpose, DateTimeOffset at, CancellationToken cancellationToken)
    {
        db.ProfileAccess.AddRange(subjectIds.Select(id => Entry(subjectType, id, callerService, purpose, at)));
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    private static ProfileAccessRecord Entry(string subjectType, string subjectId, string callerService, string purpose, DateTimeOffset at) => new()
    {
        Id = RecordIds.New("R"),
        SubjectType = subjectType,
        SubjectId = subjectId,
        CallerService = callerService,
        Purpose = purpose,
        At = at,
    };
}
