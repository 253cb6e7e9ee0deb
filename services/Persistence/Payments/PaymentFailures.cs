using Employment.Common.V1;
using Employment.Policy.Explanations;

namespace Employment.Persistence.Payments;

/// <summary>发放失败 as every subsidy service's answers say it.</summary>
public static class PaymentFailures
{
    /// <summary>The last failed payment of a record, as answers say it; null when none failed.</summary>
    public static PaymentFailure? FailureOf(IPayable record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.PaymentFailedOn is { } on
            ? new PaymentFailure
            {
                FailedOn = ProtoMapping.ToProto(on),
                ReasonZh = record.PaymentFailureReasonZh,
                BankReference = record.PaymentFailureReference,
                RecordedBy = record.PaymentFailureRecordedBy,
            }
            : null;
    }
}
