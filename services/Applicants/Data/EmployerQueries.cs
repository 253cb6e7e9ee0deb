using Microsoft.EntityFrameworkCore;

namespace Employment.Applicants.Data;

/// <summary>How the registry finds employers in its database.</summary>
internal static class EmployerQueries
{
    /// <summary>An employer to read, by employer id or by (validated) credit code.</summary>
    public static Task<EmployerRecord?> EmployerToReadAsync(this ApplicantsDbContext db, string? employerId, string? creditCode, CancellationToken cancellationToken) =>
        employerId is not null
            ? db.Employers.AsNoTracking().SingleOrDefaultAsync(e => e.Id == employerId, cancellationToken)
            : db.Employers.AsNoTracking().SingleOrDefaultAsync(e => e.CreditCode == creditCode, cancellationToken);

    /// <summary>An employer to change (tracked, so the change and its version check are saved with the unit of work).</summary>
    public static Task<EmployerRecord?> EmployerToChangeAsync(this ApplicantsDbContext db, string employerId, CancellationToken cancellationToken) =>
        db.Employers.SingleOrDefaultAsync(e => e.Id == employerId, cancellationToken);

    /// <summary>The employer registered with this credit code, if any: the id and the region that says which office may see it.</summary>
    public static async Task<(string Id, string Region)?> RegisteredEmployerAsync(this ApplicantsDbContext db, string creditCode, CancellationToken cancellationToken) =>
        await db.Employers.AsNoTracking().Where(e => e.CreditCode == creditCode).FirstOrDefaultAsync(cancellationToken)
            is { } found ? (found.Id, RecordMapping.ToProto(found).Region?.Code ?? "") : null;
}
