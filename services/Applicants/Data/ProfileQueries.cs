using Employment.Applicants.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace Employment.Applicants.Data;

/// <summary>A person with the facts decisions use (not superseded, in the order recorded).</summary>
internal sealed record PersonWithFacts(PersonRecord Person, List<FactRecord> Facts);

/// <summary>
/// The profile read: the person and their current facts in one round trip (one joined
/// query instead of two), untracked, since nothing read here is changed. Not an EF compiled query: a
/// static compiled query kept the first provider's executor, which broke PostgreSQL after SQLite in
/// one test process (the Loans history compiles one per provider context for that reason).
/// </summary>
internal static class ProfileQueries
{
    /// <summary>A person to read with their current facts, by person id or by (validated) identity number.</summary>
    public static Task<PersonWithFacts?> PersonWithFactsAsync(this ApplicantsDbContext db, string? personId, string? idNumber, CancellationToken cancellationToken)
    {
        var people = db.People.AsNoTracking();
        people = personId is not null ? people.Where(p => p.Id == personId) : people.Where(p => p.IdNumber == idNumber);
        return people
            .Select(p => new PersonWithFacts(p, db.Facts.AsNoTracking()
                .Where(f => f.SubjectType == SubjectTypes.Person && f.SubjectId == p.Id && !f.Superseded)
                .OrderBy(f => f.Id)
                .ToList()))
            .SingleOrDefaultAsync(cancellationToken);
    }
}
