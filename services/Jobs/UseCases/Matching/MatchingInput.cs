using Employment.Common.V1;
using Employment.Jobs.Domain.Matching;
using Employment.Jobs.Search;
using V1 = Employment.Jobs.V1;
using MatchGeoPoint = Employment.Jobs.Domain.Matching.GeoPoint;

namespace Employment.Jobs.UseCases.Matching;

/// <summary>The contract's messages read into the domain's terms, each refusal naming the field.</summary>
public static class MatchingInput
{
    /// <summary>The preferences of a request; absent is INVALID_ARGUMENT naming <c>preferences</c>.</summary>
    public static StatedPreferences Preferences(V1.JobPreferences? preferences)
    {
        if (preferences is null)
        {
            throw DomainRuleException.Invalid("preferences", "请提供求职意向（preferences）。");
        }

        var kinds = preferences.EmploymentTypes.Append(preferences.EmploymentType)
            .Where(t => t != V1.EmploymentType.Unspecified)
            .Select(t => (EmploymentKind)(int)t)
            .ToList();
        return new StatedPreferences
        {
            Occupations = [.. preferences.OccupationCodes],
            OccupationWords = [.. preferences.OccupationWords],
            Counties = [.. preferences.Regions.Select(r => r?.Code ?? "")],
            Kinds = kinds,
            Skills = [.. preferences.Keywords],
            PayFloorFen = preferences.MinSalary is { Fen: not 0 } floor ? floor.Fen : null,
            PayFloorPeriod = preferences.MinSalaryPeriod == V1.PayPeriod.Unspecified ? PayPeriod.Month : (PayPeriod)(int)preferences.MinSalaryPeriod,
            Place = preferences.Location is { } place ? new MatchGeoPoint(place.Latitude, place.Longitude) : null,
        };
    }
}
