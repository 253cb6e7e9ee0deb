using Employment.Common.V1;
using Employment.Loans.Data;
using Employment.Loans.Domain.Applications;
using Employment.Loans.Domain.Eligibility;
using Employment.Persistence.Lifecycle;
using Employment.ServiceDefaults.Audit;
using Employment.ServiceDefaults.Clients;
using Microsoft.EntityFrameworkCore;
using V1 = Employment.Loans.V1;

namespace Employment.Loans.UseCases;

/// <summary>
/// 稽核: the region's loan applications taken in the period (their 受理日期 is the day the counter took them)
/// and its loans registered in it (the day the bank registered them), in the shape every subsidy service
/// exports (<see cref="AuditedItem"/>). Read a slice at a time in id order, so memory stays flat in the
/// region's size. Reads only.
/// </summary>
/// <remarks>
/// A borrower is named by the registry's person id recorded when the application was taken or the loan
/// registered: the rows keep the identity number only as a keyed hash, which no other service shares.
/// An enterprise borrower's credit code is kept masked, so enterprise items carry no employer.
/// </remarks>
internal sealed class LoanAuditExport(LoansDbContext db) : IAuditExportStream
{
    public const string Service = PlatformServices.Loans;

    /// <summary>Rows read per query: a technical bound, not a policy figure.</summary>
    private const int RowsPerRead = 1000;

    public async Task StreamAsync(AuditExportQuery query, Func<AuditExportPage, Task> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(write);
        var pages = new AuditPageWriter(query.PageSize, write);
        await ApplicationsAsync(query, pages, cancellationToken);
        var subsidies = await SubsidiesAsync(cancellationToken);
        await LoansAsync(query, pages, subsidies, cancellationToken);
        await pages.FlushAsync();
    }

    private Task ApplicationsAsync(AuditExportQuery query, AuditPageWriter pages, CancellationToken cancellationToken)
    {
        var prefix = query.CodePrefix;
        return IdOrderedSlices.ForEachAsync(
            after => db.Applications.AsNoTracking()
                .Where(a => string.Compare(a.Id, after) > 0 && a.Region.StartsWith(prefix))
                .OrderBy(a => a.Id).Take(RowsPerRead).ToListAsync(cancellationToken),
            a => a.Id,
            RowsPerRead,
            async rows =>
            {
                var taken = rows.Where(r => query.Covers(r.Region) && query.EnteredWithin(r.CreatedAt)).ToList();
                var deciders = await DecidersAsync(taken.Select(r => r.Id).ToList(), cancellationToken);
                foreach (var row in taken)
                {
                    await pages.AddAsync(Of(row, deciders.TryGetValue(row.Id, out var decision) ? decision : null));
                }
            });
    }

    private Task LoansAsync(AuditExportQuery query, AuditPageWriter pages, IReadOnlyDictionary<string, long> subsidies, CancellationToken cancellationToken)
    {
        var prefix = query.CodePrefix;
        return pages.AddSlicesAsync(
            after => db.Loans.AsNoTracking()
                .Where(l => string.Compare(l.Id, after) > 0 && l.Region.StartsWith(prefix))
                .OrderBy(l => l.Id).Take(RowsPerRead).ToListAsync(cancellationToken),
            l => l.Id,
            RowsPerRead,
            rows => rows.Where(r => query.Covers(r.Region) && query.EnteredWithin(r.CreatedAt)).Select(r => Of(r, subsidies.GetValueOrDefault(r.Id))));
    }

    /// <summary>
    /// The interest subsidy (贴息) approved on each loan so far: the lines of every approved quarterly claim. The claims are
    /// a bank's per quarter, not a region's, so all are read once per export; a loan outside the region is never asked for.
    /// </summary>
    private async Task<Dictionary<string, long>> SubsidiesAsync(CancellationToken cancellationToken)
    {
        var approved = await db.Claims.AsNoTracking().Where(c => c.State == (int)V1.ClaimState.Approved)
            .Select(c => c.Payload).ToListAsync(cancellationToken);
        var subsidies = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var line in approved.SelectMany(p => V1.InterestSubsidyClaim.Parser.ParseFrom(p).Lines))
        {
            subsidies[line.LoanId] = subsidies.GetValueOrDefault(line.LoanId) + (line.Amount?.Fen ?? 0);
        }

        return subsidies;
    }

    /// <summary>Who decided each application's review (审核通过 / 不通过) and when: the last such move.</summary>
    private async Task<Dictionary<string, (string Actor, DateTimeOffset At)>> DecidersAsync(IReadOnlyList<string> applicationIds, CancellationToken cancellationToken)
    {
        if (applicationIds.Count == 0)
        {
            return [];
        }

        var decisions = new[] { (int)V1.ApplicationState.Reviewed, (int)V1.ApplicationState.Rejected };
        var moves = await db.ApplicationStateChanges.AsNoTracking()
            .Where(c => applicationIds.Contains(c.ApplicationId) && decisions.Contains(c.To))
            .Select(c => new { c.ApplicationId, c.Id, c.Actor, c.At }).ToListAsync(cancellationToken);
        // Ids are time-ordered: the last decision wins.
        return moves.GroupBy(m => m.ApplicationId, StringComparer.Ordinal)
            .Select(g => g.MaxBy(m => m.Id, StringComparer.Ordinal)!)
            .ToDictionary(m => m.ApplicationId, m => (m.Actor, m.At), StringComparer.Ordinal);
    }

    private static AuditedItem Of(ApplicationRecord row, (string Actor, DateTimeOffset At)? decision)
    {
        var details = V1.LoanApplication.Parser.ParseFrom(row.Payload);
        var state = (V1.ApplicationState)row.State;
        var item = Item(row.Id, row.ProductId, row.Region, row.BorrowerKeyKind, row.BorrowerMasked, row.BorrowerPersonId, row.NameMasked, row.CreatedAt, row.CreatedBy);
        item.Status = ApplicationStates.Audited(state);
        item.Amount = new Money { Fen = row.AmountFen };
        item.EventDate = details.IntendedIssueDate;
        item.DecidedBy = decision?.Actor ?? "";
        item.DecidedOn = AuditExport.DecidedOn(item.Status, decision?.At);
        // Taken at the bureau's counter or online from the borrower (the bank registers the loan, not an application).
        item.Channel = (Channel)row.Channel;
        item.Groups.AddRange(Employment.Policy.Categories.DecidedGroups.Of(details.Eligibility));
        return item;
    }

    private static AuditedItem Of(LoanRecord row, long subsidyFen)
    {
        var item = Item(row.Id, row.ProductId, row.Region, row.BorrowerKeyKind, row.BorrowerMasked, row.BorrowerPersonId, row.NameMasked, row.CreatedAt, row.CreatedBy);
        // Issued: the loan is the benefit, and its subsidy accrues month by month over the term.
        item.Status = AuditedStatus.Paid;
        item.BenefitGiven = true;
        item.Amount = new Money { Fen = row.SubsidisedPrincipalFen };
        item.Principal = new Money { Fen = row.PrincipalFen };
        item.Subsidy = new Money { Fen = subsidyFen };
        item.EventDate = AuditExport.Date(row.IssueDate);
        item.PaidOn = AuditExport.Date(row.IssueDate);
        item.Months.AddRange(Enumerable.Range(0, row.TermMonths).Select(m => row.IssueDate.AddMonths(m).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture)));
        return item;
    }

    private static AuditedItem Item(
        string id, string productId, string region, int keyKind, string borrowerMasked, string personId, string nameMasked, DateTimeOffset createdAt, string createdBy)
    {
        var (measure, measureZh) = LoanProducts.MeasureOf(productId);
        var enteredOn = AuditExport.EnteredOn(createdAt);
        return new AuditedItem
        {
            Service = Service,
            Reference = id,
            ItemNo = 1,
            Measure = measure,
            MeasureZh = measureZh,
            PersonId = personId,
            PersonIdNumberMasked = keyKind == (int)BorrowerKeyKind.IdNumber ? borrowerMasked : "",
            NameMasked = nameMasked,
            Region = new RegionCode { Code = region },
            ReceivedOn = enteredOn,
            EnteredOn = enteredOn,
            EnteredBy = createdBy,
        };
    }
}
