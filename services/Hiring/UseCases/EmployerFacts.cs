using Employment.Common.V1;

namespace Employment.Hiring.UseCases;

/// <summary>From the registry's employer facts to what the rules read.</summary>
public static class EmployerFacts
{
    /// <summary>
    /// The 企业规模 recorded for the claimant in force on <paramref name="date"/> (the latest such fact,
    /// corrections skipped); <see cref="EnterpriseSize.Unspecified"/> when none is (size is a recorded fact, R13).
    /// </summary>
    public static EnterpriseSize SizeOn(Claimant claimant, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(claimant);
        return claimant.Facts
            .Where(f => !f.Superseded && f.Size is { } size && Covers(size.Period, date))
            .Select(f => f.Size.Size)
            .LastOrDefault(EnterpriseSize.Unspecified);
    }

    private static bool Covers(DatePeriod? period, DateOnly date) =>
        (period?.From is not { Year: > 0 } from || new DateOnly(from.Year, from.Month, from.Day) <= date)
        && (period?.Until is not { Year: > 0 } until || date <= new DateOnly(until.Year, until.Month, until.Day));
}
