using Employment.Common.V1;
using Employment.Hiring.Domain.Referral;
using Employment.Policy.Explanations;
using Employment.Policy.Model;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases;

/// <summary>
/// The owed-subsidies job's leg for 一次性交通补助 (15号（九）; R26), judged by the judge its claim at the counter
/// uses on the registry's records alone: each 外出务工 record (<c>PERSON_FACT_KIND_WORK_AWAY</c>) of the period
/// from a home county of the region, work begun by today; the paying county is the home county, the places
/// standing claims (and earlier owed items) hold for the person's year are counted against its yearly count.
/// What standing claims hold comes with each person (<c>KeysHeldForAsync</c>, one query per page). Stores nothing.
/// </summary>
public sealed class OwedTransport(TransportSubsidyJudge judge) : IOwedLeg
{
    private IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> heldByPerson = new Dictionary<string, IReadOnlyDictionary<string, string>>();

    async Task IOwedLeg.ReadPageAsync(IReadOnlyList<string> personIds, OwedListRun run, CancellationToken cancellationToken) =>
        heldByPerson = await run.KeysHeldForPageAsync(personIds, cancellationToken);

    void IOwedLeg.ReadPerson(PersonProfile person, OwedListRun run)
    {
        var held = heldByPerson.TryGetValue(person.Person.PersonId, out var keys) ? keys : new Dictionary<string, string>();
        foreach (var item in Judge(person, run.Query.Region, run.Query.From, run.Query.Until, run.Today, held))
        {
            run.Items.AddPersons(item);
        }
    }

    IEnumerable<V1.OwedKindCount> IOwedLeg.Counts => [new() { Kinds = { V1.SubsidyKind.Transport }, Judged = Judged, JudgedUnitZh = "次外出务工", AlreadyClaimed = AlreadyClaimed }];

    public int Judged { get; private set; }

    public int AlreadyClaimed { get; private set; }

    /// <summary>The transport subsidies owed to the person for work begun in the period from a home county of the region.</summary>
    /// <param name="held">The once-only keys the person's standing claims hold, with their claims.</param>
    public IReadOnlyList<V1.OwedSubsidy> Judge(PersonProfile person, Region region, DateOnly from, DateOnly until, DateOnly today, IReadOnlyDictionary<string, string> held)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(held);
        var owed = new List<V1.OwedSubsidy>();
        var offeredPerYear = new Dictionary<int, int>();
        foreach (var fact in person.Facts.Where(f => !f.Superseded && f.Kind == PersonFactKind.WorkAway && f.WorkAway is not null).OrderBy(f => ProtoMapping.DayOrNull(f.Period?.From)))
        {
            if (ProtoMapping.DayOrNull(fact.Period?.From) is not { } start || start < from || start > until || start > today
                || !Region.TryParse(fact.WorkAway.HomeCounty?.Code, out var county) || !region.Contains(county)
                || !Region.TryParse(fact.WorkAway.WorkPlace?.Code, out var place))
            {
                continue;
            }

            Judged++;
            var year = OncePerPlacement.TransportYear(person.Person.PersonId, start.Year);
            var standing = held.Keys.Count(k => k.StartsWith(year, StringComparison.Ordinal));
            var earlier = standing + offeredPerYear.GetValueOrDefault(start.Year);
            TransportJudgement judgement;
            try
            {
                judgement = judge.Judge(new TransportClaim(person, county, start, place, earlier));
            }
            catch (DomainRuleException)
            {
                // What a claim at the counter would refuse (the county's amount or count unconfigured, R3) is not owed.
                continue;
            }

            if (!judgement.Approved)
            {
                // Refused by the yearly count with places that standing claims hold.
                var countReached = judgement.Explanation.Checks.Any(c => c.RuleId == OncePerPlacement.TransportRule && !c.Passed);
                AlreadyClaimed += countReached && standing > 0 ? 1 : 0;
                continue;
            }

            offeredPerYear[start.Year] = offeredPerYear.GetValueOrDefault(start.Year) + 1;
            owed.Add(OwedItem.Of(person, V1.SubsidyKind.Transport, judgement.AmountFen, judgement.Explanation, start, item => item.Transport = new V1.TransportItem
            {
                PersonId = person.Person.PersonId,
                County = new RegionCode { Code = county.Code },
                WorkStart = ProtoMapping.ToProto(start),
                WorkPlace = new RegionCode { Code = place.Code },
                EvidenceReference = Evidence(fact),
            }));
        }

        return owed;
    }

    /// <summary>The record read, as the work certificate's reference in a claim the clerk enters from it.</summary>
    private static string Evidence(PersonFact fact)
    {
        var text = $"登记系统记录：外出务工（{fact.Authority.Trim()}{(fact.EvidenceReference.Trim() is { Length: > 0 } r ? " " + r : "")}）";
        return text.Length <= 100 ? text : text[..100];
    }
}
