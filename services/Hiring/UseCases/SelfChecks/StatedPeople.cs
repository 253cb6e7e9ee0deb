using Employment.Common.V1;
using Employment.Policy.Explanations;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases.SelfChecks;

/// <summary>
/// A person's statements for a self-check as the registry facts the counter would read (sourced 本人填报), so
/// the group checks of every measure judge them exactly as they judge the registry's: an education with its
/// graduation date, an unemployment registration still in force, a certified status, and — when the person was
/// employed — a contract in force on the day before the event (R20).
/// </summary>
internal static class StatedPeople
{
    public const string Stated = "本人填报";

    /// <summary>结果仅供参考: the statements the answers rest on; the counter reads the registry instead.</summary>
    public const string Notice = "结果仅供参考，以窗口审核为准：测算依据本人填报的情况，窗口受理时以登记系统记录和所交材料为准。";

    /// <summary>The profile the statements make; <paramref name="eventDay"/> is the day the groups are judged on.</summary>
    public static PersonProfile Profile(V1.StatedPerson? stated, string field, DateOnly eventDay)
    {
        stated ??= new V1.StatedPerson();
        var birth = HireInput.Day(stated.BirthDate, $"{field}.birth_date");
        var profile = new PersonProfile { Person = new Person { BirthDate = birth is { } b ? ProtoMapping.ToProto(b) : null } };
        if (stated.Education is { } education && education.Level != EducationLevel.Unspecified)
        {
            var graduated = HireInput.Day(education.GraduationDate, $"{field}.education.graduation_date")
                ?? throw DomainRuleException.Invalid($"{field}.education.graduation_date", $"填写了学历，请同时填写毕业（预计毕业）日期（{field}.education.graduation_date）。");
            profile.Facts.Add(Fact("education", PersonFactKind.Education, f => f.Education = new Education
            {
                Level = education.Level,
                TechnicalSchool = education.TechnicalSchool,
                GraduationDate = ProtoMapping.ToProto(graduated),
            }));
        }

        if (HireInput.Day(stated.UnemploymentRegisteredSince, $"{field}.unemployment_registered_since") is { } since)
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
            var dayBefore = ProtoMapping.ToProto(eventDay.AddDays(-1));
            profile.Facts.Add(Fact("contract", PersonFactKind.EmploymentContract, f => f.Period = new DatePeriod { From = dayBefore, Until = dayBefore }));
        }

        return profile;
    }

    private static PersonFact Fact(string id, PersonFactKind kind, Action<PersonFact> fill)
    {
        var fact = new PersonFact { FactId = $"{Stated}-{id}", Kind = kind, Authority = Stated };
        fill(fact);
        return fact;
    }

    /// <summary>A month count a form states: positive and at most <paramref name="max"/> (an input limit, not a policy figure).</summary>
    public static int Months(int months, string field, string nameZh, int max = 120) =>
        months is >= 1 and var m && m <= max
            ? m
            : throw DomainRuleException.Invalid(field, $"{nameZh}（{field}）应为 1 至 {max} 的整数（收到 {months}）。");

    /// <summary>A monthly amount a form states, in fen: zero or more.</summary>
    public static long Fen(Money? money, string field, string nameZh) =>
        money?.Fen is { } fen && fen >= 0
            ? fen
            : throw DomainRuleException.Invalid(field, $"请填写{nameZh}（{field}），金额不能为负数。");

    /// <summary>The first day of the month a date falls in.</summary>
    public static DateOnly MonthOf(DateOnly day) => new(day.Year, day.Month, 1);
}
