using Employment.Loans.Data;
using Employment.Persistence.Payments;
using Employment.ServiceDefaults.Regions;
using Employment.ServiceDefaults.Time;
using Microsoft.EntityFrameworkCore;
using V1 = Employment.Loans.V1;

namespace Employment.Loans.UseCases;

/// <summary>
/// 稽核暂停发放 of loan applications (the shared hold): a held application is not approved, its guarantee
/// not approved, it is not sent to the bank and no loan is registered on it. An issued one (已放款) is paid.
/// </summary>
internal sealed class ApplicationPaymentHolds(LoansDbContext db, ChinaClock clock) : PaymentHolds(db, clock)
{
    public const string What = "贷款申请";

    protected override string RecordWhat => What;

    /// <summary>Whom a bank asks about a suspended application: the 人社 office of its region, which took it.</summary>
    public static string WhomToAsk(string region) => $"受理该申请的{Places.ProperNameOf(region)}人社部门";

    protected override async Task<IReadOnlyDictionary<string, HoldableRecord>> ReadAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken) =>
        await Db.Set<ApplicationRecord>().AsNoTracking().Where(a => ids.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, a => new HoldableRecord(a.Region, a.State == (int)V1.ApplicationState.Issued), StringComparer.Ordinal, cancellationToken);
}
