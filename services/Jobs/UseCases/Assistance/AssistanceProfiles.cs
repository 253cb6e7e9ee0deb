using Employment.Common.V1;
using Employment.ProfileCache;

namespace Employment.Jobs.UseCases.Assistance;

/// <summary>The registry's profiles as assistance reads them (through the shared, cached profile reader), with the purpose recorded.</summary>
public sealed class AssistanceProfiles(IProfileFinder finder, IProfileReader reader)
{
    public const string Purpose = "jobs.assistance";

    public async Task<PersonProfile> FindAsync(PersonKey? person, CancellationToken cancellationToken)
    {
        switch (person?.KeyCase)
        {
            case PersonKey.KeyOneofCase.IdNumber:
                var found = await finder.FindPersonAsync(person.IdNumber.Trim(), Purpose, cancellationToken)
                    ?? throw DomainRuleException.NotFound("登记人员", "（身份证号）");
                return found.Profile;
            case PersonKey.KeyOneofCase.PersonId when person.PersonId.Length > 0:
                return await GetAsync(person.PersonId, cancellationToken);
            default:
                throw DomainRuleException.Invalid("person", "请提供登记人员的身份证号或人员编号（person）。");
        }
    }

    public async Task<PersonProfile> GetAsync(string personId, CancellationToken cancellationToken) =>
        (await reader.GetPersonAsync(personId, Purpose, cancellationToken)).Profile;
}
