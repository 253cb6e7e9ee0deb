using Employment.Common.V1;

namespace Employment.Web.Workbench.Pages.Pay;

/// <summary>An approved application or claim on its way to payment, as the payment screens read it from its service.</summary>
public sealed record PayableItem(
    string Reference,
    string KindZh,
    string WhoZh,
    long AmountFen,
    long Version,
    string BatchId,
    bool Paid,
    CalendarDate? PaidOn,
    string PaymentReference,
    PaymentFailure? Failure,
    PaymentHoldInfo? Hold,
    string DecisionPath);

/// <summary>A payment batch and its 公示 as the service keeps them.</summary>
public sealed record BatchSummary(
    string BatchId,
    CalendarDate NoticeFrom,
    CalendarDate NoticeUntil,
    Money Total,
    Citation? NoticePeriod,
    IReadOnlyList<string> RecordIds,
    IReadOnlyList<NoticeLine> Notice);

/// <summary>One line of the printed 公示名单: names and numbers masked as the service masks them.</summary>
public sealed record NoticeLine(string NameMasked, string IdMasked, string KindZh, Money Amount);
