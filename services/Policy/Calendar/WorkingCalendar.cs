namespace Employment.Policy.Calendar;

/// <summary>
/// One year's 节假日安排 as the State Council's notice for the year sets it: the public holidays off work and the
/// weekend days worked in exchange (调休), with the notice as the source. Configuration (R3): the documents count
/// time limits in working days and name no calendar.
/// </summary>
public sealed record CalendarYear(int Year, string Source, IReadOnlySet<DateOnly> Holidays, IReadOnlySet<DateOnly> WorkingWeekendDays, bool IsSample);

/// <summary>
/// Working days (工作日): Monday to Friday, less the configured holidays, plus the configured 调休 weekend days. A year
/// with no configured arrangement counts Monday to Friday only, and says so (<see cref="Covers"/>), so that a
/// screen can tell the clerk its count is not exact rather than guess the holidays.
/// </summary>
public sealed class WorkingCalendar
{
    private readonly Dictionary<int, CalendarYear> _years;

    public WorkingCalendar(IEnumerable<CalendarYear> years)
    {
        ArgumentNullException.ThrowIfNull(years);
        _years = years.GroupBy(y => y.Year).ToDictionary(g => g.Key, g => g.OrderBy(y => y.IsSample).First());
    }

    public static WorkingCalendar Empty { get; } = new([]);

    public IEnumerable<CalendarYear> Years => _years.Values.OrderBy(y => y.Year);

    /// <summary>Whether every year from <paramref name="from"/> to <paramref name="until"/> has its arrangement configured.</summary>
    public bool Covers(DateOnly from, DateOnly until)
    {
        for (var year = from.Year; year <= until.Year; year++)
        {
            if (!_years.ContainsKey(year))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The configured arrangement of the year, if any.</summary>
    public CalendarYear? Of(int year) => _years.GetValueOrDefault(year);

    public bool IsWorkingDay(DateOnly day)
    {
        if (_years.TryGetValue(day.Year, out var year))
        {
            if (year.Holidays.Contains(day))
            {
                return false;
            }

            if (year.WorkingWeekendDays.Contains(day))
            {
                return true;
            }
        }

        return day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
    }

    /// <summary>
    /// The day a limit of <paramref name="workingDays"/> working days counted from <paramref name="start"/> ends: the
    /// day of receipt is not counted (自受理之日起), the limit's last working day is.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly start, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var day = start;
        for (var counted = 0; counted < workingDays;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                counted++;
            }
        }

        return day;
    }

    /// <summary>Working days after <paramref name="start"/> up to and including <paramref name="until"/> (0 when until is not after start).</summary>
    public int WorkingDaysBetween(DateOnly start, DateOnly until)
    {
        var count = 0;
        for (var day = start.AddDays(1); day <= until; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                count++;
            }
        }

        return count;
    }
}
