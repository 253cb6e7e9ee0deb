using Employment.Common.V1;
using Employment.Policy.Explanations;

namespace Employment.Applicants.Domain.Registry;

/// <summary>The days a fact describes; either end may be open. A period never ends before it begins.</summary>
public readonly record struct FactPeriod(DateOnly? From, DateOnly? Until)
{
    /// <summary>The period a clerk entered; a broken rule naming <paramref name="field"/> (or its .from/.until) when a date does not exist or the ends are reversed.</summary>
    public static FactPeriod Of(DatePeriod? period, string field)
    {
        var from = ClerkDate(period?.From, field + ".from");
        var until = ClerkDate(period?.Until, field + ".until");
        if (from is not null && until is not null && until < from)
        {
            throw DomainRuleException.Invalid(field, $"起始日期 {from:yyyy-MM-dd} 晚于截止日期 {until:yyyy-MM-dd}。");
        }

        return new FactPeriod(from, until);
    }

    /// <summary>A date a clerk entered: none when all zero (proto3's unset), a broken rule when no such day exists.</summary>
    public static DateOnly? ClerkDate(CalendarDate? date, string field)
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
            throw DomainRuleException.Invalid(field, $"日期 {date.Year}-{date.Month}-{date.Day} 不存在。");
        }
    }
}
