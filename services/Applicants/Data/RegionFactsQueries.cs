using Employment.Applicants.Domain.Registry;
using Employment.Common.V1;
using Employment.Policy.Model;
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
    /// The people a region-wide job of the region judges, in id order: those with a current labour-contract
    /// fact whose first day lies in [<paramref name="from"/>, <paramref name="until"/>] and whose employer, or
    /// the agency that placed them (职业介绍), is one of <paramref name="creditCodes"/>; the founders whose
    /// business-start fact in that period names one of them; the trainees whose traineeship with one of them
    /// starts in it; the founders of <paramref name="incubated"/> (businesses with an incubator entry, whose
    /// 运营补贴 months need the founder whenever the business started); the flexible workers insured within
    /// <paramref name="region"/> who paid in the period; and the people whose work away from a home county of
    /// the region began in it (外出务工). The subject is inside the fact's payload, so the facts are read by
    /// kind and date (columns) and the subject matched here.
    /// </summary>
    public static async Task<List<string>> PeopleContractedAsync(this ApplicantsDbContext db, Region region, DateOnly from, DateOnly until, IReadOnlySet<string> creditCodes, IReadOnlySet<string> incubated, CancellationToken cancellationToken)
    {
        var kind = (int)PersonFactKind.EmploymentContract;
        var founded = (int)PersonFactKind.BusinessOwner;
        var trained = (int)PersonFactKind.Traineeship;
        var away = (int)PersonFactKind.WorkAway;
        var insured = (int)PersonFactKind.SocialInsurance;
        var people = new SortedSet<string>(StringComparer.Ordinal);
        var anyIncubated = incubated.Count > 0;
        var facts = db.Facts.AsNoTracking()
            .Where(f => f.SubjectType == SubjectTypes.Person && !f.Superseded
                && (((f.Kind == kind || f.Kind == founded || f.Kind == trained || f.Kind == away) && f.From >= from && f.From <= until)
                    || (anyIncubated && f.Kind == founded)
                    || (f.Kind == insured && f.From <= until && (f.Until == null || f.Until >= from))))
            .Select(f => new { f.SubjectId, f.From, f.Payload })
            .AsAsyncEnumerable();
        await foreach (var row in facts.WithCancellation(cancellationToken))
        {
            var fact = PersonFact.Parser.ParseFrom(row.Payload);
            var inPeriod = row.From >= from && row.From <= until;
            if (Judged(fact, inPeriod, region, creditCodes, incubated))
            {
                people.Add(row.SubjectId);
            }
        }

        return [.. people];
    }

    private static bool Judged(PersonFact fact, bool inPeriod, Region region, IReadOnlySet<string> creditCodes, IReadOnlySet<string> incubated)
    {
        switch (fact.DetailCase)
        {
            case PersonFact.DetailOneofCase.Insurance:
                return fact.Insurance.FlexibleWorker && Within(fact.Insurance.InsuredRegion, region);
            case PersonFact.DetailOneofCase.WorkAway:
                return inPeriod && Within(fact.WorkAway.HomeCounty, region);
            case PersonFact.DetailOneofCase.Contract:
                return inPeriod && (Names(creditCodes, fact.Contract.EmployerCreditCode) || Names(creditCodes, fact.Contract.ReferralAgencyCreditCode));
            case PersonFact.DetailOneofCase.Business:
                return (inPeriod && Names(creditCodes, fact.Business.BusinessCreditCode)) || Names(incubated, fact.Business.BusinessCreditCode);
            case PersonFact.DetailOneofCase.Traineeship:
                return inPeriod && Names(creditCodes, fact.Traineeship.HostCreditCode);
            default:
                return false;
        }
    }

    private static bool Names(IReadOnlySet<string> creditCodes, string code) =>
        code.Length > 0 && creditCodes.Contains(code.Trim().ToUpperInvariant());

    private static bool Within(RegionCode? code, Region region) =>
        code is not null && Region.TryParse(code.Code, out var place) && region.Contains(place);

    /// <summary>These people, in id order.</summary>
    public static Task<List<PersonRecord>> PeopleAsync(this ApplicantsDbContext db, IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
        db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).OrderBy(p => p.Id).ToListAsync(cancellationToken);
}
