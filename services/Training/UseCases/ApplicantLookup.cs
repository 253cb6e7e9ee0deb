using Employment.Common.V1;
using Employment.Identity;
using Employment.ProfileCache;
using Grpc.Core;

namespace Employment.Training.UseCases;

/// <summary>The applicant as the registry knows them, read through the shared profile cache (never the registry's database).</summary>
public sealed record Applicant(string PersonId, string IdNumberMasked, PersonProfile Profile);

/// <summary>
/// Finds the person a request names — by registry id, or by identity number (validated with its check
/// character first) — through <see cref="IProfileFinder"/> and <see cref="IProfileReader"/>.
/// </summary>
public sealed class ApplicantLookup(IProfileReader profiles, IProfileFinder finder)
{
    private const string Purpose = "training.skill_upgrade";

    /// <exception cref="DomainRuleException">No key, an invalid identity number (INVALID_ARGUMENT naming the field), or a person the registry does not know (NOT_FOUND).</exception>
    public async Task<Applicant> FindAsync(PersonKey? key, DateOnly today, CancellationToken cancellationToken)
    {
        switch (key?.KeyCase)
        {
            case PersonKey.KeyOneofCase.IdNumber:
                if (!ResidentIdNumber.TryParse(key.IdNumber, today, out var id, out var error))
                {
                    throw DomainRuleException.Invalid("person.id_number", $"身份证号码无效：{error.MessageZh}");
                }

                var found = await finder.FindPersonAsync(id.Value, Purpose, cancellationToken)
                    ?? throw DomainRuleException.NotFound("申请人", id.Masked);
                return Of(found.Profile);

            case PersonKey.KeyOneofCase.PersonId when !string.IsNullOrWhiteSpace(key.PersonId):
                try
                {
                    return Of((await profiles.GetPersonAsync(key.PersonId.Trim(), Purpose, cancellationToken)).Profile);
                }
                catch (RpcException e) when (e.StatusCode is StatusCode.NotFound or StatusCode.InvalidArgument)
                {
                    throw DomainRuleException.NotFound("申请人", key.PersonId.Trim());
                }

            default:
                throw DomainRuleException.Invalid("person", "请用身份证号码（id_number）或登记编号（person_id）指明申请人。");
        }
    }

    private static Applicant Of(PersonProfile profile) =>
        new(profile.Person.PersonId, IdMasking.IdNumber(profile.Person.IdNumber), profile);
}
