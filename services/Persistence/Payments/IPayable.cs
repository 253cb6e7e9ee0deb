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
}
