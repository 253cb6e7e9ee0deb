using Employment.Common.V1;
using Employment.Policy.Explanations;
using Employment.Policy.Model;
using Employment.Risk.Domain;

namespace Employment.Risk.UseCases;

/// <summary>An exported item as the risk rules read it.</summary>
public static class PaidItems
{
    public static PaidItem Of(AuditedItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new PaidItem(
            item.Service,
            item.Reference,
            item.ItemNo,
            item.Measure,
            item.MeasureZh,
            item.Status == AuditedStatus.Unspecified ? ItemStatus.Submitted : (ItemStatus)item.Status,
            item.PersonId,
            item.NameMasked,
            item.EmployerCreditCode,
            item.EmployerName,
            Region.TryParse(item.Region?.Code, out var region) ? region : Region.National,
            item.Amount?.Fen ?? 0,
            Day(item.EventDate),
            [.. item.Months],
            item.OccupationLevel,
            Day(item.ReceivedOn) ?? DateOnly.MinValue,
            Day(item.EnteredOn) ?? DateOnly.MinValue,
            item.EnteredBy,
            item.DecidedBy,
            item.PaymentAccount,
            item.ReceiptNumber,
            Day(item.ContractEnd));
    }

    private static DateOnly? Day(CalendarDate? date) =>
        date is null || date.Year == 0 ? null : ProtoMapping.FromProto(date);
}
