using Employment.Common.V1;
using Employment.Jobs.Domain.Matching;
using Employment.Policy;
using Employment.Policy.Categories;
using Employment.Policy.Explanations;
using Employment.Policy.Model;
using Employment.ProfileCache;
using Employment.ServiceDefaults.Errors;
using Employment.ServiceDefaults.Security;
using Grpc.Core;
using DomainCertificate = Employment.Jobs.Domain.Matching.Certificate;
using DomainEducation = Employment.Jobs.Domain.Matching.EducationLevel;

namespace Employment.Jobs.UseCases.Matching;

/// <summary>
/// Reads a seeker's registry profile through the shared profile cache and turns it into what matching
/// uses, on the match date (R10: facts in force that day): certificates, highest education, and the
/// priority groups — 零就业家庭 and 就业困难人员 decided by the category functions against the catalog for
/// the seeker's home region, an assistance case from the seeker's record.
/// </summary>
public sealed class SeekerQualifications(IProfileReader profiles, RegionCheckedRegistry registry, ApplicantCategories categories, PolicyCatalog catalog)
{
    public const string Purpose = "jobs.matching";

    /// <summary>
    /// The person a clerk names to register as a seeker, through the platform's one region-checked
    /// lookup: NOT_FOUND unless the clerk's region covers where the registry has them registered.
    /// </summary>
    public async Task<PersonProfile> PersonForAsync(Caller clerk, string personId, CancellationToken cancellationToken) =>
        (await registry.PersonByIdAsync(clerk, personId, new RegistryQuery(Purpose, "登记人员", "person.person_id", default), cancellationToken: cancellationToken)).Profile;

    /// <summary>The profile of a seeker the caller may already see, or NOT_FOUND naming the person when the registry no longer knows them.</summary>
    public async Task<PersonProfile> ProfileAsync(string personId, CancellationToken cancellationToken)
    {
        try
        {
            return (await profiles.GetPersonAsync(personId, Purpose, cancellationToken)).Profile;
        }
        catch (RpcException e) when (e.StatusCode is StatusCode.NotFound or StatusCode.InvalidArgument)
        {
            throw DomainRuleException.NotFound("登记人员", personId);
        }
    }

    public RegistryQualifications Of(PersonProfile profile, string homeCountyCode, bool inAssistanceCase, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var certificates = PersonFacts.Current(profile, PersonFactKind.Certificate)
            .Where(f => f.Certificate is not null && PersonFacts.InForceOn(f, date))
            .Select(f => new DomainCertificate(f.Certificate.OccupationCode, (int)f.Certificate.Level, f.Certificate.OccupationName))
            .Distinct()
            .ToList();
        var education = PersonFacts.Current(profile, PersonFactKind.Education)
            .Where(f => f.Education is not null)
            .Select(f => (DomainEducation)(int)f.Education.Level)
            .DefaultIfEmpty(DomainEducation.None)
            .Max();

        var region = Region.Parse(homeCountyCode);
        var explanation = new ExplanationBuilder(date);
        var difficulty = categories.EmploymentDifficulty(profile, region, date, explanation);
        var priority = new List<PriorityGroup>();
        if (inAssistanceCase)
        {
            priority.Add(PriorityGroup.AssistanceCase);
        }

        if (ZeroEmploymentHousehold(profile, region, date))
        {
            priority.Add(PriorityGroup.ZeroEmploymentHousehold);
        }

        if (difficulty)
        {
            priority.Add(PriorityGroup.EmploymentDifficulty);
        }

        return new RegistryQualifications(certificates, education, priority, difficulty);
    }

    // R10: a recorded fact in force on the date, and the category recognised where the seeker lives.
    private bool ZeroEmploymentHousehold(PersonProfile profile, Region region, DateOnly date) =>
        catalog.TryResolve(MatchingPolicyKeys.ZeroEmploymentHouseholdRecognised, region, date, out var recognised)
        && recognised.Value.Boolean
        && PersonFacts.Current(profile, PersonFactKind.ZeroEmploymentHousehold).Any(f => PersonFacts.InForceOn(f, date));
}
