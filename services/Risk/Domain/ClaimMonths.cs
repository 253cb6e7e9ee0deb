using System.Globalization;

namespace Employment.Risk.Domain;

/// <summary>The months an item pays for ("2024-03"), as days.</summary>
public static class ClaimMonths
{
    public static DateOnly? FirstDay(string month) =>
        DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    /// <summary>The first and last day of the item's months, or of its event date's month when it pays for none.</summary>
    public static (DateOnly From, DateOnly Until)? Covered(PaidItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var days = item.Months.Select(FirstDay).OfType<DateOnly>().ToList();
        if (days.Count == 0 && item.EventDate is { } eventDate)
        {
            days.Add(new DateOnly(eventDate.Year, eventDate.Month, 1));
        }

        return days.Count == 0 ? null : (days.Min(), days.Max().AddMonths(1).AddDays(-1));
    }
}
