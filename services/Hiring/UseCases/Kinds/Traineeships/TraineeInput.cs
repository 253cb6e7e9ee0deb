using Employment.Common.V1;
using Employment.Policy.Explanations;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases;

/// <summary>A trainee item's agreed period and early hire as given; bad dates are INVALID_ARGUMENT naming the item's field (trainees[0].traineeship).</summary>
public sealed record TraineePeriod(DateOnly Start, DateOnly End, DateOnly? HiredOn);

public static class TraineeInput
{
    public static TraineePeriod Period(V1.TraineeItem item, int index)
    {
        ArgumentNullException.ThrowIfNull(item);
        var field = $"trainees[{index}]";
        var start = Day(item.Traineeship?.From, $"{field}.traineeship.from")
            ?? throw DomainRuleException.Invalid($"{field}.traineeship.from", $"第 {index + 1} 项：请填写见习协议的开始日期（{field}.traineeship.from）。");
        var end = Day(item.Traineeship?.Until, $"{field}.traineeship.until")
            ?? throw DomainRuleException.Invalid($"{field}.traineeship.until", $"第 {index + 1} 项：请填写见习协议的结束日期（{field}.traineeship.until）。");
        if (end < start)
        {
            throw DomainRuleException.Invalid($"{field}.traineeship.until",
                $"第 {index + 1} 项：见习结束日（{end:yyyy-MM-dd}）早于开始日（{start:yyyy-MM-dd}）。 (The traineeship ends before it starts.)");
        }

        var hired = Day(item.HiredOn, $"{field}.hired_on");
        if (hired is { } day && (day < start || day > end))
        {
            throw DomainRuleException.Invalid($"{field}.hired_on",
                $"第 {index + 1} 项：见习期内录用日期（{day:yyyy-MM-dd}）须在见习期间（{start:yyyy-MM-dd} 至 {end:yyyy-MM-dd}）之内。");
        }

        if (hired is null && item.HiredWithSocialInsurance)
        {
            throw DomainRuleException.Invalid($"{field}.hired_on", $"第 {index + 1} 项：注明录用后缴纳社会保险时，请填写见习期内录用日期（{field}.hired_on）。");
        }

        return new TraineePeriod(start, end, hired);
    }

    /// <summary>The item as it is shown back: the person masked, the period and the facts as given.</summary>
    public static V1.TraineeItem Given(TraineePeriod period, bool retained, bool registered, bool insured, string idNumberMasked) => new()
    {
        PersonIdNumber = idNumberMasked,
        Traineeship = new DatePeriod { From = ProtoMapping.ToProto(period.Start), Until = ProtoMapping.ToProto(period.End) },
        HiredOn = period.HiredOn is { } hired ? ProtoMapping.ToProto(hired) : null,
        Retained = retained,
        RealNameRegistered = registered,
        HiredWithSocialInsurance = insured,
    };

    internal static DateOnly? Day(CalendarDate? date, string field)
    {
        if (date is null || (date.Year == 0 && date.Month == 0 && date.Day == 0))
        {
            return null;
        }

        try
        {
            return ProtoMapping.FromProto(date);
        }
        catch (ArgumentOutOfRangeException)
        {
            throw DomainRuleException.Invalid(field, $"日期无效（{field}）：{date.Year}-{date.Month}-{date.Day}。");
        }
    }
}
