using System.Globalization;
using Employment.Common.V1;

namespace Employment.Web.Kit.Forms;

/// <summary>A day as a form's date input sends it (2024-03-15), as the contracts carry it.</summary>
public static class TypedDates
{
    /// <summary>The day typed, or null when it is not a year-month-day.</summary>
    public static CalendarDate? Of(string? typed) =>
        DateOnly.TryParseExact(typed?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? new CalendarDate { Year = day.Year, Month = day.Month, Day = day.Day }
            : null;
}
