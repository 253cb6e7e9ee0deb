using Employment.Applicants.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace Employment.Applicants.Data;

/// <summary>A person with the facts decisions use (not superseded, in the order recorded).</summary>
internal sealed record PersonWithFacts(PersonRecord Person, List<FactRecord> Facts);

/// <summary>
/// The profile read (issue 18): the person and their current facts in one round trip (one joined
/// query instead of two), compiled once so a read skips building and looking up the LINQ expression,
/// and untracked, since nothing read here is changed.
/// </summary>
internal static class ProfileQueries
{
    private static readonly Func<ApplicantsDbContext, string, CancellationToken, Task<PersonWithFacts?>> ById =
        EF.CompileAsyncQuery((ApplicantsDbContext db, string personId, CancellationToken _) =>
            db.People.AsNoTracking()
                .Where(p => p.Id == personId)
                .Select(p => new PersonWithFacts(p, db.Facts.AsNoTracking()
                    .Where(f => f.SubjectType == SubjectTypes.Person && f.SubjectId == p.Id && !f.Superseded)
                    .OrderBy(f => f.Id)
                    .ToList()))
                .SingleOrDefault());

    private static readonly Func<ApplicantsDbContext, string, CancellationToken, Task<PersonWithFacts?>> ByIdNumber =
        EF.CompileAsyncQuery((ApplicantsDbContext db, string idNumber, CancellationToken _) =>
            db.People.AsNoTracking()
                .Where(p => p.IdNumber == idNumber)
                .Select(p => new PersonWithFacts(p, db.Facts.AsNoTracking()
                    .Where(f => f.SubjectType == SubjectTypes.Person && f.SubjectId == p.Id && !f.Superseded)
                    .OrderBy(f => f.Id)
                    .ToList()))
                .SingleOrDefault());

    /// <summary>A person to read with their current facts, by person id or by (validated) identity number.</summary>
    public static Task<PersonWithFacts?> PersonWithFactsAsync(this ApplicantsDbContext db, string? personId, string? idNumber, CancellationToken cancellationToken) =>
        personId is not null ? ById(db, personId, cancellationToken) : ByIdNumber(db, idNumber!, cancellationToken);
}
