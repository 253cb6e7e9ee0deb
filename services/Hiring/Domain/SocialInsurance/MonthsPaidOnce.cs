namespace Employment.Hiring.Domain.SocialInsurance;

/// <summary>A month of a person's social insurance that a standing claim already subsidises, and that claim.</summary>
public sealed record StandingMonth(string Month, string ClaimId);

/// <summary>
/// 从高不重复 across claims (R21, R25): a person's month of social insurance is subsidised once — by one
/// claim, of any employer — while that claim's item stands (submitted, approved, paid).
/// </summary>
public static class MonthsPaidOnce
{
    public const string Rule = SocialInsuranceRuleIds.SiMonthPaidOnce;

    /// <summary>The first month of <paramref name="claimed"/> that a standing claim already holds, or null.</summary>
    public static StandingMonth? FirstHeld(IReadOnlyCollection<StandingMonth> standing, IEnumerable<string> claimed)
    {
        ArgumentNullException.ThrowIfNull(standing);
        ArgumentNullException.ThrowIfNull(claimed);
        var held = standing.GroupBy(s => s.Month, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.OrderBy(s => s.ClaimId, StringComparer.Ordinal).First(), StringComparer.Ordinal);
        return claimed.Order(StringComparer.Ordinal).Select(m => held.GetValueOrDefault(m)).FirstOrDefault(h => h is not null);
    }
}
