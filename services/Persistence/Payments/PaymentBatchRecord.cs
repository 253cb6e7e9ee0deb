using Employment.Persistence.Records;

namespace Employment.Persistence.Payments;

/// <summary>A payment batch (发放批次) and its public notice period; its records (applications, claims) point to it.</summary>
public sealed class PaymentBatchRecord : AuditedRecord
{
    /// <summary>"B" and a time-ordered GUID.</summary>
    public required string Id { get; set; }

    public required string Region { get; set; }

    public DateOnly NoticeFrom { get; set; }

    public DateOnly NoticeUntil { get; set; }

    public long TotalFen { get; set; }

    /// <summary>employment.common.v1.Citation of the notice period's value, serialised.</summary>
    public required byte[] NoticePeriodCitation { get; set; }
}
