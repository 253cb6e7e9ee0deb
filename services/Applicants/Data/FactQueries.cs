using Microsoft.EntityFrameworkCore;

namespace Employment.Applicants.Data;

/// <summary>How the registry finds the dated facts of a person or an employer.</summary>
internal static class FactQueries
{
    /// <summary>The facts decisions use: not superseded, in the order they were recorded.</summary>
    public static Task<List<FactRecord>> CurrentFactsAsync(this ApplicantsDbContext db, string subjectType, string subjectId, CancellationToken cancellationToken) =>
        db.Facts.AsNoTracking()
            .Where(f => f.SubjectType == subjectType && f.SubjectId == subjectId && !f.Superseded)
            .OrderBy(f => f.Id)
            .ToListAsync(cancellationToken);

    /// <summary>A fact of this subject to correct or withdraw (tracked); null when the subject has no such fact.</summary>
    public static Task<FactRecord?> FactToChangeAsync(this ApplicantsDbContext db, string subjectType, string subjectId, string factId, CancellationToken cancellationToken) =>
        db.Facts.SingleOrDefaultAsync(f => f.Id == factId && f.SubjectType == subjectType && f.SubjectId == subjectId, cancellationToken);
}
