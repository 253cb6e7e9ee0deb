using Employment.Applicants.Domain.Registry;
using Employment.Common.V1;
using Employment.Policy.Model;
using System.Runtime.CompilerServices;
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
    /// The people a region-wide job of the region judges, in id order, streamed: those with a current labour-contract
    /// fact whose first day lies in [<paramref name="from"/>, <paramref name="until"/>] and whose employer, or
    /// the agency that placed them (职业介绍), is one of <paramref name="creditCodes"/>; the founders whose
    /// business-start fact in that period names one of them; the trainees whose traineeship with one of them
    /// starts in it; the founders of <paramref name="incubated"/> (businesses with an incubator entry, whose
    /// 运营补贴 months need the founder whenever the business started); the flexible workers insured within
    /// <paramref name="region"/> who paid in the period; and the people whose work away from a home county of
    /// the region began in it (外出务工). The subject is inside the fact's payload, so the facts are read by
    /// kind and date (columns) and the subject matched here. The candidate facts are read in pages by subject
    /// (keyset on the subject id), so a region of a million people holds one page, not every id.
    /// </summary>
    public static async IAsyncEnumerable<string> PeopleContractedAsync(this ApplicantsDbContext db, Region region, DateOnly from, DateOnly until, IReadOnlySet<string> creditCodes, IReadOnlySet<string> incubated, [EnumeratorCancellation] CancellationToken cancellationToken, int factsPerPage = FactsPerPage)
    {
        var after = "";
        while (true)
        {
            var rows = await CandidateFacts(db, from, until, incubated.Count > 0)
                .Where(f => string.Compare(f.SubjectId, after) > 0)
                .OrderBy(f => f.SubjectId)
                .Take(factsPerPage)
                .Select(f => new CandidateFact(f.SubjectId, f.From, f.Payload))
                .ToListAsync(cancellationToken);
            var full = rows.Count == factsPerPage;
            if (full)
            {
                // The page may end inside its last subject's facts: that subject is read whole by the next page,
                // or by itself when it alone fills a page.
                var last = rows[^1].SubjectId;
                rows.RemoveAll(r => r.SubjectId == last);
                if (rows.Count == 0)
                {
                    rows = await CandidateFacts(db, from, until, incubated.Count > 0)
                        .Where(f => f.SubjectId == last)
                        .Select(f => new CandidateFact(f.SubjectId, f.From, f.Payload))
                        .ToListAsync(cancellationToken);
                }
            }

            string? taken = null;
            foreach (var row in rows)
            {
                if (row.SubjectId != taken && Judged(PersonFact.Parser.ParseFrom(row.Payload), row.From >= from && row.From <= until, region, creditCodes, incubated, ownClaims: true))
                {
                    taken = row.SubjectId;
                    yield return row.SubjectId;
                }
            }

            if (!full)
            {
                yield break;
            }

            after = rows[^1].SubjectId;
        }
    }

    /// <summary>
    /// The people judged for one employer, in id order: those whose current fact names its credit code as
    /// <see cref="PeopleContractedAsync"/> would judge them (its hires, placements, trainees and founders in the period;
    /// every founder of it when it is <paramref name="incubated"/>), found through the indexed codes
    /// (<see cref="FactCodeRecord"/>), not by reading the period's facts; never the people who claim for themselves.
    /// </summary>
    public static async Task<List<string>> PeopleNamingAsync(this ApplicantsDbContext db, Region region, DateOnly from, DateOnly until, string creditCode, bool incubated, CancellationToken cancellationToken)
    {
        var contract = (int)PersonFactKind.EmploymentContract;
        var founded = (int)PersonFactKind.BusinessOwner;
        var trained = (int)PersonFactKind.Traineeship;
        var rows = await db.FactCodes.AsNoTracking()
            .Where(c => c.CreditCode == creditCode)
            .Join(db.Facts.AsNoTracking(), c => c.FactId, f => f.Id, (c, f) => f)
            .Where(f => f.SubjectType == SubjectTypes.Person && !f.Superseded
                && (((f.Kind == contract || f.Kind == founded || f.Kind == trained) && f.From >= from && f.From <= until) || (incubated && f.Kind == founded)))
            .Select(f => new CandidateFact(f.SubjectId, f.From, f.Payload)).ToListAsync(cancellationToken);
        var codes = new HashSet<string>(StringComparer.Ordinal) { creditCode };
        var incubatedCodes = incubated ? codes : new HashSet<string>(StringComparer.Ordinal);
        return [.. rows
            .Where(r => Judged(PersonFact.Parser.ParseFrom(r.Payload), r.From >= from && r.From <= until, region, codes, incubatedCodes, ownClaims: false))
            .Select(r => r.SubjectId)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>Candidate fact rows read per query: a technical bound, not a policy figure.</summary>
    private const int FactsPerPage = 5000;

    private sealed record CandidateFact(string SubjectId, DateOnly? From, byte[] Payload);

    /// <summary>The current person facts that may make a person judged: the period's contracts, starts, traineeships and work away, founders of incubated businesses, insurance touching the period.</summary>
    private static IQueryable<FactRecord> CandidateFacts(ApplicantsDbContext db, DateOnly from, DateOnly until, bool anyIncubated)
    {
        var kind = (int)PersonFactKind.EmploymentContract;
        var founded = (int)PersonFactKind.BusinessOwner;
        var trained = (int)PersonFactKind.Traineeship;
        var away = (int)PersonFactKind.WorkAway;
        var insured = (int)PersonFactKind.SocialInsurance;
        return db.Facts.AsNoTracking()
            .Where(f => f.SubjectType == SubjectTypes.Person && !f.Superseded
                && (((f.Kind == kind || f.Kind == founded || f.Kind == trained || f.Kind == away) && f.From >= from && f.From <= until)
                    || (anyIncubated && f.Kind == founded)
                    || (f.Kind == insured && f.From <= until && (f.Until == null || f.Until >= from))));
    }

    /// <param name="ownClaims">Whether the people who claim for themselves count (the flexible workers and those working away): not when one employer's people are read.</param>
    private static bool Judged(PersonFact fact, bool inPeriod, Region region, IReadOnlySet<string> creditCodes, IReadOnlySet<string> incubated, bool ownClaims)
    {
        switch (fact.DetailCase)
        {
            case PersonFact.DetailOneofCase.Insurance:
                return ownClaims && fact.Insurance.FlexibleWorker && Within(fact.Insurance.InsuredRegion, region);
            case PersonFact.DetailOneofCase.WorkAway:
                return ownClaims && inPeriod && Within(fact.WorkAway.HomeCounty, region);
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

    /// <summary>The employers holding these credit codes (upper case), in id order.</summary>
    public static Task<List<EmployerRecord>> EmployersWithCodesAsync(this ApplicantsDbContext db, IReadOnlyCollection<string> creditCodes, CancellationToken cancellationToken) =>
        db.Employers.AsNoTracking().Where(e => creditCodes.Contains(e.CreditCode)).OrderBy(e => e.Id).ToListAsync(cancellationToken);

    /// <summary>
    /// The credit codes a person's fact names as the other side of a claim: the employer and the placing agency of a
    /// contract, the business founded, the traineeship's host (upper case; empty when it names none).
    /// </summary>
    public static IEnumerable<string> CodesNamedBy(PersonFact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        string[] codes = fact.DetailCase switch
        {
            PersonFact.DetailOneofCase.Contract => [fact.Contract.EmployerCreditCode, fact.Contract.ReferralAgencyCreditCode],
            PersonFact.DetailOneofCase.Business => [fact.Business.BusinessCreditCode],
            PersonFact.DetailOneofCase.Traineeship => [fact.Traineeship.HostCreditCode],
            _ => [],
        };
        return codes.Select(c => c.Trim().ToUpperInvariant()).Where(c => c.Length > 0);
    }

    /// <summary>These people, in id order.</summary>
    public static Task<List<PersonRecord>> PeopleAsync(this ApplicantsDbContext db, IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
        db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).OrderBy(p => p.Id).ToListAsync(cancellationToken);
}
