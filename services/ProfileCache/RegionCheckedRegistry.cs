using Employment.Common.V1;
using Employment.IdentityNumbers;
using Employment.ServiceDefaults.Errors;
using Employment.ServiceDefaults.Security;
using Grpc.Core;

namespace Employment.ProfileCache;

/// <summary>A person as a caller may see them: registry id, masked number and name, the profile the rules read, and where it was served from.</summary>
public sealed record RegistryPerson(string PersonId, string IdNumberMasked, string NameMasked, PersonProfile Profile, ProfileSource Source);

/// <summary>
/// What a lookup is for: <paramref name="Purpose"/> is recorded by the registry with the calling
/// service; <paramref name="What"/> names the record in a NOT_FOUND ("申请人", "人员");
/// <paramref name="Field"/> is the request field a bad key is blamed on; <paramref name="Today"/>
/// (China) bounds an identity number's date of birth.
/// </summary>
public sealed record RegistryQuery(string Purpose, string What, string Field, DateOnly Today);

/// <summary>
/// The one way a service finds a person or an employer on a caller's behalf. The services read the
/// registry with their own service identity, which sees every region; this is where the caller's own
/// region rule is applied again, as the registry applies it to a caller that asks it directly: a
/// counter sees a person only when its region covers the person's household or residence region, an
/// employer only when it covers the employer's registered region, and otherwise gets exactly the
/// NOT_FOUND of a key the registry does not know, so a refusal does not tell which region holds the
/// record. Banks, services and admins are not limited by region (<see cref="RegionScope"/>); a person
/// finds only themselves, an employer's agent only their employer. An
/// anonymous caller never reaches the registry through a service: public self-checks judge what a
/// person states, never what the registry holds.
/// </summary>
public sealed class RegionCheckedRegistry(IProfileReader profiles, IProfileFinder finder)
{
    // Registry ids are up to 64 characters (the contracts' max_length): quoted whole so the clerk can look them up.
    private const int KeyQuoted = 64;

    /// <summary>The person a request names by <see cref="PersonKey"/> (registry id or identity number).</summary>
    /// <exception cref="DomainRuleException">No key or an invalid number (INVALID_ARGUMENT naming the field), or a person the caller may not see or the registry does not know (NOT_FOUND).</exception>
    public Task<RegistryPerson> PersonAsync(Caller caller, PersonKey? key, RegistryQuery query, Func<PersonProfile, bool>? linkedToCovered = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return key?.KeyCase switch
        {
            PersonKey.KeyOneofCase.IdNumber => PersonByIdNumberAsync(caller, key.IdNumber, query with { Field = query.Field + ".id_number" }, linkedToCovered, cancellationToken),
            PersonKey.KeyOneofCase.PersonId when !string.IsNullOrWhiteSpace(key.PersonId) =>
                PersonByIdAsync(caller, key.PersonId, query with { Field = query.Field + ".person_id" }, linkedToCovered, cancellationToken),
            _ => throw DomainRuleException.Invalid(query.Field, $"请用身份证号码（id_number）或登记编号（person_id）指明{query.What}。"),
        };
    }

    /// <summary>The person with this registry id.</summary>
    /// <param name="linkedToCovered">
    /// For a person named as part of a covered record (a hire of an employer the counter covers): true
    /// when the registry links the person to it, so a worker who lives across the border is still found; an
    /// employer's agent, who sees no person by region, finds those its own employer's record links to it.
    /// </param>
    /// <exception cref="DomainRuleException">A person the caller may not see or the registry does not know (NOT_FOUND naming the key and field).</exception>
    public async Task<RegistryPerson> PersonByIdAsync(Caller caller, string personId, RegistryQuery query, Func<PersonProfile, bool>? linkedToCovered = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(query);
        var id = (personId ?? "").Trim();
        var shown = $"{PlainTextQuote(id)}（{query.Field}）";
        var scope = ScopeOf(caller, query.What, shown);
        if (id.Length == 0)
        {
            throw DomainRuleException.NotFound(query.What, shown);
        }

        CachedProfile<PersonProfile> found;
        try
        {
            found = await profiles.GetPersonAsync(id, query.Purpose, cancellationToken);
        }
        catch (RpcException e) when (e.StatusCode is StatusCode.NotFound or StatusCode.InvalidArgument)
        {
            throw DomainRuleException.NotFound(query.What, shown);
        }

        return VisibleOrNull(scope, found.Profile, found.Source, linkedToCovered) ?? throw DomainRuleException.NotFound(query.What, shown);
    }

    /// <summary>The person with this identity number, validated with its check character first.</summary>
    /// <exception cref="DomainRuleException">An invalid number (INVALID_ARGUMENT naming the field), or a person the caller may not see or the registry does not know (NOT_FOUND, the number masked).</exception>
    public async Task<RegistryPerson> PersonByIdNumberAsync(Caller caller, string idNumber, RegistryQuery query, Func<PersonProfile, bool>? linkedToCovered = null, CancellationToken cancellationToken = default)
    {
        var (person, shown) = await ByIdNumberAsync(caller, idNumber, query, linkedToCovered, cancellationToken);
        return person ?? throw DomainRuleException.NotFound(query.What, shown);
    }

    /// <summary>
    /// The same, where an unknown person is an answer rather than an error (a bank's borrower who never
    /// registered): null when the registry does not know the number or the caller may not see the person.
    /// </summary>
    /// <exception cref="DomainRuleException">An invalid number (INVALID_ARGUMENT naming the field).</exception>
    public async Task<RegistryPerson?> FindPersonByIdNumberAsync(Caller caller, string idNumber, RegistryQuery query, CancellationToken cancellationToken = default) =>
        (await ByIdNumberAsync(caller, idNumber, query, null, cancellationToken)).Person;

    /// <summary>The employer a request names by <see cref="EmployerKey"/> (credit code, validated with its check character, or registry id).</summary>
    /// <exception cref="DomainRuleException">No key or an invalid code (INVALID_ARGUMENT naming the field), or an employer the caller may not see or the registry does not know (NOT_FOUND).</exception>
    public async Task<EmployerProfile> EmployerAsync(Caller caller, EmployerKey? key, RegistryQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(query);
        EmployerProfile profile;
        string shown;
        RegionScope scope;
        switch (key?.KeyCase)
        {
            case EmployerKey.KeyOneofCase.CreditCode:
                if (!UnifiedSocialCreditCode.TryParse(key.CreditCode, out var code, out var error))
                {
                    throw DomainRuleException.Invalid(query.Field + ".credit_code", $"统一社会信用代码无效：{error.MessageZh}");
                }

                shown = code.Masked;
                scope = ScopeOf(caller, query.What, shown);
                profile = (await finder.FindEmployerAsync(code.Value, query.Purpose, cancellationToken))?.Profile
                    ?? throw DomainRuleException.NotFound(query.What, shown);
                break;

            case EmployerKey.KeyOneofCase.EmployerId when !string.IsNullOrWhiteSpace(key.EmployerId):
                var id = key.EmployerId.Trim();
                shown = PlainTextQuote(id);
                scope = ScopeOf(caller, query.What, shown);
                try
                {
                    profile = (await profiles.GetEmployerAsync(id, query.Purpose, cancellationToken)).Profile;
                }
                catch (RpcException e) when (e.StatusCode is StatusCode.NotFound or StatusCode.InvalidArgument)
                {
                    throw DomainRuleException.NotFound(query.What, shown);
                }

                break;

            default:
                throw DomainRuleException.Invalid(query.Field, $"请用统一社会信用代码（credit_code）或登记编号（employer_id）指明{query.What}。");
        }

        if (!scope.Shows(RecordOwner.Employer(profile.Employer?.EmployerId ?? ""), profile.Employer?.Region?.Code))
        {
            throw DomainRuleException.NotFound(query.What, shown);
        }

        return profile;
    }

    /// <summary>
    /// For <c>linkedToCovered</c>: the registry links the person to the employer with this credit code —
    /// a labour contract, insurance it paid, a traineeship it hosts, or the business they founded.
    /// </summary>
    public static Func<PersonProfile, bool> LinkedTo(string employerCreditCode)
    {
        ArgumentNullException.ThrowIfNull(employerCreditCode);
        return profile => profile.Facts.Any(f => !f.Superseded && (
            Same(f.Contract?.EmployerCreditCode) || Same(f.Insurance?.EmployerCreditCode)
            || Same(f.Traineeship?.HostCreditCode) || Same(f.Business?.BusinessCreditCode)));

        bool Same(string? code) => code is { Length: > 0 } && string.Equals(code.Trim(), employerCreditCode, StringComparison.OrdinalIgnoreCase);
    }

    private async Task<(RegistryPerson? Person, string Shown)> ByIdNumberAsync(Caller caller, string idNumber, RegistryQuery query, Func<PersonProfile, bool>? linkedToCovered, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(query);
        if (!ResidentIdNumber.TryParse(idNumber, query.Today, out var id, out var error))
        {
            throw DomainRuleException.Invalid(query.Field, $"身份证号码无效：{error.MessageZh}");
        }

        var shown = $"{id.Masked}（{query.Field}）";
        if (!caller.IsAuthenticated)
        {
            return (null, shown);
        }

        var found = await finder.FindPersonAsync(id.Value, query.Purpose, cancellationToken);
        return (found is null ? null : VisibleOrNull(RegionScope.Of(caller), found.Profile, found.Source, linkedToCovered), shown);
    }

    private static RegionScope ScopeOf(Caller caller, string what, string shown) =>
        caller.IsAuthenticated ? RegionScope.Of(caller) : throw DomainRuleException.NotFound(what, shown);

    private static RegistryPerson? VisibleOrNull(RegionScope scope, PersonProfile profile, ProfileSource source, Func<PersonProfile, bool>? linkedToCovered)
    {
        var person = profile.Person;
        if (person is null || !(scope.Shows(RecordOwner.Person(person.PersonId), person.HouseholdRegion?.Code, person.ResidenceRegion?.Code)
            || ((scope.CoversAnyRegion || scope.OwnEmployerId is not null) && linkedToCovered?.Invoke(profile) == true)))
        {
            return null;
        }

        // The registry gives services the number masked already; masking again keeps one shape whatever it gave.
        return new RegistryPerson(person.PersonId, IdMasking.IdNumber(person.IdNumber), NameMasking.Mask(person.Name), profile, source);
    }

    // A key typed by a caller is quoted back bounded and without control characters.
    private static string PlainTextQuote(string value) => ServiceDefaults.Validation.PlainText.Quote(value, KeyQuoted);
}
