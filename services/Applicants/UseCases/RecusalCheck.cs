using Employment.Applicants.Data;
using Employment.Applicants.Domain.Recusal;
using Employment.Applicants.V1;
using Employment.ServiceDefaults.Time;

namespace Employment.Applicants.UseCases;

/// <summary>What a deciding service asks before a member of staff acts: the 工号 and the subjects its records name, each checked.</summary>
internal sealed record RecusalQuery(string StaffId, IReadOnlyList<string> PersonIds, IReadOnlyList<string> IdNumbers, IReadOnlyList<string> CreditCodes);

/// <summary>
/// 回避 at decision time (<see cref="RecusalTies"/>): the registry person holding the 工号 now, every 户号 they and
/// the named people have held, the employers' legal representatives now and before and their 经办人 in force today.
/// Answers the ties only: nothing of a profile leaves the registry.
/// </summary>
internal sealed class RecusalCheck(ApplicantsDbContext db, ChinaClock clock)
{
    public async Task<RecusalAnswer> CheckAsync(RecusalQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var answer = new RecusalAnswer();
        var holder = (await db.StaffAsync([query.StaffId], cancellationToken)).FirstOrDefault();
        if (holder is null)
        {
            // A 工号 no registry person holds: the registry knows no tie to judge by.
            return answer;
        }

        var byNumber = await db.PersonIdsByIdNumberAsync(query.IdNumbers, cancellationToken);
        var named = query.PersonIds.Select(id => (Subject: id, PersonId: id))
            .Concat(query.IdNumbers.Where(byNumber.ContainsKey).Select(n => (Subject: n, PersonId: byNumber[n])))
            .ToList();
        var people = (await db.PeopleAsync(named.Select(n => n.PersonId).Append(holder.Id).Distinct(StringComparer.Ordinal).ToList(), cancellationToken))
            .ToDictionary(p => p.Id, StringComparer.Ordinal);
        var households = await db.HeldByAsync(StaffRelationHistory.HouseholdNumber, people.Keys.ToList(), cancellationToken);
        IReadOnlySet<string> HouseholdsOf(PersonRecord p) =>
            households[p.Id].Append(p.HouseholdNumber).Where(h => h.Length > 0).ToHashSet(StringComparer.Ordinal);

        var staff = new StaffPerson(holder.Id, holder.IdNumber, HouseholdsOf(holder));
        // Someone named but not registered, or a number no one holds, can tie to no one the registry knows.
        var namedPeople = named.Where(n => people.ContainsKey(n.PersonId))
            .Select(n => new NamedPerson(n.Subject, n.PersonId, people[n.PersonId].Name, HouseholdsOf(people[n.PersonId])));

        var employers = await db.EmployersByCreditCodeAsync(query.CreditCodes, cancellationToken);
        var employerIds = employers.Select(e => e.Id).ToList();
        var formerRepresentatives = await db.HeldByAsync(StaffRelationHistory.LegalRepresentative, employerIds, cancellationToken);
        var today = clock.Today;
        var agents = (await db.UnrevokedGrantsOfAsync(holder.Id, cancellationToken))
            .Where(a => a.InForceOn(today) && employerIds.Contains(a.EmployerId))
            .Select(a => a.EmployerId)
            .ToHashSet(StringComparer.Ordinal);
        var namedEmployers = employers.Select(e =>
        {
            var current = RecordMapping.ToProto(e).LegalRepresentativeIdNumber;
            var representatives = formerRepresentatives[e.Id].Append(current).Where(n => n.Length > 0).ToHashSet(StringComparer.Ordinal);
            return new NamedEmployer(e.CreditCode, e.Name, representatives, agents.Contains(e.Id) ? new HashSet<string>([holder.Id], StringComparer.Ordinal) : new HashSet<string>(StringComparer.Ordinal));
        });

        answer.Ties.AddRange(RecusalTies.Of(staff, namedPeople, namedEmployers).Select(t => new RecusalTie { Subject = t.Subject, RelationZh = t.RelationZh }));
        return answer;
    }
}
