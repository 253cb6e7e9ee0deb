using Employment.Common.V1;
using Employment.Policy.Explanations;
using Google.Protobuf.WellKnownTypes;

namespace Employment.Loans.UseCases;

/// <summary>Small conversions between the messages' common types (money, ratio, dates) and the domain's.</summary>
internal static class MessageValues
{
    /// <summary>Ratio is in parts per million: 3.45% = 34,500 ppm.</summary>
    public static Ratio PercentToRatio(decimal percent) => new() { Ppm = (long)Math.Round(percent * 10_000m, MidpointRounding.AwayFromZero) };

    public static decimal RatioToPercent(Ratio? ratio) => (ratio?.Ppm ?? 0) / 10_000m;

    public static Money Fen(long fen) => new() { Fen = fen };

    public static CalendarDate Date(DateOnly date) => ProtoMapping.ToProto(date);

    public static Timestamp Time(DateTimeOffset at) => Timestamp.FromDateTimeOffset(at);

    public static DatePeriod Period(DateOnly from, DateOnly? until)
    {
        var period = new DatePeriod { From = Date(from) };
        if (until is { } u)
        {
            period.Until = Date(u);
        }

        return period;
    }
}
