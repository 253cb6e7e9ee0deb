using Employment.Common.V1;
using Employment.Hiring.Data;
using Employment.Persistence.Payments;
using Employment.ServiceDefaults.Audit;
using Microsoft.EntityFrameworkCore;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases;

/// <summary>
/// 稽核: every item of the region's claims received in the period, in the shape every subsidy service
/// exports (<see cref="AuditedItem"/>), read a slice of claims at a time in id order so memory stays flat
/// in the region's size. Reads only.
/// </summary>
public sealed class ClaimAuditExport(HiringDbContext db)
{
    public const string Service = "hiring-subsidies";

    /// <summary>Claims read per query: a technical bound, not a policy figure.</summary>
    private const int ClaimsPerRead = 500;

    public async Task StreamAsync(AuditExportQuery query, Func<AuditExportPage, Task> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(write);
        var pages = new AuditPageWriter(query.PageSize, write);
        var prefix = query.CodePrefix;
        await IdOrderedSlices.ForEachAsync(
            after => db.Claims.AsNoTracking().Include(c => c.Items)
                .Where(c => string.Compare(c.Id, after) > 0 && c.Region.StartsWith(prefix)
                    && c.ReceivedOn >= query.ReceivedFrom && c.ReceivedOn <= query.ReceivedUntil)
                .OrderBy(c => c.Id).Take(ClaimsPerRead).ToListAsync(cancellationToken),
            c => c.Id,
            ClaimsPerRead,
            async claims =>
            {
                foreach (var (claim, item) in claims.Where(c => query.Covers(c.Region)).SelectMany(c => c.Items.OrderBy(i => i.ItemNo).Select(i => (c, i))))
                {
                    await pages.AddAsync(Of(claim, item));
                }
            });

        await pages.FlushAsync();
    }

    private static AuditedItem Of(HiringClaimRecord claim, HiringClaimItemRecord item)
    {
        var (measure, measureZh) = Measure((V1.SubsidyKind)claim.Kind);
        var personal = (V1.SubsidyKind)claim.Kind is V1.SubsidyKind.FlexibleSocialInsurance or V1.SubsidyKind.Transport;
        var audited = new AuditedItem
        {
            Service = Service,
            Reference = claim.Id,
            ItemNo = item.ItemNo,
            Measure = measure,
            MeasureZh = measureZh,
            Status = SubsidyStatusText.Audited((SubsidyStatus)item.Status),
            PersonId = item.PersonId,
            PersonIdNumberMasked = item.IdNumberMasked,
            NameMasked = item.NameMasked,
            EmployerId = personal ? "" : claim.EmployerId,
            EmployerCreditCode = personal ? "" : claim.EmployerCreditCode,
            EmployerName = personal ? "" : claim.EmployerName,
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
        };
        audited.Months.AddRange(item.SubsidisedMonths.Split(',', StringSplitOptions.RemoveEmptyEntries));
        return audited;
    }

    /// <summary>Each kind as the policy catalog names its measure (the prefix of its keys) and as a clerk reads it.</summary>
    private static (string Measure, string NameZh) Measure(V1.SubsidyKind kind) => kind switch
    {
        V1.SubsidyKind.Absorption => ("hiring.absorption", "一次性吸纳就业补贴"),
        V1.SubsidyKind.JobExpansion => ("hiring.expansion", "一次性扩岗补助"),
        V1.SubsidyKind.SocialInsurance => ("hiring.social_insurance_subsidy", "社会保险补贴"),
        V1.SubsidyKind.FlexibleSocialInsurance => ("hiring.social_insurance_subsidy.flexible", "灵活就业人员社会保险补贴"),
        V1.SubsidyKind.Traineeship => ("hiring.trainee", "就业见习补贴"),
        V1.SubsidyKind.StabilisationRefund => ("hiring.stabilisation", "失业保险稳岗返还"),
        V1.SubsidyKind.Startup => ("startup", "一次性开业补贴（一次性创业补贴）"),
        V1.SubsidyKind.Transport => ("hiring.transport_subsidy", "一次性交通补助"),
        V1.SubsidyKind.JobReferral => ("hiring.job_referral", "职业介绍补贴"),
        V1.SubsidyKind.IncubatorOperating => ("startup.operating_subsidy", "创业孵化基地运营补贴"),
        _ => ("hiring", "补贴"),
    };
}
