using Employment.Common.V1;
using Employment.Web.Public.Pages.Hall;
using Xunit;

namespace Web.Tests.Pages;

/// <summary>
/// A signed-in person's self-check is filled from what the registry holds, by the paths of the contract's stated person:
/// the highest education with its graduation day and whether it is a technical school's, a 失业登记 still running,
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
        return RegistryAnswers.Of(profile, Today).ToDictionary(a => a.Path, a => a.Value);
    }

    [Fact]
    public void Prefill_the_highest_education_with_its_graduation_day_and_whether_it_is_a_technical_school()
    {
        var answers = Answers(Schooling(EducationLevel.Secondary, technical: true, Day(2019, 6, 30)), Schooling(EducationLevel.Bachelor, technical: false, Day(2023, 6, 30)));
        Assert.Equal("EDUCATION_LEVEL_BACHELOR", answers["education.level"]);
        Assert.Equal("false", answers["education.technical_school"]);
        Assert.Equal("2023-06-30", answers["education.graduation_date"]);
        Assert.Equal("2001-04-05", answers["birth_date"]);

        // A technical school's 中职 and a plain 高中 are one level; the measures tell them apart by the school.
        Assert.Equal("true", Answers(Schooling(EducationLevel.Secondary, technical: true, Day(2019, 6, 30)))["education.technical_school"]);
        Assert.Equal("false", Answers(Schooling(EducationLevel.Secondary, technical: false, Day(2019, 6, 30)))["education.technical_school"]);
    }

    [Fact]
    public void Prefill_only_a_running_registration_and_groups_not_ended()
    {
        var running = Answers(Fact(PersonFactKind.UnemploymentRegistration, Day(2025, 9, 1)), Fact(PersonFactKind.EmploymentDifficulty, Day(2025, 9, 1), Day(2026, 9, 1)));
        Assert.Equal("2025-09-01", running["unemployment_registered_since"]);
        Assert.Equal("true", running["employment_difficulty"]);

        var ended = Answers(Fact(PersonFactKind.UnemploymentRegistration, Day(2024, 1, 2), Day(2025, 1, 2)), Fact(PersonFactKind.Veteran, Day(2020, 1, 1), Day(2026, 3, 9)));
        Assert.False(ended.ContainsKey("unemployment_registered_since"));
        Assert.False(ended.ContainsKey("veteran"));
    }
}
