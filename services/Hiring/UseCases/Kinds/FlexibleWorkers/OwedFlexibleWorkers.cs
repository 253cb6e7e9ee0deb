using Employment.Common.V1;
using Employment.Hiring.Data;
using Employment.Hiring.Domain.OneOffHires;
using Employment.Hiring.Domain.SocialInsurance;
using Employment.Policy.Explanations;
using Employment.Policy.Model;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases;

/// <summary>A flexible worker's owed item and the months it pays ("yyyy-MM"), so another measure does not offer them too.</summary>
public sealed record OwedFlexibleItem(V1.OwedSubsidy Item, IReadOnlyList<string> PaidMonths);

/// <summary>
/// The owed-subsidies job's leg for flexible workers (灵活就业人员社会保险补贴, 36号（十）, 29号 cl.4; R25, R27): the
/// months the registry records a person paying as a flexible worker (<c>InsuranceContribution.flexible_worker</c>)
/// in the period, insured within the region (<c>insured_region</c>, the decision region), each month and scheme
/// at the recorded monthly amount, less the months a standing claim (or a higher owed item) holds, judged by the
/// <see cref="FlexibleWorkerJudge"/> a claim at the counter uses, from the person's first subsidised month. A
/// record whose paid months are not known month by month (an open period, or fewer months than its period) is
/// not guessed. The prepared claim lists exactly the months judged, so the counter judges it alike.
/// </summary>
public sealed class OwedFlexibleWorkers(FlexibleWorkerJudge judge)
{
    /// <summary>Each person's first subsidised month under a standing claim of this kind (R25), one query for a page of people.</summary>
    public static Task<IReadOnlyDictionary<string, DateOnly>> FirstSubsidisedAsync(HiringDbContext db, IReadOnlyCollection<string> personIds, CancellationToken cancellationToken) =>
        db.FirstStandingMonthsAsync(personIds, (int)V1.SubsidyKind.FlexibleSocialInsurance, cancellationToken);

    /// <summary>The items owed to the person, one per 参保地 of <paramref name="recorded"/>.</summary>
    /// <param name="recorded">The person's months as a flexible worker (<see cref="Recorded"/>).</param>
    /// <param name="held">Months standing claims (or a higher owed item) hold for the person.</param>
    /// <param name="firstSubsidised">The first month of the person's earliest standing claim of this kind (R25), or null.</param>
    public IReadOnlyList<OwedFlexibleItem> Judge(PersonProfile person, IReadOnlyDictionary<Region, List<FlexibleContribution>> recorded, IReadOnlyCollection<StandingMonth> held, DateOnly? firstSubsidised)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(recorded);
        ArgumentNullException.ThrowIfNull(held);
        var taken = held.Select(h => h.Month).ToHashSet(StringComparer.Ordinal);
        var owed = new List<OwedFlexibleItem>();
        foreach (var (insured, contributions) in recorded)
        {
            var months = contributions
                .Where(c => !taken.Contains(c.Display) && (firstSubsidised is not { } first || c.FirstDay >= new DateOnly(first.Year, first.Month, 1)))
                .ToList();
            if (months.Count == 0)
            {
                continue;
            }

            FlexibleWorkerJudgement judgement;
            try
            {
                judgement = judge.Judge(new FlexibleWorkerClaim(person, insured, months, firstSubsidised));
            }
            catch (DomainRuleException)
            {
                // What a claim at the counter would refuse (an unconfigured share or duration, R3) is not owed.
                continue;
            }

            if (!judgement.Approved || judgement.AmountFen <= 0)
            {
                continue;
            }

            var item = new V1.FlexibleWorkerItem { PersonId = person.Person.PersonId, InsuredRegion = new RegionCode { Code = insured.Code } };
            item.Contributions.AddRange(months.Select(c => new V1.FlexibleContribution { Year = c.Year, Month = c.Month, Scheme = Scheme(c.Scheme), Paid = new Money { Fen = c.PaidFen } }));
            var firstMonth = firstSubsidised ?? months.Min(c => c.FirstDay);
            owed.Add(new OwedFlexibleItem(new V1.OwedSubsidy
            {
                Kind = V1.SubsidyKind.FlexibleSocialInsurance,
                PersonId = person.Person.PersonId,
                PersonIdNumber = person.Person.IdNumber,
                NameMasked = IdentityNumbers.NameMasking.Mask(person.Person.Name),
                Amount = new Money { Fen = judgement.AmountFen },
                Explanation = judgement.Explanation,
                EventDate = ProtoMapping.ToProto(new DateOnly(firstMonth.Year, firstMonth.Month, 1)),
                FlexibleWorker = item,
            }, judgement.PaidMonths));
        }

        return owed;
    }

    /// <summary>
    /// The months the registry records the person paying as a flexible worker in the period, per 参保地 within the
    /// region, each month and scheme once (a later record replaces an earlier one); empty for anyone else.
    /// </summary>
    public static IReadOnlyDictionary<Region, List<FlexibleContribution>> Recorded(PersonProfile person, Region region, DateOnly from, DateOnly until)
    {
        var byPlace = new Dictionary<Region, Dictionary<(int, int, InsuredScheme), FlexibleContribution>>();
        foreach (var fact in person.Facts)
        {
            if (fact.Superseded
                || fact.Kind is not (PersonFactKind.SocialInsurance or PersonFactKind.UnemploymentInsurance)
                || fact.Insurance is not { FlexibleWorker: true } insurance
                || !Region.TryParse(insurance.InsuredRegion?.Code, out var insured) || !region.Contains(insured)
                || ProtoMapping.DayOrNull(fact.Period?.From) is not { } start || ProtoMapping.DayOrNull(fact.Period?.Until) is not { } end
                || Index(end) - Index(start) + 1 != insurance.Months
                || HireFacts.Scheme(fact.Kind, insurance.Scheme) is not { } scheme || scheme == InsuredScheme.WorkInjury)
            {
                continue;
            }

            if (!byPlace.TryGetValue(insured, out var months))
            {
                byPlace[insured] = months = [];
            }

            for (var month = Math.Max(Index(start), Index(from)); month <= Math.Min(Index(end), Index(until)); month++)
            {
                var (year, calendarMonth) = (month / 12, (month % 12) + 1);
                months[(year, calendarMonth, scheme)] = new FlexibleContribution(year, calendarMonth, scheme, insurance.MonthlyAmount?.Fen ?? 0);
            }
        }

        return byPlace.Where(p => p.Value.Count > 0).ToDictionary(p => p.Key, p => p.Value.Values.OrderBy(c => c.FirstDay).ThenBy(c => c.Scheme).ToList());
    }

    private static InsuranceScheme Scheme(InsuredScheme scheme) => scheme switch
    {
        InsuredScheme.Pension => InsuranceScheme.Pension,
        InsuredScheme.Medical => InsuranceScheme.Medical,
        InsuredScheme.Unemployment => InsuranceScheme.Unemployment,
        _ => throw new ArgumentOutOfRangeException(nameof(scheme), scheme, "flexible workers pay pension, medical or unemployment insurance"),
    };

    private static int Index(DateOnly day) => (day.Year * 12) + day.Month - 1;
}
