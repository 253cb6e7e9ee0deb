using Employment.Policy;
using Employment.Policy.Loading;
using Xunit;

namespace Policy.Tests;

/// <summary>
/// 工作日 on the configured 节假日安排 (R3): Monday to Friday, less the year's holidays, plus its worked 调休 weekend days,
/// as the time limits of decisions are counted; a year with no arrangement counts weekdays and says so.
/// </summary>
public sealed class WorkingCalendarTests : IDisposable
{
    // A year's arrangement in the shape of the State Council's notice: 国庆 1–7 October off, Sunday 20 September and
    // Saturday 10 October worked.
    private const string Autumn = """
        calendar:
          - year: 2026
            source: 测试用节假日安排
            holidays: [2026-10-01, 2026-10-02, 2026-10-03, 2026-10-04, 2026-10-05, 2026-10-06, 2026-10-07]
            working_weekend_days: [2026-09-20, 2026-10-10]
        """;

    private readonly TestCatalog _files = new TestCatalog()
        .Document("jz")
        .Measures("jz", "loans", """
            measures:
              - id: cap
                domain: loans
                title: 市级额度
                clause: （六）
                parameters:
                  - key: loans.cap
                    value: 20000000
                    unit: fen
                    from: 2023-01-01
            """);

    public void Dispose() => _files.Dispose();

    private PolicyCatalog Load(string yaml) => CatalogLoader.Load(_files.Configuration("calendar", yaml).Root);

    [Fact]
    public void R3_a_limit_counts_working_days_after_the_day_received_skipping_the_holidays_and_counting_the_worked_weekend_days()
    {
        var calendar = Load(Autumn).Calendar;

        // Received Friday 18 September: Sunday the 20th is worked (1), 21–25 (6), 28–30 (9), 1–7 October off,
        // Thursday 8th (10).
        Assert.Equal(new DateOnly(2026, 10, 8), calendar.AddWorkingDays(new DateOnly(2026, 9, 18), 10));
        Assert.Equal(10, calendar.WorkingDaysBetween(new DateOnly(2026, 9, 18), new DateOnly(2026, 10, 8)));
        // Saturday 10 October is worked; Sunday the 11th is not.
        Assert.Equal(2, calendar.WorkingDaysBetween(new DateOnly(2026, 10, 8), new DateOnly(2026, 10, 11)));
        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 10, 5)));
        Assert.True(calendar.Covers(new DateOnly(2026, 9, 18), new DateOnly(2026, 12, 31)));
    }

    [Fact]
    public void R3_a_year_with_no_arrangement_counts_monday_to_friday_and_says_it_is_not_covered()
    {
        var calendar = Load(Autumn).Calendar;

        Assert.False(calendar.Covers(new DateOnly(2026, 12, 20), new DateOnly(2027, 1, 10)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2027, 1, 1)));
        Assert.Equal(5, calendar.WorkingDaysBetween(new DateOnly(2027, 1, 1), new DateOnly(2027, 1, 8)));
    }

    [Fact]
    public void R3_a_weekday_as_a_worked_day_a_day_of_another_year_and_a_year_twice_are_refused_with_their_file()
    {
        var refused = Assert.Throws<CatalogValidationException>(() => Load("""
            calendar:
              - year: 2026
                source: 测试
                holidays: [2027-01-01]
                working_weekend_days: [2026-10-09]
              - year: 2026
                source: 测试
            """));

        Assert.Contains("2027-01-01 is not in 2026", refused.Message, StringComparison.Ordinal);
        Assert.Contains("2026-10-09 is a weekday", refused.Message, StringComparison.Ordinal);
        Assert.Contains("the calendar of 2026 is configured twice", refused.Message, StringComparison.Ordinal);
        Assert.Contains("calendar.yaml", refused.Message, StringComparison.Ordinal);
    }
}
