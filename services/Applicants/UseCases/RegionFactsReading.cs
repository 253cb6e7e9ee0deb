using Employment.Applicants.Data;
using Employment.Applicants.Domain.Registry;
using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;

namespace Employment.Applicants.UseCases;

/// <summary>What a region-wide read asks for: the region, the contract starts, why, and people per page; or one claimant of the region (an employer or a person, by registry id).</summary>
internal sealed record RegionFactsQuery(Region Region, DateOnly From, DateOnly Until, string Purpose, int PageSize)
{
    public string EmployerId { get; init; } = "";

    public string PersonId { get; init; } = "";
}

/// <summary>
/// The registry's facts for a region-wide job (直补快办 / 免申即享): every employer registered within the
/// region, then every person whose labour contract with one of them (or placement by one of them) starts in
/// the period, the founders and trainees of those employers, the flexible workers insured within the region and
/// the people who left a home county of the region for work in the period, with all current facts, page by page. Profiles are the ones services get one at a time (identity numbers
/// masked), and each one handed out is logged with the calling service and the purpose before it is
/// written to the stream, as for <see cref="ProfileReading"/>.
/// </summary>
internal sealed class RegionFactsReading(ApplicantsDbContext db, ProfileAccessLog accessLog, ChinaClock clock)
{
    /// <summary>Employers read per query: a technical bound, not a policy figure.</summary>
    private const int EmployerPage = 1000;

    public async Task StreamAsync(RegionFactsQuery query, Caller caller, Func<RegionFacts, Task> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(write);
        var reader = caller.Subject;
        if (query.PersonId.Length > 0)
        {
            await OnePersonAsync(query, reader, write, cancellationToken);
            return;
        }

        var named = new RegionEmployersNamed();
        if (query.EmployerId.Length > 0)
        {
            var employer = await db.EmployerToReadAsync(query.EmployerId, creditCode: null, cancellationToken);
            await WriteEmployersAsync(employer is null ? [] : [employer], query, reader, write, named, cancellationToken);
            if (named.CreditCodes.Count == 0)
            {
                return;
            }

            // One employer's people through the codes their facts name: an index read, not the region's facts.
            var ids = await db.PeopleNamingAsync(query.Region, query.From, query.Until, named.CreditCodes.Single(), named.Incubated.Count > 0, cancellationToken);
            foreach (var page in ids.Chunk(query.PageSize))
            {
                await WritePeopleAsync([.. page], query, reader, write, cancellationToken);
            }

            return;
        }

        var after = "";
        while (true)
        {
            var page = await db.EmployersAfterAsync(after, EmployerPage, cancellationToken);
            if (page.Count == 0)
            {
                break;
            }

            after = page[^1].Id;
            await WriteEmployersAsync(page, query, reader, write, named, cancellationToken);
        }

        // People in pages as their ids stream in, so the reader holds one page of people, never the region's.
        var chunk = new List<string>(query.PageSize);
        await foreach (var id in db.PeopleContractedAsync(query.Region, query.From, query.Until, named.CreditCodes, named.Incubated, cancellationToken))
        {
            chunk.Add(id);
            if (chunk.Count == query.PageSize)
            {
                await WritePeopleAsync(chunk, query, reader, write, cancellationToken);
                chunk.Clear();
            }
        }

        if (chunk.Count > 0)
        {
            await WritePeopleAsync(chunk, query, reader, write, cancellationToken);
        }
    }

    /// <summary>The credit codes of the employers written, and of those with an incubator entry (运营补贴, R14, R23: their founders are read whatever their business start).</summary>
    private sealed class RegionEmployersNamed
    {
        public HashSet<string> CreditCodes { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Incubated { get; } = new(StringComparer.Ordinal);
    }

    /// <summary>Those of <paramref name="employers"/> registered within the region, with their current facts, as one message.</summary>
    private async Task WriteEmployersAsync(IReadOnlyList<EmployerRecord> employers, RegionFactsQuery query, string reader, Func<RegionFacts, Task> write, RegionEmployersNamed named, CancellationToken cancellationToken)
    {
        // The registered region is inside the record's details: matched here, not in SQL.
        var inRegion = employers.Where(e => Region.TryParse(RecordMapping.RegionOf(e), out var region) && query.Region.Contains(region)).ToList();
        if (inRegion.Count == 0)
        {
            return;
        }

        var ids = inRegion.Select(e => e.Id).ToList();
        var facts = await db.CurrentFactsOfAsync(SubjectTypes.Employer, ids, cancellationToken);
        var message = new RegionFacts();
        message.Employers.AddRange(inRegion.Select(e => RecordMapping.ToProfile(e, facts[e.Id])));
        await accessLog.RecordPageAsync(SubjectTypes.Employer, ids, reader, query.Purpose, clock.Now, cancellationToken);
        await write(message);
        named.CreditCodes.UnionWith(inRegion.Select(e => e.CreditCode.ToUpperInvariant()));
        named.Incubated.UnionWith(inRegion.Where(e => facts[e.Id].Any(f => f.Kind == (int)EmployerFact.DetailOneofCase.IncubatorEntry)).Select(e => e.CreditCode.ToUpperInvariant()));
    }

    /// <summary>One person of the region: the region's employers their facts name, then the person (nothing when they live elsewhere).</summary>
    private async Task OnePersonAsync(RegionFactsQuery query, string reader, Func<RegionFacts, Task> write, CancellationToken cancellationToken)
    {
        var person = (await db.PeopleAsync([query.PersonId], cancellationToken)).SingleOrDefault();
        if (person is null || !(Within(person.HouseholdRegion, query.Region) || Within(person.ResidenceRegion, query.Region)))
        {
            return;
        }

        var facts = await db.CurrentFactsOfAsync(SubjectTypes.Person, [person.Id], cancellationToken);
        var codes = facts[person.Id].SelectMany(f => RegionFactsQueries.CodesNamedBy(PersonFact.Parser.ParseFrom(f.Payload))).ToHashSet(StringComparer.Ordinal);
        if (codes.Count > 0)
        {
            await WriteEmployersAsync(await db.EmployersWithCodesAsync(codes, cancellationToken), query, reader, write, new RegionEmployersNamed(), cancellationToken);
        }

        await WriteProfilesAsync([person], facts, query, reader, write, cancellationToken);
    }

    private static bool Within(string code, Region region) => Region.TryParse(code, out var place) && region.Contains(place);

    private async Task WritePeopleAsync(List<string> chunk, RegionFactsQuery query, string reader, Func<RegionFacts, Task> write, CancellationToken cancellationToken)
    {
        var records = await db.PeopleAsync(chunk, cancellationToken);
        var facts = await db.CurrentFactsOfAsync(SubjectTypes.Person, chunk, cancellationToken);
        await WriteProfilesAsync(records, facts, query, reader, write, cancellationToken);
    }

    /// <summary>These people's profiles as one message, each handed out logged with the caller and the purpose.</summary>
    private async Task WriteProfilesAsync(List<PersonRecord> records, ILookup<string, FactRecord> facts, RegionFactsQuery query, string reader, Func<RegionFacts, Task> write, CancellationToken cancellationToken)
    {
        var message = new RegionFacts();
        message.People.AddRange(records.Select(p => RecordMapping.ToProfile(p, facts[p.Id], maskIdNumber: true)));
        await accessLog.RecordPageAsync(SubjectTypes.Person, records.Select(p => p.Id), reader, query.Purpose, clock.Now, cancellationToken);
        await write(message);
    }
}
