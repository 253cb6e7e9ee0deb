namespace Employment.Hiring.Domain.Referral;

/// <summary>
/// What the referral and transport subsidies hold in the database while a claim stands (R26): a placement
/// — the job seeker, the hiring employer, the contract start — is paid once whichever agency claims it; a
/// person is paid at most the paying county's configured count a year, each standing claim holding one of
/// the person's places for that year whichever county pays it (the places are counted across counties, so a
/// second county cannot pay a person the first county's count already covers).
/// </summary>
public static class OncePerPlacement
{
    public const string ReferralRule = ReferralRuleIds.ReferralOncePerPlacement;

    public const string TransportRule = ReferralRuleIds.TransportPerYear;

    public static string Referral(string jobSeekerId, string employerCreditCode, DateOnly contractStart) =>
        $"referral/{jobSeekerId}/{employerCreditCode}/{contractStart:yyyy-MM-dd}";

    /// <summary>The prefix of a person's places in a year, in every county (R26, across counties).</summary>
    public static string TransportYear(string personId, int year) => $"transport/{personId}/{year}/";

    /// <summary>The lowest place (1, 2, …) not held, given the keys held under <see cref="TransportYear"/>.</summary>
    public static string TransportPlace(string yearPrefix, IReadOnlyCollection<string> held)
    {
        ArgumentNullException.ThrowIfNull(held);
        var place = 1;
        while (held.Contains(yearPrefix + place))
        {
            place++;
        }

        return yearPrefix + place;
    }
}
