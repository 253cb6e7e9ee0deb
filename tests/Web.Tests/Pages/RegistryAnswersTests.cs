using Employment.Common.V1;
using Employment.Web.Public.Pages.SelfCheck.Measures;
using Xunit;

namespace Web.Tests.Pages;

/// <summary>
/// A signed-in person's self-check is filled from what the registry holds, only as the measures' own questions read
/// it: the highest education the measures name (a technical school's 中职, not a plain 高中), a 失业登记 still running,
/// the groups certified and not ended; what ended or is not held stays unanswered for the person to give.
/// </summary>
public sealed class RegistryAnswersTests
{
    private static readonly DateOnly Today = new(2026, 3, 10);

    private static CalendarDate Day(int year, int month, int day) => new() { Year = year, Month = month, Day = day };

    private static PersonFact Fact(PersonFactKind kind, CalendarDate from, CalendarDate? until = null) =>
        new() { Kind = kind, Authority = "登记机关", Period = new DatePeriod { From = from, Until = until } };

    private static PersonFact Schooling(EducationLevel level, bool technical, CalendarDate graduated) =>
        new() { Kind = PersonFactKind.Education, Authority = "学信网", Education = new Education { Level = level, TechnicalSchool = technical, GraduationDate = graduated } };

    private static Dictionary<string, string> Answers(params PersonFact[] facts)
    {
        var profile = new PersonProfile { Person = new Person { Name = "测试人", BirthDate = Day(2001, 4, 5) } };
        profile.Facts.Add(facts);
        return StatedPersonQuestions.FromRegistry(profile, Today).ToDictionary(a => a.Name, a => a.Value);
    }

    [Fact]
    public void Prefill_the_highest_education_the_measures_name_with_its_graduation_day()
    {
        var answers = Answers(Schooling(EducationLevel.Secondary, technical: true, Day(2019, 6, 30)), Schooling(EducationLevel.Bachelor, technical: false, Day(2023, 6, 30)));
        Assert.Equal("bachelor", answers[StatedPersonQuestions.Education]);
        Assert.Equal("2023-06-30", answers[StatedPersonQuestions.GraduationDate]);
        Assert.Equal("2001-04-05", answers[StatedPersonQuestions.BirthDate]);

        Assert.Equal("secondary_vocational", Answers(Schooling(EducationLevel.Secondary, technical: true, Day(2019, 6, 30)))[StatedPersonQuestions.Education]);
        Assert.False(Answers(Schooling(EducationLevel.Secondary, technical: false, Day(2019, 6, 30))).ContainsKey(StatedPersonQuestions.Education));
    }

    [Fact]
    public void Prefill_only_a_running_registration_and_groups_not_ended()
    {
        var running = Answers(Fact(PersonFactKind.UnemploymentRegistration, Day(2025, 9, 1)), Fact(PersonFactKind.EmploymentDifficulty, Day(2025, 9, 1), Day(2026, 9, 1)));
        Assert.Equal("2025-09-01", running[StatedPersonQuestions.RegisteredSince]);
        Assert.Equal("on", running[StatedPersonQuestions.EmploymentDifficulty]);

        var ended = Answers(Fact(PersonFactKind.UnemploymentRegistration, Day(2024, 1, 2), Day(2025, 1, 2)), Fact(PersonFactKind.Veteran, Day(2020, 1, 1), Day(2026, 3, 9)));
        Assert.False(ended.ContainsKey(StatedPersonQuestions.RegisteredSince));
        Assert.False(ended.ContainsKey(StatedPersonQuestions.Veteran));
    }
}
