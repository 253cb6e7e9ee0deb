using Employment.Figures.Data;
using Employment.Figures.Domain;
using Employment.Policy.Model;
using Microsoft.EntityFrameworkCore;

namespace Employment.Figures.UseCases;

/// <summary>
/// Counts a city's figures for a year from the items the refresh stored (<see cref="FigureTally"/> decides what
/// counts where) and replaces the year's kept figures of the city and its counties. The items are streamed, people's
/// and employers' in order of who they are, so memory holds the figures, not the items.
/// </summary>
public sealed class FigureCounter(FiguresDbContext db, Employment.Policy.PolicyCatalog catalog)
{
    public async Task CountAsync(Region city, int year, DateOnly countedOn, CancellationToken cancellationToken)
    {
        var tally = new FigureTally(city, year, countedOn);
        var (from, until) = FigurePeriods.Days(year, FigurePeriods.WholeYear);
        var ofCity = db.Items.AsNoTracking().Where(i => i.City == city.Code);
        await foreach (var row in Facts(ofCity.Where(i => !i.BenefitGiven && i.ReceivedOn >= from && i.ReceivedOn <= until), Who.Nobody).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            tally.Received(Counted(row, received: true));
        }

        var paid = ofCity.Where(i => i.Status == (int)ItemStatus.Paid && i.PaidOn >= from && i.PaidOn <= until);
        await foreach (var items in ByWho(Facts(paid.Where(i => i.PersonId != "").OrderBy(i => i.PersonId), Who.Person), cancellationToken))
        {
            tally.PersonReached(items);
        }

        await foreach (var items in ByWho(Facts(paid.Where(i => i.EmployerId != "").OrderBy(i => i.EmployerId), Who.Employer), cancellationToken))
        {
            tally.EmployerReached(items);
        }

        await foreach (var row in Facts(paid, Who.Nobody).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            tally.Paid(Counted(row));
        }

        var names = await ofCity.Select(i => new { i.Measure, i.MeasureZh }).Distinct().ToListAsync(cancellationToken);
        var nameOf = names.GroupBy(n => n.Measure).ToDictionary(g => g.Key, g => g.Min(n => n.MeasureZh) ?? g.Key, StringComparer.Ordinal);
        var prefix = city.CodePrefix;
        await db.Cells.Where(c => c.Year == year && c.Region.StartsWith(prefix)).ExecuteDeleteAsync(cancellationToken);
        db.Cells.AddRange(tally.Cells.Select(c => new FigureCellRecord
        {
            Region = c.Key.Region,
            Year = year,
            Month = c.Key.Month,
            Measure = c.Key.Measure,
            MeasureZh = c.Key.Measure.Length == 0 ? "" : nameOf.GetValueOrDefault(c.Key.Measure, c.Key.Measure),
            Dimension = c.Key.Facet.Dimension ?? "",
            Value = c.Key.Facet.Value ?? "",
            Received = c.Value.Received,
            ReceivedFen = c.Value.ReceivedFen,
            Granted = c.Value.Granted,
            Refused = c.Value.Refused,
            Withdrawn = c.Value.Withdrawn,
            Pending = c.Value.Pending,
            DecidedInLimit = c.Value.DecidedInLimit,
            DecidedLate = c.Value.DecidedLate,
            DecidedWithoutLimit = c.Value.DecidedWithoutLimit,
            DecidedWorkingDays = c.Value.DecidedWorkingDays,
            OpenOverdue = c.Value.OpenOverdue,
            Paid = c.Value.Paid,
            PaidFen = c.Value.PaidFen,
            SubsidyFen = c.Value.SubsidyFen,
            PeopleReached = c.Value.PeopleReached,
            EmployersReached = c.Value.EmployersReached,
        }));
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    /// <summary>An item as the tally counts it: its breakdowns by the catalog's audiences, its working days by the catalog's calendar.</summary>
    private enum Who
    {
        Nobody,
        Person,
        Employer,
    }

    /// <summary>What the tally reads of a stored item (not its names or references), and whom it reached when asked.</summary>
    private sealed record ItemFacts(
        string Region, string Measure, int Status, long AmountFen, DateOnly ReceivedOn, DateOnly? PaidOn, long SubsidyFen,
        DateOnly? DecidedOn, DateOnly? DueOn, int Channel, string Groups, int Level, string Who);

    private static IQueryable<ItemFacts> Facts(IQueryable<FigureItemRecord> rows, Who who) =>
        rows.Select(i => new ItemFacts(i.Region, i.Measure, i.Status, i.AmountFen, i.ReceivedOn, i.PaidOn, i.SubsidyFen, i.DecidedOn, i.DueOn,
            i.Channel, i.Groups, i.Level, who == Who.Person ? i.PersonId : who == Who.Employer ? i.EmployerId : ""));

    /// <remarks>Only a received item is timed to its 办结: a paid one's working days would be counted and never read.</remarks>
    private CountedItem Counted(ItemFacts row, bool received = false) => new(row.Region, row.Measure, (ItemStatus)row.Status, row.AmountFen, row.ReceivedOn, row.PaidOn)
    {
        SubsidyFen = row.SubsidyFen,
        DecidedOn = row.DecidedOn,
        DueOn = row.DueOn,
        WorkingDaysToDecide = received && row.DecidedOn is { } decided && decided >= row.ReceivedOn ? catalog.Calendar.WorkingDaysBetween(row.ReceivedOn, decided) : 0,
        Facets = FacetsOf(row.Channel, row.Groups, row.Level),
    };

    // An item's breakdown values, worked out once per combination: a city has few, and a million items would otherwise
    // each build their own list.
    private readonly Dictionary<(int Channel, string Groups, int Level), IReadOnlyList<FacetValue>> _facets = [];

    private IReadOnlyList<FacetValue> FacetsOf(int channel, string groups, int level)
    {
        if (!_facets.TryGetValue((channel, groups, level), out var facets))
        {
            facets = FigureFacets.Of(channel, groups, level, catalog.Audiences);
            _facets[(channel, groups, level)] = facets;
        }

        return facets;
    }

    /// <summary>The rows, ordered by who they reached, handed over one person (or employer) at a time.</summary>
    private async IAsyncEnumerable<List<CountedItem>> ByWho(
        IQueryable<ItemFacts> ordered, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        string? current = null;
        var items = new List<CountedItem>();
        await foreach (var row in ordered.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var next = row.Who;
            if (current is not null && !string.Equals(current, next, StringComparison.Ordinal))
            {
                yield return items;
                items = [];
            }

            current = next;
            items.Add(Counted(row));
        }

        if (current is not null)
        {
            yield return items;
        }
    }
}
