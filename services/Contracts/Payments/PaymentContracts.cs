namespace Employment.Common.V1;

/// <summary>What a payment batch and its public notice both say (which batch, where, the notice period, the total), so the kit fills both alike.</summary>
public interface IPaymentNoticeAnswer
{
    string BatchId { get; set; }

    RegionCode Region { get; set; }

    CalendarDate NoticeFrom { get; set; }

    CalendarDate NoticeUntil { get; set; }

    Money Total { get; set; }
}

public sealed partial class PaymentNotice : IPaymentNoticeAnswer;

public sealed partial class PaymentBatch : IPaymentNoticeAnswer;
