using Employment.Applicants.Domain.Registry;
using Employment.Common.V1;
using Microsoft.EntityFrameworkCore;

namespace Employment.Applicants.Data;

/// <summary>
/// Reads for region-wide jobs (直补快办): plain projections without change tracking, in pages by key,
/// so a region of 100,000 people is read in a few hundred queries, never one per person.
/// </summary>
internal static class RegionFactsQueries
{
    /// <summary>Employers after <paramref name="afterId"/> in id order, at most <paramref name="size"/>.</summary>
    public static Task<List<EmployerRecord>> EmployersAfterAsync(this ApplicantsDbContext db, string afterId, int size, CancellationToken cancellationToken) =>
        db.Employers.AsNoTracking()
            .Where(e => string.Compare(e.Id, afterId) > 0)
            .OrderBy(e => e.Id)
            .Take(size)
            .ToListAsync(cancellationToken);

    /// <summary>The current facts of these subjects, grouped by subject, each group in recorded order.</summary>
    public static async Task<ILookup<string, FactRecord>> CurrentFactsOfAsync(this ApplicantsDbContext db, string subjectType, IReadOnlyCollection<string> subjectIds, CancellationToken cancellationToken)
    {
        var rows = await db.Facts.AsNoTracking()
            .Where(f => f.SubjectType == subjectType && subjectIds.Contains(f.SubjectId) && !f.Superseded)
            .OrderBy(f => f.Id)
            .ToListAsync(cancellationToken);
        return rows.ToLookup(f => f.SubjectId, StringComparer.Ordinal);
    }

    /// <summary>
    /// The people with a current labour-contract fact whose first day lies in [<paramref name="from"/>,
    /// <paramref name="until"/>] and whose employer is one of <paramref name="creditCodes"/>, and the
    /// founders whose business-start fact in that period names one of them, and the trainees whose
    /// traineeship with one of them starts in it, and the founders of <paramref name="incubated"/> (businesses
    /// with an incubator entry, whose 运营补贴 months need the founder whenever the business started), in id
    /// order. The employer is inside the fact's payload, so the facts of the period are read by kind and
    /// date (columns) and the employer is matched here.
    /// </summary>
    public static async Task<List<string>> PeopleContractedAsync(this ApplicantsDbContext db, DateOnly from, DateOnly until, IReadOnlySet<string> creditCodes, IReadOnlySet<string> incubated, CancellationToken cancellationToken)
    {
        var kind = (int)PersonFactKind.EmploymentContract;
        var founded = (int)PersonFactKind.BusinessOwner;
        var trained = (int)PersonFactKind.Traineeship;
        var people = new SortedSet<string>(StringComparer.Ordinal);
        var anyIncubated = incubated.Count > 0;
        var contracts = db.Facts.AsNoTracking()
            .Where(f => f.SubjectType == SubjectTypes.Person && !f.Superseded
                && (((f.Kind == kind || f.Kind == founded || f.Kind == trained) && f.From >= from && f.From <= until) || (anyIncubated && f.Kind == founded)))
            .Select(f => new { f.SubjectId, f.From, f.Payload })
            .AsAsyncEnumerable();
        await foreach (var row in contracts.WithCancellation(cancellationToken))
        {
            var fact = PersonFact.Parser.ParseFrom(row.Payload);
            var employer = (fact.Contract?.EmployerCreditCode ?? fact.Business?.BusinessCreditCode ?? fact.Traineeship?.HostCreditCode)?.Trim().ToUpperInvariant();
            var inPeriod = row.From >= from && row.From <= until;
            if (employer is not null && ((inPeriod && creditCodes.Contains(employer)) || (fact.Business is not null && incubated.Contains(employer))))
            {
                people.Add(row.SubjectId);
            }
        }

        return [.. people];
    }

    /// <summary>These people, in id order.</summary>
    public static Task<List<PersonRecord>> PeopleAsync(this ApplicantsDbContext db, IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
        db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).OrderBy(p => p.Id).ToListAsync(cancellationToken);
}
