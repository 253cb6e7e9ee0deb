using Google.Protobuf;
using Google.Protobuf.Collections;

namespace Employment.Common.V1;

// The payment lifecycle (批次, 公示, 发放) is one in every subsidy service; each service's contract keeps
// its own messages (their field names differ: application_ids, claim_ids), and these interfaces let
// the shared lifecycle fill and read them. The generated classes implement them in Training.cs and Hiring.cs.

/// <summary>The public notice list of a batch as a service answers it; the service adds its own entries.</summary>
public interface IPaymentNoticeAnswer
{
    string BatchId { get; set; }

    RegionCode Region { get; set; }

    CalendarDate NoticeFrom { get; set; }

    CalendarDate NoticeUntil { get; set; }

    Money Total { get; set; }
}

/// <summary>The shared notice (SubsidyPayments) is filled by the same header as a batch.</summary>
public sealed partial class PaymentNotice : IPaymentNoticeAnswer;

/// <summary>A payment batch as a service answers it: the notice's header, where the period comes from, and the records in it.</summary>
public interface IPaymentBatchAnswer : IPaymentNoticeAnswer
{
    Citation NoticePeriod { get; set; }

    RecordInfo Record { get; set; }

    /// <summary>The ids of the records (applications, claims) in the batch.</summary>
    RepeatedField<string> RecordIds { get; }
}

/// <summary>A counter's request to put approved records of a region on public notice.</summary>
public interface ICreatePaymentBatchRequest : IMessage
{
    string IdempotencyKey { get; }

    RegionCode Region { get; }

    RepeatedField<string> RecordIds { get; }

    /// <summary>The request's field that lists the records, as error messages name it.</summary>
    string RecordIdsField { get; }
}

/// <summary>The payment a counter records, wherever the request holds it.</summary>
public sealed record GivenPayment(CalendarDate? PaidOn, Money? Amount, string PaymentReference);

/// <summary>A counter's record of a payment made on the version it read.</summary>
public interface IRecordPaymentRequest : IMessage
{
    string IdempotencyKey { get; }

    string RecordId { get; }

    long ExpectedVersion { get; }

    /// <summary>The payment as given; null when the request has none.</summary>
    GivenPayment? Given { get; }

    /// <summary>Where the payment's fields sit in the request, as error messages name them ("" at the top, else "payment.").</summary>
    string PaymentFieldPrefix { get; }
}
