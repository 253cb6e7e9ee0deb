using Employment.Common.V1;
using Employment.Hiring.Domain.OneOffHires;
using Employment.Hiring.Domain.SocialInsurance;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases;

/// <summary>A contract of the period with an employer of the region, to be judged for the social-insurance subsidy for hires.</summary>
public sealed record InsuredHire(Claimant Employer, HireContract Contract, DateOnly? End, bool PublicWelfarePost);

/// <summary>What the two social-insurance measures owe a person, each person-month once.</summary>
public sealed record InsuredMonthsOffered(IReadOnlyList<(Claimant Employer, V1.OwedSubsidy Item)> Hires, IReadOnlyList<V1.OwedSubsidy> Flexible, bool FlexibleWorker, int MonthsOfferedOnce);

/// <summary>
/// 从高不重复 in the owed list (R21, R25): a person's month that both the social-insurance subsidy for a hire
/// (the employer's part) and the flexible workers' subsidy (the person's own payment) could pay is offered
/// once, by the measure whose items sharing it pay more (the hire's when equal); the other measure is judged
/// again without those months, as its claim would be once the first is standing (<see cref="MonthsPaidOnce"/>).
/// </summary>
public sealed class InsuredMonthsOnce(OwedSocialInsurance hires, OwedFlexibleWorkers flexible)
{
    public InsuredMonthsOffered Judge(PersonProfile person, IReadOnlyList<InsuredHire> contracts, OwedSubsidiesQuery query, IReadOnlyList<StandingMonth> held, DateOnly? firstFlexible)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(contracts);
        ArgumentNullException.ThrowIfNull(query);
        var recorded = OwedFlexibleWorkers.Recorded(person, query.Region, query.From, query.Until);
        var hireItems = JudgeHires(person, contracts, held);
        if (recorded.Count == 0)
        {
            return new InsuredMonthsOffered(hireItems, [], false, 0);
        }

        var flexibleItems = flexible.Judge(person, recorded, held, firstFlexible);
        var flexibleMonths = flexibleItems.SelectMany(f => f.PaidMonths).ToHashSet(StringComparer.Ordinal);
        var shared = hireItems.SelectMany(h => Months(h.Item)).Where(flexibleMonths.Contains).ToHashSet(StringComparer.Ordinal);
        if (shared.Count == 0)
        {
            return new InsuredMonthsOffered(hireItems, [.. flexibleItems.Select(f => f.Item)], true, 0);
        }

        var hireFen = hireItems.Where(h => Months(h.Item).Any(shared.Contains)).Sum(h => h.Item.Amount.Fen);
        var flexibleFen = flexibleItems.Where(f => f.PaidMonths.Any(shared.Contains)).Sum(f => f.Item.Amount.Fen);
        if (flexibleFen > hireFen)
        {
            var withFlexible = held.Concat(flexibleMonths.Select(m => new StandingMonth(m, ""))).ToList();
            return new InsuredMonthsOffered(JudgeHires(person, contracts, withFlexible), [.. flexibleItems.Select(f => f.Item)], true, shared.Count);
        }

        var withHires = held.Concat(hireItems.SelectMany(h => Months(h.Item)).Distinct().Select(m => new StandingMonth(m, ""))).ToList();
        var rejudged = flexible.Judge(person, recorded, withHires, firstFlexible);
        return new InsuredMonthsOffered(hireItems, [.. rejudged.Select(f => f.Item)], true, shared.Count);
    }

    private List<(Claimant Employer, V1.OwedSubsidy Item)> JudgeHires(PersonProfile person, IReadOnlyList<InsuredHire> contracts, IReadOnlyCollection<StandingMonth> held)
    {
        var items = new List<(Claimant, V1.OwedSubsidy)>();
        foreach (var c in contracts)
        {
            if (hires.Judge(person, c.Employer, c.Contract, c.End, c.PublicWelfarePost, held) is { } item)
            {
                items.Add((c.Employer, item));
            }
        }

        return items;
    }

    private static IEnumerable<string> Months(V1.OwedSubsidy item) => item.Hire.Contributions.Select(m => $"{m.Year:D4}-{m.Month:D2}");
}
