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
public sealed class FigureCounter(FiguresDbContext db)
{
    public async Task CountAsync(Region city, int year, CancellationToken cancellationToken)
    {
        var tally = new FigureTally(city, year);
        var (from, until) = FigurePeriods.Days(year, FigurePeriods.WholeYear);
        var ofCity = db.Items.AsNoTracking().Where(i => i.City == city.Code);
        await foreach (var item in Counted(ofCity.Where(i => !i.BenefitGiven && i.ReceivedOn >= from && i.ReceivedOn <= until)).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            tally.Received(item);
        }

        var paid = ofCity.Where(i => i.Status == (int)ItemStatus.Paid && i.PaidOn >= from && i.PaidOn <= until);
        await foreach (var items in ByWho(paid.Where(i => i.PersonId != "").OrderBy(i => i.PersonId), i => i.PersonId, cancellationToken))
        {
            tally.PersonReached(items);
        }

        await foreach (var items in ByWho(paid.Where(i => i.EmployerId != "").OrderBy(i => i.EmployerId), i => i.EmployerId, cancellationToken))
        {
            tally.EmployerReached(items);
        }

        await foreach (var item in Counted(paid).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            tally.Paid(item);
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
            Received = c.Totals.Received,
            ReceivedFen = c.Totals.ReceivedFen,
            Granted = c.Totals.Granted,
            Refused = c.Totals.Refused,
            Withdrawn = c.Totals.Withdrawn,
            Pending = c.Totals.Pending,
            Paid = c.Totals.Paid,
            PaidFen = c.Totals.PaidFen,
            PeopleReached = c.Totals.PeopleReached,
            EmployersReached = c.Totals.EmployersReached,
        }));
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    private static IQueryable<CountedItem> Counted(IQueryable<FigureItemRecord> rows) =>
        rows.Select(i => new CountedItem(i.Region, i.Measure, (ItemStatus)i.Status, i.AmountFen, i.ReceivedOn, i.PaidOn));

    /// <summary>The rows, ordered by who they reached, handed over one person (or employer) at a time.</summary>
    private static async IAsyncEnumerable<List<CountedItem>> ByWho(
        IQueryable<FigureItemRecord> ordered, Func<FigureItemRecord, string> who, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        string? current = null;
        var items = new List<CountedItem>();
        await foreach (var row in ordered.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var next = who(row);
            if (current is not null && !string.Equals(current, next, StringComparison.Ordinal))
            {
                yield return items;
                items = [];
            }

            current = next;
            items.Add(new CountedItem(row.Region, row.Measure, (ItemStatus)row.Status, row.AmountFen, row.ReceivedOn, row.PaidOn));
        }

        if (current is not null)
        {
            yield return items;
        }
    }
}
