using Employment.Policy.Model;

namespace Employment.Figures.Domain;

/// <summary>Where an item stands, as the shared audit export states it (employment.common.v1.AuditedStatus).</summary>
public enum ItemStatus
{
    Submitted = 1,
    Approved = 2,
    Rejected = 3,
    Paid = 4,
    Withdrawn = 5,
}

/// <summary>What became of an item received, as the figures count it.</summary>
public enum ReceivedOutcome
{
    /// <summary>Not yet decided.</summary>
    Pending,

    /// <summary>Approved, or approved and paid.</summary>
    Granted,

    Refused,

    Withdrawn,
}

/// <summary>The one classification of a status into its outcome, for the tally and for the records behind a figure.</summary>
public static class ReceivedOutcomes
{
    public static ReceivedOutcome Of(ItemStatus status) => status switch
    {
        ItemStatus.Approved or ItemStatus.Paid => ReceivedOutcome.Granted,
        ItemStatus.Rejected => ReceivedOutcome.Refused,
        ItemStatus.Withdrawn => ReceivedOutcome.Withdrawn,
        _ => ReceivedOutcome.Pending,
    };

    /// <summary>The stored statuses (<see cref="ItemStatus"/> as numbers) that are a decided outcome's, for a query.</summary>
    public static int[] StatusesOf(ReceivedOutcome outcome) =>
        [.. Enum.GetValues<ItemStatus>().Where(s => Of(s) == outcome).Select(s => (int)s)];

    /// <summary>Every stored status that is decided: a pending item's is none of these (a stored 0 included).</summary>
    public static int[] Decided() =>
        [.. Enum.GetValues<ItemStatus>().Where(s => Of(s) != ReceivedOutcome.Pending).Select(s => (int)s)];
}

/// <summary>One item as a figure counts it.</summary>
public sealed record CountedItem(string Region, string Measure, ItemStatus Status, long AmountFen, DateOnly ReceivedOn, DateOnly? PaidOn)
{
    /// <summary>A loan's interest subsidy approved so far (0 for everything else).</summary>
    public long SubsidyFen { get; init; }

    /// <summary>The day decided (办结), and the last day of its 办结时限 (null when the region sets none).</summary>
    public DateOnly? DecidedOn { get; init; }

    public DateOnly? DueOn { get; init; }

    /// <summary>Working days from 受理日期 to the day decided, as the catalog's calendar counts them.</summary>
    public int WorkingDaysToDecide { get; init; }

    /// <summary>The breakdowns it counts under for the year (<see cref="FigureFacets"/>).</summary>
    public IReadOnlyList<FacetValue> Facets { get; init; } = [];
}

/// <summary>
/// Which figures: a region (a county, or the city), a month (0 for the year), a measure ("" for all) and a breakdown's
/// value (none for the figures themselves; breakdowns are counted for the whole year only).
/// </summary>
public readonly record struct CellKey(string Region, int Month, string Measure, FacetValue Facet = default);

/// <summary>
/// One cell's figures. What adds across months and counties (counts and amounts) could be added; people and employers
/// reached could not (one person paid in two months is one person reached in the year), so each cell counts them afresh.
/// </summary>
public sealed class FigureCounts
{
    public int Received { get; set; }

    public long ReceivedFen { get; set; }

    public int Granted { get; set; }

    public int Refused { get; set; }

    public int Withdrawn { get; set; }

    public int Pending { get; set; }

    /// <summary>Of those received: decided (办结) within the 办结时限, after it, or where the region sets none.</summary>
    public int DecidedInLimit { get; set; }

    public int DecidedLate { get; set; }

    public int DecidedWithoutLimit { get; set; }

    /// <summary>The working days all decided items took together (the average is this over the three above).</summary>
    public long DecidedWorkingDays { get; set; }

    /// <summary>Of those received and still pending: past their 办结时限 on the day counted.</summary>
    public int OpenOverdue { get; set; }

    public int Paid { get; set; }

    public long PaidFen { get; set; }

    /// <summary>The interest subsidy approved on the loans issued.</summary>
    public long SubsidyFen { get; set; }

    public int PeopleReached { get; set; }

    public int EmployersReached { get; set; }
}

/// <summary>
/// A city's figures for one year, counted item by item: each item counts in its own county and in the city, under
/// its measure and under all measures, in its month and in the year, and in the year under each of its breakdowns.
/// Received, granted, refused, withdrawn, pending and the time to 办结 go by 受理日期 (R31); paid by the day paid (a
/// loan: issued). People and employers reached are counted once per cell whatever number of items reached them: the
/// caller hands each person's (or employer's) paid items together. A pending item is overdue when its 办结时限 ended
/// before <paramref name="countedOn"/>, the day the figures are counted: the one figure that is about today.
/// </summary>
public sealed class FigureTally(Region city, int year, DateOnly countedOn)
{
    private readonly Dictionary<CellKey, FigureCounts> _cells = [];

    /// <summary>An application or claim item: counted where and when it was received, if in the year.</summary>
    public void Received(CountedItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.ReceivedOn.Year != year)
        {
            return;
        }

        var outcome = ReceivedOutcomes.Of(item.Status);
        foreach (var key in KeysOf(item, item.ReceivedOn.Month))
        {
            var counts = CellOf(key);
            counts.Received++;
            counts.ReceivedFen += item.AmountFen;
            switch (outcome)
            {
                case ReceivedOutcome.Granted:
                    counts.Granted++;
                    break;
                case ReceivedOutcome.Refused:
                    counts.Refused++;
                    break;
                case ReceivedOutcome.Withdrawn:
                    counts.Withdrawn++;
                    break;
                default:
                    counts.Pending++;
                    break;
            }

            Timed(counts, item, outcome);
        }
    }

    /// <summary>An item paid (a loan issued): counted where and when it was paid, if in the year.</summary>
    public void Paid(CountedItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (PaidMonth(item) is not { } month)
        {
            return;
        }

        foreach (var key in KeysOf(item, month))
        {
            var counts = CellOf(key);
            counts.Paid++;
            counts.PaidFen += item.AmountFen;
            counts.SubsidyFen += item.SubsidyFen;
        }
    }

    /// <summary>One person's paid items: the person is reached once in every cell any of them counts in.</summary>
    public void PersonReached(IEnumerable<CountedItem> itemsOfOnePerson) =>
        Reached(itemsOfOnePerson, counts => counts.PeopleReached++);

    /// <summary>One employer's paid items: the employer is reached once in every cell any of them counts in.</summary>
    public void EmployerReached(IEnumerable<CountedItem> itemsOfOneEmployer) =>
        Reached(itemsOfOneEmployer, counts => counts.EmployersReached++);

    /// <summary>Every cell with anything in it.</summary>
    public IEnumerable<KeyValuePair<CellKey, FigureCounts>> Cells => _cells;

    /// <summary>办结 against its limit: a decision (granted or refused) by the day decided; a pending item by the day counted.</summary>
    private void Timed(FigureCounts counts, CountedItem item, ReceivedOutcome outcome)
    {
        if (outcome is ReceivedOutcome.Granted or ReceivedOutcome.Refused && item.DecidedOn is { } decided)
        {
            counts.DecidedWorkingDays += item.WorkingDaysToDecide;
            if (item.DueOn is not { } due)
            {
                counts.DecidedWithoutLimit++;
            }
            else if (decided <= due)
            {
                counts.DecidedInLimit++;
            }
            else
            {
                counts.DecidedLate++;
            }
        }
        else if (outcome == ReceivedOutcome.Pending && item.DueOn is { } due && due < countedOn)
        {
            counts.OpenOverdue++;
        }
    }

    private void Reached(IEnumerable<CountedItem> items, Action<FigureCounts> count)
    {
        var keys = new HashSet<CellKey>();
        foreach (var item in items)
        {
            if (PaidMonth(item) is { } month)
            {
                keys.UnionWith(KeysOf(item, month));
            }
        }

        foreach (var key in keys)
        {
            count(CellOf(key));
        }
    }

    private int? PaidMonth(CountedItem item) =>
        item.Status == ItemStatus.Paid && item.PaidOn is { } paid && paid.Year == year ? paid.Month : null;

    private IEnumerable<CellKey> KeysOf(CountedItem item, int month)
    {
        foreach (var region in item.Region == city.Code ? [city.Code] : new[] { item.Region, city.Code })
        {
            foreach (var measure in new[] { item.Measure, "" })
            {
                yield return new CellKey(region, month, measure);
                yield return new CellKey(region, FigurePeriods.WholeYear, measure);
                foreach (var facet in item.Facets)
                {
                    yield return new CellKey(region, FigurePeriods.WholeYear, measure, facet);
                }
            }
        }
    }

    private FigureCounts CellOf(CellKey key)
    {
        if (!_cells.TryGetValue(key, out var counts))
        {
            counts = new FigureCounts();
            _cells[key] = counts;
        }

        return counts;
    }
}
