using Employment.Common.V1;
using Employment.Identity;
using Employment.Policy.Model;
using Employment.ProfileCache;
using Grpc.Core;

namespace Employment.Hiring.UseCases;

/// <summary>The claimant as the registry knows it; its registered region is the decision region (R27); <see cref="RegisteredOn"/> its 成立日期 when recorded.</summary>
public sealed record Claimant(string EmployerId, string CreditCode, string Name, Region Region, EntityKind Kind, DateOnly? RegisteredOn = null, IReadOnlyList<EmployerFact>? RecordedFacts = null)
{
    /// <summary>The employer's recorded facts (size, headcount, …) as the registry gave them.</summary>
    public IReadOnlyList<EmployerFact> Facts => RecordedFacts ?? [];
}

/// <summary>A hired person as the registry knows them: registry id, masked number and name, and the profile the rules read.</summary>
public sealed record HiredPerson(string PersonId, string IdNumberMasked, string NameMasked, PersonProfile Profile);

/// <summary>
/// Finds the employer and the people a claim names — by registry id, credit code or identity number
/// (validated with its check character first) — through <see cref="IProfileFinder"/> and
/// <see cref="IProfileReader"/>, never the registry's database.
/// </summary>
public sealed class RegistryLookup(IProfileReader profiles, IProfileFinder finder)
{
    private const string Purpose = "hiring.claim";

    /// <exception cref="DomainRuleException">No key, an invalid credit code (INVALID_ARGUMENT naming the field), or an employer the registry does not know (NOT_FOUND).</exception>
    public async Task<Claimant> EmployerAsync(EmployerKey? key, CancellationToken cancellationToken)
    {
        EmployerProfile profile;
        switch (key?.KeyCase)
        {
            case EmployerKey.KeyOneofCase.CreditCode:
                if (!UnifiedSocialCreditCode.TryParse(key.CreditCode, out var code, out var error))
                {
                    throw DomainRuleException.Invalid("employer.credit_code", $"统一社会信用代码无效：{error.MessageZh}");
                }

                profile = (await finder.FindEmployerAsync(code.Value, Purpose, cancellationToken))?.Profile
                    ?? throw DomainRuleException.NotFound("申请单位", code.Masked);
                break;

            case EmployerKey.KeyOneofCase.EmployerId when !string.IsNullOrWhiteSpace(key.EmployerId):
                try
                {
                    profile = (await profiles.GetEmployerAsync(key.EmployerId.Trim(), Purpose, cancellationToken)).Profile;
                }
                catch (RpcException e) when (e.StatusCode is StatusCode.NotFound or StatusCode.InvalidArgument)
                {
                    throw DomainRuleException.NotFound("申请单位", key.EmployerId.Trim());
                }

                break;

            default:
                throw DomainRuleException.Invalid("employer", "请用统一社会信用代码（credit_code）或登记编号（employer_id）指明申请单位。");
        }

        return ClaimantOf(profile)
            ?? throw DomainRuleException.NotAllowed($"登记系统中申请单位 {IdMasking.CreditCode(profile.Employer.CreditCode)} 没有有效的登记地区，无法确定适用的政策（裁定 R27）。");
    }

    /// <summary>The claimant an employer profile describes; null when the registry has no valid registered region for it (R27).</summary>
    public static Claimant? ClaimantOf(EmployerProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var employer = profile.Employer;
        if (!Region.TryParse(employer.Region?.Code, out var region))
        {
            return null;
        }

        var registered = employer.RegistrationDate is { Year: > 0 } d ? new DateOnly(d.Year, d.Month, d.Day) : (DateOnly?)null;
        return new Claimant(employer.EmployerId, employer.CreditCode, employer.Name, region, employer.Kind, registered, [.. profile.Facts]);
    }

    /// <summary>
    /// The person an item names: by registry id (<c>person_id</c>, as the owed-subsidies list prepares
    /// claims) or by identity number.
    /// </summary>
    /// <exception cref="DomainRuleException">Neither or both given, an invalid number (INVALID_ARGUMENT naming the field), or a person the registry does not know (NOT_FOUND).</exception>
    public async Task<HiredPerson> PersonAsync(Employment.Hiring.V1.HireItem item, int index, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var personId = item.PersonId.Trim();
        if (personId.Length == 0)
        {
            return await PersonAsync(item.PersonIdNumber, $"hires[{index}].person_id_number", today, cancellationToken);
        }

        var field = $"hires[{index}].person_id";
        if (item.PersonIdNumber.Length > 0)
        {
            throw DomainRuleException.Invalid(field, $"第 {index + 1} 项：请只用登记编号（person_id）或身份证号码（person_id_number）之一指明人员。");
        }

        return await PersonByIdAsync(personId, field, cancellationToken);
    }

    /// <summary>A trainee item's person: by registry id (as the owed-subsidies list prepares claims) or by identity number.</summary>
    /// <exception cref="DomainRuleException">Both given (INVALID_ARGUMENT naming trainees[i].person_id), an invalid number, or a person the registry does not know (NOT_FOUND).</exception>
    public async Task<HiredPerson> PersonAsync(Employment.Hiring.V1.TraineeItem item, int index, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var personId = item.PersonId.Trim();
        if (personId.Length == 0)
        {
            return await PersonAsync(item.PersonIdNumber, $"trainees[{index}].person_id_number", today, cancellationToken);
        }

        var field = $"trainees[{index}].person_id";
        if (item.PersonIdNumber.Length > 0)
        {
            throw DomainRuleException.Invalid(field, $"第 {index + 1} 项：请只用登记编号（person_id）或身份证号码（person_id_number）之一指明见习人员。");
        }

        return await PersonByIdAsync(personId, field, cancellationToken);
    }

    /// <exception cref="DomainRuleException">A person the registry does not know (NOT_FOUND naming <paramref name="field"/>).</exception>
    public async Task<HiredPerson> PersonByIdAsync(string personId, string field, CancellationToken cancellationToken)
    {
        PersonProfile profile;
        try
        {
            profile = (await profiles.GetPersonAsync(personId, Purpose, cancellationToken)).Profile;
        }
        catch (RpcException e) when (e.StatusCode is StatusCode.NotFound or StatusCode.InvalidArgument)
        {
            throw DomainRuleException.NotFound("人员", $"{personId}（{field}）");
        }

        // The registry gives services the number masked; it is shown as given.
        return new HiredPerson(profile.Person.PersonId, profile.Person.IdNumber, NameMasking.Mask(profile.Person.Name), profile);
    }

    /// <exception cref="DomainRuleException">An invalid identity number (INVALID_ARGUMENT naming <paramref name="field"/>), or a person the registry does not know (NOT_FOUND).</exception>
    public async Task<HiredPerson> PersonAsync(string idNumber, string field, DateOnly today, CancellationToken cancellationToken)
    {
        if (!ResidentIdNumber.TryParse(idNumber, today, out var id, out var error))
        {
            throw DomainRuleException.Invalid(field, $"身份证号码无效：{error.MessageZh}");
        }

        var profile = (await finder.FindPersonAsync(id.Value, Purpose, cancellationToken))?.Profile
            ?? throw DomainRuleException.NotFound("人员", $"{id.Masked}（{field}）");
        return new HiredPerson(profile.Person.PersonId, id.Masked, NameMasking.Mask(profile.Person.Name), profile);
    }
}
