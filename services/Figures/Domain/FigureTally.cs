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
public sealed record CountedItem(string Region, string Measure, ItemStatus Status, long AmountFen, DateOnly ReceivedOn, DateOnly? PaidOn);

/// <summary>Which figures: a region (a county, or the city), a month (0 for the year) and a measure ("" for all).</summary>
public readonly record struct CellKey(string Region, int Month, string Measure);

/// <summary>
/// A city's figures for one year, counted item by item: each item counts in its own county and in the city, under
/// its measure and under all measures, in its month and in the year. Received, granted, refused, withdrawn and
/// pending go by 受理日期 (R31); paid by the day paid (a loan: issued). People and employers reached are counted
/// once per cell whatever number of items reached them: the caller hands each person's (or employer's) paid
/// items together.
/// </summary>
public sealed class FigureTally(Region city, int year)
{
    private readonly Dictionary<CellKey, Counts> _cells = [];

    /// <summary>An application or claim item: counted where and when it was received, if in the year.</summary>
    public void Received(CountedItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.ReceivedOn.Year != year)
        {
            return;
        }

        foreach (var key in KeysOf(item, item.ReceivedOn.Month))
        {
            var counts = CellOf(key);
            counts.Received++;
            counts.ReceivedFen += item.AmountFen;
            switch (ReceivedOutcomes.Of(item.Status))
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
        }
    }

    /// <summary>One person's paid items: the person is reached once in every cell any of them counts in.</summary>
    public void PersonReached(IEnumerable<CountedItem> itemsOfOnePerson) =>
        Reached(itemsOfOnePerson, counts => counts.People++);

    /// <summary>One employer's paid items: the employer is reached once in every cell any of them counts in.</summary>
    public void EmployerReached(IEnumerable<CountedItem> itemsOfOneEmployer) =>
        Reached(itemsOfOneEmployer, counts => counts.Employers++);

    /// <summary>Every cell with anything in it.</summary>
    public IEnumerable<(CellKey Key, FigureTotals Totals)> Cells =>
        _cells.Select(c => (c.Key, new FigureTotals(c.Value.Received, c.Value.ReceivedFen, c.Value.Granted, c.Value.Refused, c.Value.Withdrawn,
            c.Value.Pending, c.Value.Paid, c.Value.PaidFen, c.Value.People, c.Value.Employers)));

    private void Reached(IEnumerable<CountedItem> items, Action<Counts> count)
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
            }
        }
    }

    private Counts CellOf(CellKey key)
    {
        if (!_cells.TryGetValue(key, out var counts))
        {
            counts = new Counts();
            _cells[key] = counts;
        }

        return counts;
    }

    private sealed class Counts
    {
        public int Received;
        public long ReceivedFen;
        public int Granted;
        public int Refused;
        public int Withdrawn;
        public int Pending;
        public int Paid;
        public long PaidFen;
        public int People;
        public int Employers;
    }
}
