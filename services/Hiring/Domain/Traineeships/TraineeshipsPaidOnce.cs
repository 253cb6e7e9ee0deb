namespace Employment.Hiring.Domain.Traineeships;

/// <summary>A traineeship a standing claim (submitted, approved, paid) already subsidises for the person.</summary>
public sealed record StandingTraineeship(string ClaimId, DateOnly Start, DateOnly End);

/// <summary>
/// A trainee month is subsidised once (R11, R22: 见习补贴 per trainee month): a traineeship that overlaps one a
/// standing claim of any host already holds for the same person is refused, naming that claim.
/// </summary>
public static class TraineeshipsPaidOnce
{
    public const string Rule = "hiring.trainee.month_paid_once";

    public static StandingTraineeship? Overlapping(IEnumerable<StandingTraineeship> standing, DateOnly start, DateOnly end)
    {
        ArgumentNullException.ThrowIfNull(standing);
        return standing.Where(s => s.Start <= end && start <= s.End).OrderBy(s => s.ClaimId, StringComparer.Ordinal).FirstOrDefault();
    }
}
