using Employment.ServiceDefaults.Data;

namespace Employment.Applicants.Data;

/// <summary>Who read a profile and why, written before the profile is handed out (a person can be shown who read their data).</summary>
internal sealed class ProfileAccessLog(ApplicantsDbContext db)
{
    public async Task RecordAsync(string subjectType, string subjectId, string callerService, string purpose, DateTimeOffset at, CancellationToken cancellationToken)
    {
        db.ProfileAccess.Add(new ProfileAccessRecord
        {
            Id = RecordIds.New("R"),
            SubjectType = subjectType,
            SubjectId = subjectId,
            CallerService = callerService,
            Purpose = purpose,
            At = at,
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
