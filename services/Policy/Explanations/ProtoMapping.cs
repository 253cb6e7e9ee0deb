using Employment.Common.V1;
using Employment.Policy.Model;

namespace Employment.Policy.Explanations;

/// <summary>From catalog entries to the shared contract messages.</summary>
public static class ProtoMapping
{
    public static CalendarDate ToProto(DateOnly date) => new() { Year = date.Year, Month = date.Month, Day = date.Day };

    public static DateOnly FromProto(CalendarDate date) => new(date.Year, date.Month, date.Day);

    /// <summary>A recorded date as a day; null when it is unset or not a calendar day (a registry fact's open end).</summary>
    public static DateOnly? DayOrNull(CalendarDate? date) =>
        date is { Year: > 0, Month: >= 1 and <= 12, Day: >= 1 } d && d.Day <= DateTime.DaysInMonth(d.Year, d.Month) ? FromProto(d) : null;

    public static Citation ToProto(ParameterValue parameter)
    {
        var source = parameter.Source;
        var citation = new Citation
        {
            DocumentNumber = source.DocumentNumber,
            Clause = source.Clause,
            IssuingBody = source.IssuingBody,
            Region = new RegionCode { Code = parameter.Region.Code },
            Title = source.Title,
            RulingId = source.RulingId ?? "",
            QuoteZh = source.Quote ?? "",
        };
        if (source.DocumentDate is { } date)
        {
            citation.DocumentDate = ToProto(date);
        }

        return citation;
    }
}
