namespace Employment.Figures.Domain;

/// <summary>The periods of a year's figures: the year ("2024", month 0) and its months ("2024-03").</summary>
public static class FigurePeriods
{
    public const int WholeYear = 0;

    public static string Name(int year, int month) => month == WholeYear
        ? year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture)
        : $"{year:D4}-{month:D2}";

    /// <summary>"2024" or "2024-03" as (year, month); false for anything else.</summary>
    public static bool TryParse(string period, out int year, out int month)
    {
        year = month = 0;
        if (period is { Length: 4 } && int.TryParse(period, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out year))
        {
            return true;
        }

        return period is { Length: 7 } && period[4] == '-'
            && int.TryParse(period[..4], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out year)
            && int.TryParse(period[5..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out month)
            && month is >= 1 and <= 12;
    }

    public static (DateOnly From, DateOnly Until) Days(int year, int month) => month == WholeYear
        ? (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31))
        : (new DateOnly(year, month, 1), new DateOnly(year, month, 1).AddMonths(1).AddDays(-1));
}
