using Employment.Common.V1;
using Employment.IdentityNumbers;
using Employment.Policy.Model;
using Employment.ProfileCache;
using Employment.ServiceDefaults.Security;

namespace Employment.Hiring.UseCases;

/// <summary>The claimant as the registry knows it; its registered region is the decision region (R27); <see cref="RegisteredOn"/> its 成立日期 when recorded.</summary>
public sealed record Claimant(string EmployerId, string CreditCode, string Name, Region Region, EntityKind Kind, DateOnly? RegisteredOn = null, IReadOnlyList<EmployerFact>? RecordedFacts = null)
{
    /// <summary>The employer's recorded facts (size, headcount, …) as the registry gave them.</summary>
    public IReadOnlyList<EmployerFact> Facts => RecordedFacts ?? [];
}

/// <summary>
/// Finds the employer and the people a claim names for the caller, through the platform's one
/// region-checked way to the registry (<see cref="RegionCheckedRegistry"/>): a counter finds an
/// employer registered in its region, and a person registered there or whom the registry links to the
/// claim's employer (the worker of a covered employer who lives across the border); anything else is
/// the NOT_FOUND of an unknown key. This class only maps the claim's item shapes onto that lookup.
/// </summary>
public sealed class RegistryLookup(RegionCheckedRegistry registry)
{
    private const string Purpose = "hiring.claim";

    /// <exception cref="DomainRuleException">No key, an invalid credit code (INVALID_ARGUMENT naming the field), or an employer the caller may not see or the registry does not know (NOT_FOUND).</exception>
    public async Task<Claimant> EmployerAsync(Caller caller, EmployerKey? key, CancellationToken cancellationToken)
    {
        var profile = await registry.EmployerAsync(caller, key, new RegistryQuery(Purpose, "申请单位", "employer", default), cancellationToken);
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
    /// <exception cref="DomainRuleException">Neither or both given, an invalid number (INVALID_ARGUMENT naming the field), or a person the caller may not see or the registry does not know (NOT_FOUND).</exception>
    public Task<RegistryPerson> PersonAsync(Caller caller, Claimant? linkedTo, Employment.Hiring.V1.HireItem item, int index, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        return ItemPersonAsync(caller, linkedTo?.CreditCode, item.PersonId, item.PersonIdNumber, $"hires[{index}]", $"第 {index + 1} 项：请只用登记编号（person_id）或身份证号码（person_id_number）之一指明人员。", today, cancellationToken);
    }

    /// <summary>A trainee item's person: by registry id (as the owed-subsidies list prepares claims) or by identity number.</summary>
    /// <exception cref="DomainRuleException">Both given (INVALID_ARGUMENT naming trainees[i].person_id), an invalid number, or a person the caller may not see or the registry does not know (NOT_FOUND).</exception>
    public Task<RegistryPerson> PersonAsync(Caller caller, Claimant? linkedTo, Employment.Hiring.V1.TraineeItem item, int index, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        return ItemPersonAsync(caller, linkedTo?.CreditCode, item.PersonId, item.PersonIdNumber, $"trainees[{index}]", $"第 {index + 1} 项：请只用登记编号（person_id）或身份证号码（person_id_number）之一指明见习人员。", today, cancellationToken);
    }

    /// <summary>
    /// The person an item names by registry id (<paramref name="personId"/>, as the owed-subsidies list
    /// prepares claims) or by identity number; <paramref name="item"/> is the item's field path.
    /// </summary>
    /// <exception cref="DomainRuleException">Both given (INVALID_ARGUMENT naming <c>{item}.person_id</c>), an invalid number, or a person the caller may not see or the registry does not know (NOT_FOUND).</exception>
    public Task<RegistryPerson> PersonAsync(Caller caller, string? linkedToCreditCode, string personId, string idNumber, string item, DateOnly today, CancellationToken cancellationToken) =>
        ItemPersonAsync(caller, linkedToCreditCode, personId, idNumber, item, "请只用登记编号（person_id）或身份证号码（person_id_number）之一指明人员。", today, cancellationToken);

    /// <exception cref="DomainRuleException">A person the caller may not see or the registry does not know (NOT_FOUND naming <paramref name="field"/>).</exception>
    public Task<RegistryPerson> PersonByIdAsync(Caller caller, string? linkedToCreditCode, string personId, string field, CancellationToken cancellationToken) =>
        registry.PersonByIdAsync(caller, personId, new RegistryQuery(Purpose, "人员", field, default), Link(linkedToCreditCode), cancellationToken);

    /// <exception cref="DomainRuleException">An invalid identity number (INVALID_ARGUMENT naming <paramref name="field"/>), or a person the caller may not see or the registry does not know (NOT_FOUND).</exception>
    public Task<RegistryPerson> PersonAsync(Caller caller, string? linkedToCreditCode, string idNumber, string field, DateOnly today, CancellationToken cancellationToken) =>
        registry.PersonByIdNumberAsync(caller, idNumber, new RegistryQuery(Purpose, "人员", field, today), Link(linkedToCreditCode), cancellationToken);

    private Task<RegistryPerson> ItemPersonAsync(Caller caller, string? linkedToCreditCode, string personId, string idNumber, string item, string both, DateOnly today, CancellationToken cancellationToken)
    {
        var id = personId.Trim();
        if (id.Length == 0)
        {
            return PersonAsync(caller, linkedToCreditCode, idNumber, $"{item}.person_id_number", today, cancellationToken);
        }

        if (idNumber.Length > 0)
        {
            throw DomainRuleException.Invalid($"{item}.person_id", both);
        }

        return PersonByIdAsync(caller, linkedToCreditCode, id, $"{item}.person_id", cancellationToken);
    }

    private static Func<PersonProfile, bool>? Link(string? creditCode) =>
        string.IsNullOrEmpty(creditCode) ? null : RegionCheckedRegistry.LinkedTo(creditCode);
}
