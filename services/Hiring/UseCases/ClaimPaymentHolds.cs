using Employment.Hiring.Data;
using Employment.Persistence.Payments;
using Employment.ServiceDefaults.Time;

namespace Employment.Hiring.UseCases;

/// <summary>稽核暂停发放 of hiring claims (the shared hold): a held claim is neither batched nor paid.</summary>
public sealed class ClaimPaymentHolds(HiringDbContext db, ChinaClock clock) : PaymentHolds<HiringClaimRecord>(db, clock)
{
    protected override string RecordWhat => DecideClaimItem.What;
}
