using Employment.Persistence.Payments;
using Employment.ServiceDefaults.Time;
using Employment.Training.Data;

namespace Employment.Training.UseCases;

/// <summary>稽核暂停发放 of training applications (the shared hold): a held application is neither batched nor paid.</summary>
public sealed class ApplicationPaymentHolds(TrainingDbContext db, ChinaClock clock) : PaymentHolds<TrainingApplicationRecord>(db, clock)
{
    protected override string RecordWhat => DecideApplication.What;
}
