using Employment.Common.V1;
using Employment.ProfileCache;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;

namespace Employment.Jobs.UseCases.Assistance;

/// <summary>
/// The registry's profiles as assistance reads them: a person a clerk names through the platform's one
/// region-checked lookup (<see cref="RegionCheckedRegistry"/>), a case's person through the shared,
/// cached profile reader; the purpose recorded either way.
/// </summary>
public sealed class AssistanceProfiles(RegionCheckedRegistry registry, IProfileReader reader, ChinaClock clock)
{
    public const string Purpose = "jobs.assistance";

    /// <exception cref="DomainRuleException">No key or an invalid number (INVALID_ARGUMENT), or a person the clerk may not see or the registry does not know (NOT_FOUND).</exception>
    public async Task<PersonProfile> FindAsync(PersonKey? person, Caller clerk, CancellationToken cancellationToken) =>
        (await registry.PersonAsync(clerk, person, new RegistryQuery(Purpose, "登记人员", "person", clock.Today), cancellationToken: cancellationToken)).Profile;

    /// <summary>The profile of the person of a case the caller may already see.</summary>
    public async Task<PersonProfile> GetAsync(string personId, CancellationToken cancellationToken) =>
        (await reader.GetPersonAsync(personId, Purpose, cancellationToken)).Profile;
}
