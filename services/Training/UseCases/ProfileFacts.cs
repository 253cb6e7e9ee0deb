using Employment.Common.V1;
using Employment.Training.Domain.SkillUpgrade;

namespace Employment.Training.UseCases;

/// <summary>From the registry's profile to the facts the skill-upgrade rules read.</summary>
public static class ProfileFacts
{
    /// <summary>Unemployment insurance (its own kind, or social insurance of the unemployment scheme), benefit and contracts.</summary>
    public static PersonInsuranceFacts InsuranceFacts(PersonProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var facts = profile.Facts.Where(f => !f.Superseded).ToList();
        var insurance = facts
            .Where(f => f.Kind is PersonFactKind.UnemploymentInsurance
                || (f.Kind == PersonFactKind.SocialInsurance && f.Insurance?.Scheme == InsuranceScheme.Unemployment))
            .Where(f => f.Insurance is not null)
            .Select(f => new UnemploymentInsuranceSpan(Span(f.Period), f.Insurance.Months, f.FactId))
            .ToList();
        var benefit = facts.Where(f => f.Kind == PersonFactKind.UnemploymentBenefit).Select(f => (Span(f.Period), f.FactId)).ToList();
        var contracts = facts.Where(f => f.Kind == PersonFactKind.EmploymentContract).Select(f => (Span(f.Period), f.FactId)).ToList();
        return new PersonInsuranceFacts(insurance, benefit, contracts);
    }

    /// <summary>A certificate recorded in the registry (职业资格 / 职业技能等级证书 fact), or null.</summary>
    public static Certificate? RecordedCertificate(PersonProfile profile, string factId) =>
        profile.Facts.FirstOrDefault(f => !f.Superseded && f.Kind == PersonFactKind.Certificate && f.FactId == factId)?.Certificate;

    /// <summary>An absent (or all-zero) start is "since always", an absent end "still in force", as the registry stores them.</summary>
    private static DateSpan Span(DatePeriod? period) => new(Day(period?.From) ?? DateOnly.MinValue, Day(period?.Until));

    private static DateOnly? Day(CalendarDate? date) =>
        date is { Year: > 0 } ? new DateOnly(date.Year, date.Month, date.Day) : null;
}
