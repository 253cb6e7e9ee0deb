using Employment.Applicants.Data;
using Employment.Applicants.Domain.Registry;
using Employment.Applicants.V1;
using Employment.IdentityNumbers;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;

namespace Employment.Applicants.UseCases;

/// <summary>What an audit asks of the registry: staff ids, people and employers, each list already checked and bounded.</summary>
internal sealed record AuditRelationsQuery(IReadOnlyList<string> StaffIds, IReadOnlyList<string> PersonIds, IReadOnlyList<string> CreditCodes, string Purpose);

/// <summary>
/// The registry's side of a 稽核 (焦政办〔2023〕36号 closing clause: 优亲厚友、虚报冒领): the clerks a region's
/// claims name by staff id with their household, the people the claims pay for with their current facts, and
/// the claimant employers with their legal representative resolved to a registry person. An auditor gets only
/// what lies in its region, the rest left out as unknown; every profile handed out is logged with the purpose.
/// </summary>
internal sealed class AuditRelationsReading(ApplicantsDbContext db, ProfileAccessLog accessLog, ChinaClock clock)
{
    public async Task<AuditRelations> ReadAsync(AuditRelationsQuery query, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(caller);
        var scope = RegionScope.Of(caller);
        var answer = new AuditRelations();

        // Who holds each staff id now, and who held it before (the history keeps every value taken).
        var holders = (await db.StaffAsync(query.StaffIds, cancellationToken)).Select(p => (StaffId: p.StaffId, PersonId: p.Id)).ToList();
        holders.AddRange((await db.HoldersAsync(StaffRelationHistory.StaffId, query.StaffIds, cancellationToken)).Select(h => (StaffId: h.Value, PersonId: h.SubjectId)));
        holders = holders.Distinct().ToList();
        var clerks = (await db.PeopleAsync(holders.Select(h => h.PersonId).Distinct(StringComparer.Ordinal).ToList(), cancellationToken))
            .Where(p => scope.Covers(p.HouseholdRegion, p.ResidenceRegion))
            .ToDictionary(p => p.Id, StringComparer.Ordinal);
        var people = (await db.PeopleAsync(query.PersonIds, cancellationToken)).Where(p => scope.Covers(p.HouseholdRegion, p.ResidenceRegion)).ToList();
        var households = await db.HeldByAsync(StaffRelationHistory.HouseholdNumber, clerks.Keys.Concat(people.Select(p => p.Id)).ToList(), cancellationToken);
        foreach (var (staffId, personId) in holders.OrderBy(h => h.StaffId, StringComparer.Ordinal).ThenBy(h => h.PersonId, StringComparer.Ordinal))
        {
            if (clerks.TryGetValue(personId, out var clerk))
            {
                answer.Staff.Add(new AuditedStaff
                {
                    StaffId = staffId,
                    PersonId = clerk.Id,
                    NameMasked = NameMasking.Mask(clerk.Name),
                    HouseholdNumber = clerk.HouseholdNumber,
                    HouseholdsHeld = { HeldWith(households[clerk.Id], clerk.HouseholdNumber) },
                    HoldsNow = clerk.StaffId == staffId,
                });
            }
        }

        var facts = await db.CurrentFactsOfAsync(SubjectTypes.Person, people.Select(p => p.Id).ToList(), cancellationToken);
        answer.People.AddRange(people.Select(p => RecordMapping.ToProfile(p, facts[p.Id], maskIdNumber: true)));
        answer.Households.AddRange(people.Select(p => new AuditedHouseholds { PersonId = p.Id, HouseholdsHeld = { HeldWith(households[p.Id], p.HouseholdNumber) } }));

        var employers = (await db.EmployersByCreditCodeAsync(query.CreditCodes, cancellationToken))
            .Select(e => RecordMapping.ToProto(e))
            .Where(e => scope.Covers(e.Region?.Code))
            .ToList();
        var formerRepresentatives = await db.HeldByAsync(StaffRelationHistory.LegalRepresentative, employers.Select(e => e.EmployerId).ToList(), cancellationToken);
        var representatives = employers.SelectMany(e => formerRepresentatives[e.EmployerId].Append(e.LegalRepresentativeIdNumber))
            .Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var personIds = await db.PersonIdsByIdNumberAsync(representatives, cancellationToken);
        answer.Employers.AddRange(employers.Select(e => new AuditedEmployer
        {
            CreditCode = e.CreditCode,
            Name = e.Name,
            LegalRepresentativePersonId = personIds.GetValueOrDefault(e.LegalRepresentativeIdNumber, ""),
            RepresentativePersonIdsHeld =
            {
                formerRepresentatives[e.EmployerId].Append(e.LegalRepresentativeIdNumber)
                    .Select(n => personIds.GetValueOrDefault(n, "")).Where(id => id.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal),
            },
        }));

        var reader = ProfileReading.Reader(caller);
        var now = clock.Now;
        await accessLog.RecordPageAsync(SubjectTypes.Person, clerks.Values.Concat(people).Select(p => p.Id).Distinct(StringComparer.Ordinal), reader, query.Purpose, now, cancellationToken);
        await accessLog.RecordPageAsync(SubjectTypes.Employer, employers.Select(e => e.EmployerId), reader, query.Purpose, now, cancellationToken);
        return answer;
    }

    /// <summary>Every 户号 held, the current one included, in order.</summary>
    private static IEnumerable<string> HeldWith(IEnumerable<string> history, string current) =>
        history.Append(current).Where(h => h.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
}
