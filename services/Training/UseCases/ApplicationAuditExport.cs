using Employment.Common.V1;
using Employment.Persistence.Lifecycle;
using Employment.Persistence.Payments;
using Employment.Persistence.Submissions;
using Employment.ServiceDefaults.Audit;
using Employment.ServiceDefaults.Clients;
using Employment.Training.Data;
using Microsoft.EntityFrameworkCore;
using V1 = Employment.Training.V1;

namespace Employment.Training.UseCases;

/// <summary>
/// 稽核: every application of the region received in the period (the day of entry: training takes no
/// earlier 受理日期), in the shape every subsidy service exports (<see cref="AuditedItem"/>), read a slice at
/// a time in id order so memory stays flat in the region's size. Reads only.
/// </summary>
public sealed class ApplicationAuditExport(TrainingDbContext db, SubsidyKinds<V1.SubsidyKind, IApplicationKind> kinds, Employment.Policy.PolicyCatalog catalog) : IAuditExportStream
{
    public const string Service = PlatformServices.Training;

    /// <summary>Applications read per query: a technical bound, not a policy figure.</summary>
    private const int RowsPerRead = 1000;

    public async Task StreamAsync(AuditExportQuery query, Func<AuditExportPage, Task> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(write);
        var pages = new AuditPageWriter(query.PageSize, write);
        var prefix = query.CodePrefix;
        await pages.AddSlicesAsync(
            after => db.Applications.AsNoTracking()
                .Where(a => string.Compare(a.Id, after) > 0 && a.Region.StartsWith(prefix))
                .OrderBy(a => a.Id).Take(RowsPerRead).ToListAsync(cancellationToken),
            a => a.Id,
            RowsPerRead,
            rows => rows.Where(r => query.Covers(r.Region) && query.EnteredWithin(r.CreatedAt)).Select(Of));

        await pages.FlushAsync();
    }

    private AuditedItem Of(TrainingApplicationRecord row)
    {
        var kind = (V1.SubsidyKind)row.Kind;
        // As the kind's class states it; a stored kind no class takes stops the export rather than pass as another measure.
        var taken = kinds.Of(kind);
        // The date whose rules judged it (R1), as the kind's class states it.
        var eventDate = kinds.For(kind).EventDate(row);
        var entered = AuditExport.EnteredOn(row.CreatedAt);
        var status = SubsidyStatusText.Audited((SubsidyStatus)row.Status);
        var due = Persistence.Reviews.DecisionTimeLimits.DueOn(catalog, taken.Measure, Employment.Policy.Model.Region.Parse(row.Region),
            ServiceDefaults.Time.ChinaClock.DateOf(row.CreatedAt));
        var item = new AuditedItem
        {
            Service = Service,
            Reference = row.Id,
            ItemNo = 1,
            Measure = taken.Measure,
            MeasureZh = taken.NameZh,
            Status = status,
            PersonId = row.PersonId,
            PersonIdNumberMasked = row.IdNumberMasked,
            NameMasked = row.NameMasked,
            EmployerCreditCode = row.EnterpriseCreditCode,
            EmployerName = row.EnterpriseName,
            Region = new RegionCode { Code = row.Region },
            Amount = new Money { Fen = row.AmountFen },
            EventDate = AuditExport.Date(eventDate),
            OccupationLevel = $"{row.OccupationCode}/{row.Level}",
            ReceivedOn = entered,
            EnteredOn = entered,
            EnteredBy = row.CreatedBy,
            DecidedBy = row.DecidedBy,
            PaymentAccount = row.PaymentAccount,
            BatchId = row.BatchId ?? "",
            PaidOn = AuditExport.Date(row.PaidOn),
            Channel = (Channel)row.Channel,
            DecidedOn = AuditExport.DecidedOn(status, row.DecidedAt),
            DueOn = AuditExport.Date(due),
        };
        item.Groups.AddRange(AuditExport.GroupsDecided(row.Explanation));
        return item;
    }
}
