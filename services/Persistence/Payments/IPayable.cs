namespace Employment.Persistence.Payments;

/// <summary>A stored subsidy (an application, a claim) the payment lifecycle batches and pays; the names are the columns'.</summary>
public interface IPayable
{
    string Id { get; }

    /// <summary>A <see cref="SubsidyStatus"/>.</summary>
    int Status { get; set; }

    /// <summary>The decision region: a batch takes only records within its own region.</summary>
    string Region { get; }

    string? BatchId { get; set; }

    DateOnly? PaidOn { get; set; }

    /// <summary>发放凭证号.</summary>
    string PaymentReference { get; set; }

    /// <summary>The day the bank returned the last payment as failed (发放失败); null when none failed.</summary>
    DateOnly? PaymentFailedOn { get; set; }

    /// <summary>The bank's reason for the last failed payment.</summary>
    string PaymentFailureReasonZh { get; set; }

    /// <summary>The bank's reference of the last failed transfer.</summary>
    string PaymentFailureReference { get; set; }

    /// <summary>The clerk who recorded the last failed payment.</summary>
    string PaymentFailureRecordedBy { get; set; }
}
