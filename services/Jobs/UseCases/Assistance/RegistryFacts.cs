using Employment.Common.V1;
using Employment.Jobs.Domain.Assistance;

namespace Employment.Jobs.UseCases.Assistance;

/// <summary>
/// A registry profile read as the household list needs it: the zero-employment household recognitions
/// (their evidence reference names the household's 认定) and the spells of work — labour contracts and
/// businesses of their own — with their periods. Superseded facts are not in a profile.
/// </summary>
public static class RegistryFacts
{
    public static MemberFacts Of(PersonProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var recognitions = profile.Facts
            .Where(f => f.Kind == PersonFactKind.ZeroEmploymentHousehold && !f.Superseded)
            .Select(f => (f.EvidenceReference.Trim(), Period(f)))
            .ToList();
        var work = profile.Facts
            .Where(f => f.Kind is PersonFactKind.EmploymentContract or PersonFactKind.BusinessOwner && !f.Superseded)
            .Select(Period)
            .ToList();
        return new MemberFacts(profile.Person.PersonId, recognitions, work);
    }

    private static FactPeriod Period(PersonFact fact)
    {
        var from = fact.Period?.From is { Year: > 0 } f ? new DateOnly(f.Year, f.Month, f.Day) : DateOnly.MinValue;
        DateOnly? until = fact.Period?.Until is { Year: > 0 } u ? new DateOnly(u.Year, u.Month, u.Day) : null;
        return new FactPeriod(from, until);
    }
}
