namespace Employment.Hiring.Domain.Traineeships;

/// <summary>Trainee months as R22 counts them: whole months only, each from the start day to the day before the same day a month later.</summary>
internal static class TraineeMonths
{
    /// <summary>First days of the whole months between <paramref name="start"/> and <paramref name="lastDay"/> (inclusive), at most <paramref name="max"/>.</summary>
    public static IReadOnlyList<DateOnly> Whole(DateOnly start, DateOnly lastDay, int max)
    {
        var months = new List<DateOnly>();
        // Month n ends on the day before start + (n+1) months; AddMonths from the start keeps a 31st start
        // on the last day of shorter months.
        while (months.Count < max && start.AddMonths(months.Count + 1).AddDays(-1) <= lastDay)
        {
            months.Add(start.AddMonths(months.Count));
        }

        return months;
    }
}
