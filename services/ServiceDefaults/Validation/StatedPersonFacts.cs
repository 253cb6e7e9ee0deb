using Employment.Common.V1;
using Employment.Policy.Explanations;
using Employment.ServiceDefaults.Errors;

namespace Employment.ServiceDefaults.Validation;

/// <summary>
/// A person's statements for a public self-check (<see cref="StatedPerson"/>) as the registry facts the counter
/// would read, sourced 本人填报, so every service's group checks judge them exactly as they judge the registry's:
/// an education with its graduation date, an unemployment registration still in force, a certified status, and
/// — when the person says they were employed — a labour contract on the day before the event (R20).
/// </summary>
public static class StatedPersonFacts
{
    /// <summary>The source every stated fact carries.</summary>
    public const string Stated = "本人填报";

    /// <summary>What every self-check answer rests on; the counter reads the registry instead.</summary>
    public const string Notice = "结果仅供参考，以窗口审核为准：测算依据本人填报的情况，窗口受理时以登记系统记录和所交材料为准。";

    /// <summary>The profile the statements make; <paramref name="eventDay"/> is the day the groups are judged on.</summary>
    /// <param name="employedOnEventDay">A stated employment covers the event day too (a course started while employed), not only the day before.</param>
    public static PersonProfile Profile(StatedPerson? stated, string field, DateOnly eventDay, bool employedOnEventDay = false)
    {
        stated ??= new StatedPerson();
        var birth = Day(stated.BirthDate, $"{field}.birth_date");
        var profile = new PersonProfile { Person = new Person { BirthDate = birth is { } b ? ProtoMapping.ToProto(b) : null } };
        if (stated.Education is { } education && education.Level != EducationLevel.Unspecified)
        {
            var graduated = Day(education.GraduationDate, $"{field}.education.graduation_date")
                ?? throw DomainRuleException.Invalid($"{field}.education.graduation_date", $"填写了学历，请同时填写毕业（预计毕业）日期（{field}.education.graduation_date）。");
            profile.Facts.Add(Fact("education", PersonFactKind.Education, f => f.Education = new Education
            {
                Level = education.Level,
                TechnicalSchool = education.TechnicalSchool,
                GraduationDate = ProtoMapping.ToProto(graduated),
            }));
        }

        if (Day(stated.UnemploymentRegisteredSince, $"{field}.unemployment_registered_since") is { } since)
        {
            if (since > eventDay)
            {
                throw DomainRuleException.Invalid($"{field}.unemployment_registered_since", $"失业登记日期（{since:yyyy-MM-dd}）晚于测算所依据的日期（{eventDay:yyyy-MM-dd}），请核对（{field}.unemployment_registered_since）。");
            }

            profile.Facts.Add(Fact("registration", PersonFactKind.UnemploymentRegistration, f => f.Period = new DatePeriod { From = ProtoMapping.ToProto(since) }));
        }

        foreach (var (on, kind) in new[]
        {
            (stated.EmploymentDifficulty, PersonFactKind.EmploymentDifficulty),
            (stated.Veteran, PersonFactKind.Veteran),
            (stated.ReturningMigrantWorker, PersonFactKind.ReturningMigrantWorker),
        })
        {
            if (on)
            {
                profile.Facts.Add(Fact(kind.ToString(), kind, _ => { }));
            }
        }

        if (stated.EmployedBefore)
        {
            var until = ProtoMapping.ToProto(employedOnEventDay ? eventDay : eventDay.AddDays(-1));
            profile.Facts.Add(Fact("contract", PersonFactKind.EmploymentContract, f => f.Period = new DatePeriod { From = ProtoMapping.ToProto(eventDay.AddDays(-1)), Until = until }));
        }

        return profile;
    }

    /// <summary>A date a request states, or null when it states none; an impossible date is INVALID_ARGUMENT naming the field.</summary>
    public static DateOnly? Day(CalendarDate? date, string field)
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

    /// <summary>A month count a form states: 1 to <paramref name="max"/> (an input limit, not a policy figure).</summary>
    public static int Months(int months, string field, string nameZh, int max = 120) =>
        months >= 1 && months <= max
            ? months
            : throw DomainRuleException.Invalid(field, $"{nameZh}（{field}）应为 1 至 {max} 的整数（收到 {months}）。");

    /// <summary>An amount a form states, in fen: zero or more.</summary>
    public static long Fen(Money? money, string field, string nameZh) =>
        money?.Fen is { } fen && fen >= 0
            ? fen
            : throw DomainRuleException.Invalid(field, $"请填写{nameZh}（{field}），金额不能为负数。");

    /// <summary>The first day of the month a date falls in.</summary>
    public static DateOnly MonthOf(DateOnly day) => new(day.Year, day.Month, 1);

    private static PersonFact Fact(string id, PersonFactKind kind, Action<PersonFact> fill)
    {
        var fact = new PersonFact { FactId = $"{Stated}-{id}", Kind = kind, Authority = Stated };
        fill(fact);
        return fact;
    }
}
