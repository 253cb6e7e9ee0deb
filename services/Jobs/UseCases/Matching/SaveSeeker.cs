using Employment.Jobs.Data.Seekers;
using Employment.Jobs.Domain.Matching;
using Employment.Jobs.Search;
using Employment.ServiceDefaults.Data;
using Employment.ServiceDefaults.Errors;
using Employment.ServiceDefaults.Time;
using Employment.ServiceDefaults.Validation;

namespace Employment.Jobs.UseCases.Matching;

/// <summary>
/// Registers a registry person as a seeker, or replaces the preferences of the seeker they already
/// are. Idempotent by nature: the person is the key (one seeker per person), and the preferences are
/// replaced, not added to, so a retry leaves what the first call left.
/// </summary>
/// <param name="HomeCountyCode">Where they live; empty = the registry's 常住地 (residence_region).</param>
/// <param name="AssistanceCaseId">The 就业援助 case they are in; null = none.</param>
public sealed record SaveSeekerRequest(string PersonId, string HomeCountyCode, StatedPreferences Preferences, string? AssistanceCaseId, string Actor);

public sealed class SaveSeeker(SeekerStore store, SeekerReader reader, SeekerQualifications qualifications, ChinaClock clock)
{
    public const string IdPrefix = "S";

    public async Task<SeekerView> SaveAsync(SaveSeekerRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var personId = PlainText.Check(request.PersonId, "person.person_id", 64, "登记编号");
        var preferences = (request.Preferences ?? throw DomainRuleException.Invalid("preferences", "请提供求职意向。")).Checked();
        var caseId = request.AssistanceCaseId is null ? null : PlainText.Check(request.AssistanceCaseId, "assistance_case_id", 64, "就业援助编号");

        // The person must be one the registry knows; their home defaults to where it says they live.
        var profile = await qualifications.ProfileAsync(personId, cancellationToken);
        var given = (request.HomeCountyCode ?? "").Trim();
        var home = given.Length > 0
            ? RegionCodes.Place(new Employment.Common.V1.RegionCode { Code = given }, "home_region", required: true)
            : RegionCodes.Place(profile.Person?.ResidenceRegion, "home_region", required: true);

        var seeker = await store.FindByPersonAsync(personId, cancellationToken);
        if (seeker is null)
        {
            seeker = new SeekerRecord { SeekerId = RecordIds.New(IdPrefix), PersonId = personId };
            seeker.StampCreated(request.Actor, clock.Now);
            store.Add(seeker);
        }
        else
        {
            seeker.StampChanged(request.Actor, clock.Now);
        }

        seeker.HomeCountyCode = home;
        seeker.HomeCityCode = WorkRegion.CityOf(home);
        seeker.AssistanceCaseId = caseId;
        seeker.Active = true;
        SeekerStore.Replace(seeker, preferences);
        await store.SaveAsync(cancellationToken);
        return reader.Read(seeker, profile).View;
    }
}
