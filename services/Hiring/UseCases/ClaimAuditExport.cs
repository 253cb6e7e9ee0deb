using Employment.Common.V1;
using Employment.Hiring.Data;
using Employment.Persistence.Lifecycle;
using Employment.Persistence.Payments;
using Employment.Persistence.Submissions;
using Employment.ServiceDefaults.Audit;
using Employment.ServiceDefaults.Clients;
using Microsoft.EntityFrameworkCore;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases;

/// <summary>
/// 稽核: every item of the region's claims received in the period, in the shape every subsidy service
/// exports (<see cref="AuditedItem"/>), read a slice of claims at a time in id order so memory stays flat
/// in the region's size. Reads only.
/// </summary>
public sealed class ClaimAuditExport(HiringDbContext db, SubsidyKinds<V1.SubsidyKind, IClaimKind> kinds, Employment.Policy.PolicyCatalog catalog) : IAuditExportStream
{
    public const string Service = PlatformServices.Hiring;

    /// <summary>Claims read per query: a technical bound, not a policy figure.</summary>
    private const int ClaimsPerRead = 500;

    public async Task StreamAsync(AuditExportQuery query, Func<AuditExportPage, Task> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(write);
        var pages = new AuditPageWriter(query.PageSize, write);
        var prefix = query.CodePrefix;
        await pages.AddSlicesAsync(
            after => db.Claims.AsNoTracking().Include(c => c.Items)
                .Where(c => string.Compare(c.Id, after) > 0 && c.Region.StartsWith(prefix)
                    && c.ReceivedOn >= query.ReceivedFrom && c.ReceivedOn <= query.ReceivedUntil)
                .OrderBy(c => c.Id).Take(ClaimsPerRead).ToListAsync(cancellationToken),
            c => c.Id,
            ClaimsPerRead,
            claims => claims.Where(c => query.Covers(c.Region)).SelectMany(c => c.Items.OrderBy(i => i.ItemNo).Select(i => Of(c, i))));

        await pages.FlushAsync();
    }

    private AuditedItem Of(HiringClaimRecord claim, HiringClaimItemRecord item)
    {
        // As the kind's class states it; a stored kind no class takes stops the export rather than pass as another measure.
        var kind = kinds.Of((V1.SubsidyKind)claim.Kind);
        var audited = new AuditedItem
        {
            Service = Service,
            Reference = claim.Id,
            ItemNo = item.ItemNo,
            Measure = kind.Measure,
            MeasureZh = kind.NameZh,
            Status = SubsidyStatusText.Audited((SubsidyStatus)item.Status),
            PersonId = item.PersonId,
            PersonIdNumberMasked = item.IdNumberMasked,
            NameMasked = item.NameMasked,
            // A person's own claim (flexible work, transport) has no employer: these are empty.
            EmployerId = claim.EmployerId,
            EmployerCreditCode = claim.EmployerCreditCode,
            EmployerName = claim.EmployerName,
            Region = new RegionCode { Code = claim.Region },
            Amount = new Money { Fen = item.AmountFen },
            EventDate = AuditExport.Date(item.ContractStart),
            ContractEnd = AuditExport.Date(item.ContractEnd),
            ReceivedOn = AuditExport.Date(claim.ReceivedOn),
            EnteredOn = AuditExport.EnteredOn(claim.CreatedAt),
            EnteredBy = claim.CreatedBy,
            ReceiptNumber = claim.ReceiptNumber,
            DecidedBy = item.DecidedBy,
            PaymentAccount = claim.PaymentAccount,
            BatchId = claim.BatchId ?? "",
            PaidOn = AuditExport.Date(claim.PaidOn),
            Channel = (Channel)claim.Channel,
            DueOn = AuditExport.Date(Persistence.Reviews.DecisionTimeLimits.DueOn(catalog, kind.Measure, Employment.Policy.Model.Region.Parse(claim.Region), claim.ReceivedOn)),
        };
        audited.DecidedOn = AuditExport.DecidedOn(audited.Status, item.DecidedAt);
        audited.Months.AddRange(item.SubsidisedMonths.Split(',', StringSplitOptions.RemoveEmptyEntries));
        audited.Groups.AddRange(AuditExport.GroupsDecided(item.Explanation));
        return audited;
    }
}
