namespace Employment.Hiring.Domain.Traineeships;

/// <summary>
/// A traineeship a standing claim (submitted, approved, paid) already subsidises for the person, with the
/// trainee months it pays (they count toward the person's 12-month cap, R11/R22).
/// </summary>
public sealed record StandingTraineeship(string ClaimId, DateOnly Start, DateOnly End, int PaidMonths = 0);

/// <summary>
/// A trainee month is subsidised once (R11, R22: 见习补贴 per trainee month): a traineeship that shares a
/// calendar month with one a standing claim of any host already holds for the same person is refused,
/// naming that claim. The months are calendar months (<see cref="HeldMonths"/>), which the database holds
/// under a unique index so that two racing claims cannot both hold one.
/// </summary>
public static class TraineeshipsPaidOnce
{
    public const string Rule = TraineeshipRuleIds.TraineeMonthPaidOnce;

    public static StandingTraineeship? Overlapping(IEnumerable<StandingTraineeship> standing, DateOnly start, DateOnly end)
    {
        ArgumentNullException.ThrowIfNull(standing);
        return standing.Where(s => MonthOf(s.Start) <= MonthOf(end) && MonthOf(start) <= MonthOf(s.End))
            .OrderBy(s => s.ClaimId, StringComparer.Ordinal).FirstOrDefault();
    }

    /// <summary>The calendar months ("2023-01") the agreed traineeship touches, first to last: what its item holds for the person.</summary>
    public static IReadOnlyList<string> HeldMonths(DateOnly start, DateOnly end)
    {
        var months = new List<string>();
        for (var month = new DateOnly(start.Year, start.Month, 1); month <= end; month = month.AddMonths(1))
        {
            months.Add($"{month:yyyy-MM}");
        }

        return months;
    }

    private static int MonthOf(DateOnly day) => (day.Year * 12) + day.Month;
}
