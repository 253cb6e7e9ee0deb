using Employment.Common.V1;
using Employment.Figures.Data;
using Employment.Figures.Domain;
using Employment.Persistence;
using Employment.Policy.Explanations;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Audit;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;
using V1 = Employment.Figures.V1;

namespace Employment.Figures.UseCases;

/// <summary>
/// A city's figures for a year counted afresh: every service's audit export of what the city received in the year
/// and the year before (so that what was paid or issued in the year counts though it was received the December
/// before) replaces what the last refresh read of those two years, and the year's figures are counted from it, in
/// one transaction: a service that cannot be read leaves the last figures standing.
/// </summary>
public sealed class RefreshFigures(FiguresDbContext db, IEnumerable<IAuditExport> sources, FigureCounter counter, ChinaClock clock)
{
    /// <summary>Rows written per save: a technical bound, not a policy figure.</summary>
    private const int RowsPerSave = 2000;

    public async Task<V1.FiguresRefresh> RunAsync(V1.RefreshFiguresRequest request, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var city = FigureRequests.Region(request.Region, caller, city: true);
        var year = FigureRequests.Year(request.Year, clock);
        return await RunAsync(city, year, caller, cancellationToken);
    }

    public async Task<V1.FiguresRefresh> RunAsync(Region city, int year, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        // Run again whole after a transient database failure: it deletes what it wrote before writing, so twice is once.
        return await TransientRetry.RunAsync(db, () => ReplaceAsync(city, year, caller, cancellationToken));
    }

    private async Task<V1.FiguresRefresh> ReplaceAsync(Region city, int year, Caller caller, CancellationToken cancellationToken)
    {
        var (from, until) = (new DateOnly(year - 1, 1, 1), new DateOnly(year, 12, 31));
        var summary = new V1.FiguresRefresh { Region = new RegionCode { Code = city.Code }, Year = year };
        var tracking = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Items.Where(i => i.City == city.Code && i.ReceivedOn >= from && i.ReceivedOn <= until).ExecuteDeleteAsync(cancellationToken);
        var request = new AuditExportRequest
        {
            Region = new RegionCode { Code = city.Code },
            Received = new DatePeriod { From = ProtoMapping.ToProto(from), Until = ProtoMapping.ToProto(until) },
        };
        foreach (var source in sources)
        {
            var read = 0;
            await foreach (var page in source.ReadAsync(request, cancellationToken))
            {
                db.Items.AddRange(page.Items.Select(i => Row(i, city)));
                read += page.Items.Count;
                if (db.ChangeTracker.Entries().Count() >= RowsPerSave)
                {
                    await SaveAsync(cancellationToken);
                }
            }

            await SaveAsync(cancellationToken);
            summary.ItemsRead.Add(new V1.ServiceItems { Service = source.Service, Items = read });
        }

        await counter.CountAsync(city, year, clock.Today, cancellationToken);
        var now = clock.Now;
        summary.RefreshedAt = Timestamp.FromDateTimeOffset(now);
        await db.Refreshes.Where(r => r.City == city.Code && r.Year == year).ExecuteDeleteAsync(cancellationToken);
        db.Refreshes.Add(new FiguresRefreshRecord { City = city.Code, Year = year, RefreshedAt = now, RefreshedBy = caller.Subject, Summary = summary.ToByteArray() });
        await SaveAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.AutoDetectChangesEnabled = tracking;
        return summary;
    }

    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    /// <summary>The level of a training's "occupation/level" ("6-29-01-01/4" is 4); 0 for none.</summary>
    private static int LevelOf(string occupationLevel) =>
        occupationLevel.LastIndexOf('/') is var slash and >= 0
        && int.TryParse(occupationLevel.AsSpan(slash + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var level)
            ? level
            : 0;

    private static FigureItemRecord Row(AuditedItem item, Region city)
    {
        // A loan's figure is what was issued, its whole principal; every other item's is its amount.
        var amount = item.BenefitGiven && item.Principal is { } principal ? principal.Fen : item.Amount?.Fen ?? 0;
        return new FigureItemRecord
        {
            Service = item.Service,
            Reference = item.Reference,
            ItemNo = item.ItemNo,
            City = city.Code,
            Region = item.Region?.Code is { Length: > 0 } region ? region : city.Code,
            Measure = item.Measure,
            MeasureZh = item.MeasureZh,
            Status = (int)item.Status,
            BenefitGiven = item.BenefitGiven,
            AmountFen = amount,
            PersonId = item.PersonId,
            NameMasked = item.NameMasked,
            EmployerId = item.EmployerId.Length > 0 ? item.EmployerId : item.EmployerCreditCode,
            EmployerName = item.EmployerName,
            ReceivedOn = ProtoMapping.DayOrNull(item.ReceivedOn) ?? DateOnly.MinValue,
            PaidOn = ProtoMapping.DayOrNull(item.PaidOn),
            Channel = (int)item.Channel,
            DecidedOn = ProtoMapping.DayOrNull(item.DecidedOn),
            DueOn = ProtoMapping.DayOrNull(item.DueOn),
            Groups = ItemGroups.Join(item.Groups),
            Level = LevelOf(item.OccupationLevel),
            SubsidyFen = item.Subsidy?.Fen ?? 0,
        };
    }
}
