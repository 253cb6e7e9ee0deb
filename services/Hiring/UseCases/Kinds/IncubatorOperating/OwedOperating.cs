using Employment.Common.V1;
using Employment.Policy.Explanations;
using Employment.Hiring.Data;
using Employment.Hiring.Domain.StartupSubsidies;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases;

/// <summary>
/// The owed-subsidies job's 运营补贴 leg (创业孵化基地运营补贴, Henan D09 cl.32; R14, R23): each business of the
/// region with an incubator entry the registry records (<see cref="AgencyAndIncubatorFacts.IncubatorEntry"/>),
/// its recorded cost months touching the period that no standing claim holds
/// (<c>startup.operating_subsidy.month_paid_once</c>), judged by the same <see cref="OperatingSubsidyJudge"/> the
/// counter uses with the months standing claims already pay (the yearly cap counts them). The founder is a
/// person whose business-start fact names the business (the registry streams them whatever the start date);
/// with several, the first by registry id whose groups the measure covers. Founders are gathered while the
/// people stream in and the businesses judged once all are read. Stores nothing.
/// </summary>
public sealed class OwedOperating(OperatingSubsidyJudge judge) : IOwedLeg
{
    private readonly List<Claimant> incubated = [];

    void IOwedLeg.ReadEmployer(Claimant claimant, OwedListRun run)
    {
        if (AgencyAndIncubatorFacts.IncubatorEntry(claimant) is not null)
        {
            incubated.Add(claimant);
        }
    }

    void IOwedLeg.ReadPerson(PersonProfile person, OwedListRun run) => Gather(person, run.Employers);

    // 运营补贴 for the period's recorded cost months (R14, R23), once every founder is read; standing claims in one query.
    async Task IOwedLeg.FinishAsync(OwedListRun run, CancellationToken cancellationToken)
    {
        var held = await run.Db.StandingOperatingMonthsByBusinessAsync(cancellationToken);
        foreach (var (business, item) in Owed(incubated, run.Query.From, run.Query.Until, held))
        {
            run.Items.Add(business, item);
        }
    }

    IEnumerable<V1.OwedKindCount> IOwedLeg.Counts => [new() { Kinds = { V1.SubsidyKind.IncubatorOperating }, Judged = Judged, JudgedUnitZh = "个入驻孵化基地记录", AlreadyClaimed = AlreadyClaimed }];

    private readonly Dictionary<string, List<PersonProfile>> founders = new(StringComparer.Ordinal);

    /// <summary>Businesses with a recorded entry judged.</summary>
    public int Judged { get; private set; }

    /// <summary>Businesses whose recorded months of the period standing claims all hold.</summary>
    public int AlreadyClaimed { get; private set; }

    /// <summary>Takes the person as founder of each business of the region the person's business-start facts name.</summary>
    public void Gather(PersonProfile person, IReadOnlyDictionary<string, Claimant> employers)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(employers);
        foreach (var code in person.Facts.Where(f => !f.Superseded && f.Kind == PersonFactKind.BusinessOwner && f.Business is not null)
                     .Select(f => f.Business.BusinessCreditCode.Trim().ToUpperInvariant()).Distinct(StringComparer.Ordinal))
        {
            if (!employers.ContainsKey(code))
            {
                continue;
            }

            if (!founders.TryGetValue(code, out var list))
            {
                founders[code] = list = [];
            }

            list.Add(person);
        }
    }

    /// <summary>The 运营补贴 owed to each business for the period's unclaimed recorded months.</summary>
    public IEnumerable<(Claimant Business, V1.OwedSubsidy Item)> Owed(IEnumerable<Claimant> businesses, DateOnly from, DateOnly until, IReadOnlyDictionary<string, IReadOnlyList<StandingOperatingMonth>> standing)
    {
        ArgumentNullException.ThrowIfNull(businesses);
        ArgumentNullException.ThrowIfNull(standing);
        foreach (var business in businesses)
        {
            if (AgencyAndIncubatorFacts.IncubatorEntry(business) is not { } entry)
            {
                continue;
            }

            Judged++;
            var earlier = standing.TryGetValue(business.EmployerId, out var held) ? held : [];
            var heldMonths = earlier.Select(m => m.Month).ToHashSet(StringComparer.Ordinal);
            // A month touching the period: its first day on or before the period's last, its last day on or after the period's first.
            var inPeriod = entry.Costs.Where(c => c.FirstDay <= until && c.FirstDay.AddMonths(1).AddDays(-1) >= from).ToList();
            var months = inPeriod.Where(c => !heldMonths.Contains(c.Display)).OrderBy(c => c.FirstDay).ToList();
            if (months.Count == 0)
            {
                if (inPeriod.Count > 0)
                {
                    AlreadyClaimed++;
                }

                continue;
            }

            if (!founders.TryGetValue(business.CreditCode.ToUpperInvariant(), out var candidates))
            {
                continue;
            }

            var paidEarlier = earlier.Select(e => new SubsidisedCostMonth(e.Month, e.AmountFen)).ToList();
            foreach (var founder in candidates.OrderBy(p => p.Person.PersonId, StringComparer.Ordinal))
            {
                OperatingSubsidyJudgement judgement;
                try
                {
                    judgement = judge.Judge(new OperatingSubsidyClaim(founder, business.Region, entry.Entered, months, paidEarlier));
                }
                catch (DomainRuleException)
                {
                    // What a claim at the counter would refuse as input or precondition is not owed.
                    continue;
                }

                if (!judgement.Approved || judgement.AmountFen <= 0)
                {
                    continue;
                }

                var item = new V1.IncubatorOperatingItem { FounderId = founder.Person.PersonId };
                item.Costs.AddRange(months.Select(m => new V1.IncubatorCost { Year = m.Year, Month = m.Month, Cost = new Money { Fen = m.CostFen } }));
                yield return (business, new V1.OwedSubsidy
                {
                    Kind = V1.SubsidyKind.IncubatorOperating,
                    PersonId = founder.Person.PersonId,
                    PersonIdNumber = founder.Person.IdNumber,
                    NameMasked = IdentityNumbers.NameMasking.Mask(founder.Person.Name),
                    Amount = new Money { Fen = judgement.AmountFen },
                    Explanation = judgement.Explanation,
                    EventDate = ProtoMapping.ToProto(months[0].FirstDay),
                    IncubatorOperating = item,
                });
                break;
            }
        }
    }
}
