namespace Employment.Hiring.Domain.Referral;

/// <summary>
/// What the referral and transport subsidies hold in the database while a claim stands (R26): a placement
/// — the job seeker, the hiring employer, the contract start — is paid once whichever agency claims it; a
/// county pays a person at most its configured count a year, each standing claim holding one place.
/// </summary>
public static class OncePerPlacement
{
    public const string ReferralRule = "hiring.referral.once_per_placement";

    public const string TransportRule = "hiring.transport.per_year";

    public static string Referral(string jobSeekerId, string employerCreditCode, DateOnly contractStart) =>
        $"referral/{jobSeekerId}/{employerCreditCode}/{contractStart:yyyy-MM-dd}";

    /// <summary>The prefix of a person's places with a county in a year.</summary>
    public static string TransportYear(string county, string personId, int year) => $"transport/{county}/{personId}/{year}/";

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
