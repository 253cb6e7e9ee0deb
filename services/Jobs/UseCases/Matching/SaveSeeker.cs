using Employment.Policy.Model;
using Employment.Jobs.Data;
using Employment.Jobs.Data.Seekers;
using Employment.Jobs.Domain.Matching;
using Employment.Jobs.Search;
using Employment.Persistence.Idempotency;
using Employment.ServiceDefaults.Data;
using Employment.ServiceDefaults.Errors;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Employment.ServiceDefaults.Validation;
using Microsoft.Extensions.Logging;
using V1 = Employment.Jobs.V1;

namespace Employment.Jobs.UseCases.Matching;

/// <summary>
/// Registers a registry person as a seeker, or replaces the preferences of the seeker they already
/// are. Idempotent by nature: the person is the key (one seeker per person), and the preferences are
/// replaced, not added to, so a retry leaves what the first call left.
/// </summary>
/// <param name="HomeCountyCode">Where they live; empty = the registry's 常住地 (residence_region).</param>
/// <param name="AssistanceCaseId">The 就业援助 case they are in; null = none.</param>
/// <param name="Clerk">Who saves it: a counter acts only for people living in its region (RegionScope).</param>
/// <param name="Active">False: the seeker stays on record but is neither matched nor listed as a candidate.</param>
public sealed record SaveSeekerRequest(string PersonId, string HomeCountyCode, StatedPreferences Preferences, string? AssistanceCaseId, Caller Clerk, bool Active = true);

public sealed class SaveSeeker(JobsDbContext db, SeekerStore store, SeekerReader reader, SeekerQualifications qualifications, MatchWeights weights, ChinaClock clock, ILogger<SaveSeeker> logger)
{
    public const string IdPrefix = "S";

    /// <summary>RegisterSeeker: the person by registry id, in <see cref="IdempotentWrite"/> (a retry with the key gets the first answer).</summary>
    public Task<V1.Seeker> RegisterAsync(V1.RegisterSeekerRequest request, Caller clerk, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(clerk);
        if (request.Person is not { KeyCase: Employment.Common.V1.PersonKey.KeyOneofCase.PersonId })
        {
            throw DomainRuleException.Invalid("person.person_id", "请提供登记系统中的人员编号（person.person_id）：求职者须先在登记系统中登记。");
        }

        var save = new SaveSeekerRequest(request.Person.PersonId, request.HomeRegion?.Code ?? "", MatchingInput.Preferences(request.Preferences),
            Optional(request.AssistanceCaseId), clerk);
        return IdempotentWrite.RunAsync(db, clock.Now, "RegisterSeeker", clerk, request.IdempotencyKey, request, V1.Seeker.Parser,
            async () => MatchingAnswers.Seeker(await SaveAsync(save, cancellationToken)), cancellationToken);
    }

    /// <summary>UpdateSeeker: the seeker at the version the clerk read, preferences replaced, in <see cref="IdempotentWrite"/>.</summary>
    public Task<V1.Seeker> UpdateAsync(V1.UpdateSeekerRequest request, Caller clerk, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(clerk);
        var preferences = MatchingInput.Preferences(request.Preferences);
        return IdempotentWrite.RunAsync(db, clock.Now, "UpdateSeeker", clerk, request.IdempotencyKey, request, V1.Seeker.Parser, async () =>
        {
            var seeker = await reader.VisibleAsync(request.SeekerId, clerk, cancellationToken);
            if (seeker.Version != request.ExpectedVersion)
            {
                throw DomainRuleException.Stale("求职者", seeker.Version, request.ExpectedVersion);
            }

            var save = new SaveSeekerRequest(seeker.PersonId, request.HomeRegion?.Code ?? "", preferences, Optional(request.AssistanceCaseId), clerk, request.Active);
            return MatchingAnswers.Seeker(await SaveAsync(save, cancellationToken));
        }, cancellationToken);
    }

    public async Task<SeekerView> SaveAsync(SaveSeekerRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.Clerk);
        var personId = PlainText.Check(request.PersonId, "person.person_id", 64, "登记编号");
        var preferences = (request.Preferences ?? throw DomainRuleException.Invalid("preferences", "请提供求职意向。")).Checked(weights.MaxMonthlyPayFloorFen);
        var caseId = request.AssistanceCaseId is null ? null : PlainText.Check(request.AssistanceCaseId, "assistance_case_id", 64, "就业援助编号");

        // The person must be one the registry knows and the clerk's region covers (as the registry itself
        // would answer the clerk); their home defaults to where it says they live.
        var profile = await qualifications.PersonForAsync(request.Clerk, personId, cancellationToken);
        var given = (request.HomeCountyCode ?? "").Trim();
        var home = given.Length > 0
            ? RegionCodes.Place(new Employment.Common.V1.RegionCode { Code = given }, "home_region", required: true)
            : RegionCodes.Place(profile.Person?.ResidenceRegion, "home_region", required: true);
        RegionScope.Of(request.Clerk).RequireCovers("home_region", home);

        var seeker = await store.FindByPersonAsync(personId, cancellationToken);
        if (seeker is not null && !RegionScope.Of(request.Clerk).Covers(seeker.HomeCountyCode))
        {
            // A seeker keeps the region it was registered in: another region's counter may neither read
            // nor overwrite it (its preferences, home and history are that office's work).
            throw DomainRuleException.NotAllowed(
                "该人员已在其他地区的公共就业服务机构登记为求职者，本窗口不能修改其求职登记；请由其登记地的窗口办理，或请其登记地注销后再在本地登记。 (seeker registered in another region)");
        }

        if (seeker is null)
        {
            seeker = new SeekerRecord { SeekerId = RecordIds.New(IdPrefix), PersonId = personId };
            seeker.StampCreated(request.Clerk.Subject, clock.Now);
            store.Add(seeker);
        }
        else
        {
            seeker.StampChanged(request.Clerk.Subject, clock.Now);
        }

        seeker.HomeCountyCode = home;
        seeker.HomeCityCode = Region.CityOf(home);
        seeker.AssistanceCaseId = caseId;
        seeker.Active = request.Active;
        SeekerStore.Replace(seeker, preferences);
        await store.SaveAsync(cancellationToken);
        MatchingLog.SeekerSaved(logger, seeker.SeekerId, request.Clerk.Subject, home, seeker.Active);
        return reader.Read(seeker, profile).View;
    }

    private static string? Optional(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
