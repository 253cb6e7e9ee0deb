using Employment.Common.V1;
using Grpc.Core;
using ApplicantsApi = Employment.Applicants.V1.Applicants;

namespace Employment.IdentityProvider.Citizens;

/// <summary>A person as the registry holds them: the id that becomes the token's subject, the name to compare, the phone the code goes to.</summary>
public sealed record RegisteredPerson(string PersonId, string Name, string Phone, long Version = 0);

/// <summary>An employer a person may act for, as the registry says today; an individual business's representative is its 经营者.</summary>
public sealed record EmployerActedFor(string EmployerId, string Name, string CreditCode, bool AsLegalRepresentative, bool IndividualBusiness = false)
{
    /// <summary>How the person acts for it, in the words of its registration.</summary>
    public string ActingAsZh => !AsLegalRepresentative ? "经办人" : IndividualBusiness ? "经营者" : "法定代表人";
}

/// <summary>
/// The applicants registry as the provider asks it, with its own service token: the person signing in, matched
/// by identity number (every read in the registry's access log under the purpose <see cref="Purpose"/>), and the
/// employers a signed-in person may act for.
/// </summary>
public sealed class RegistryPeople(ApplicantsApi.ApplicantsClient registry)
{
    public const string Purpose = "identity.sign-in";

    /// <summary>Why a member of staff's registry record is read: to give them their 工号 as their account is opened.</summary>
    public const string StaffAccountPurpose = "identity.staff-account";

    /// <summary>The registered person with this (already validated) number; null when the registry has none.</summary>
    public async Task<RegisteredPerson?> FindAsync(string idNumber, CancellationToken cancellationToken, string purpose = Purpose)
    {
        try
        {
            var profile = await registry.GetProfileAsync(new Applicants.V1.GetProfileRequest { Person = new PersonKey { IdNumber = idNumber }, Purpose = purpose }, cancellationToken: cancellationToken);
            return new RegisteredPerson(profile.Person.PersonId, profile.Person.Name, profile.Person.Phone, profile.Person.Record?.Version ?? 0);
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.NotFound)
        {
            return null;
        }
    }

    /// <summary>
    /// Gives the person the 工号 of the account being opened for them: the registry takes a 工号 from this service
    /// alone, and keeps who had which, for the audit of decisions (优亲厚友). Idempotent per 工号.
    /// </summary>
    public Task AssignStaffNumberAsync(RegisteredPerson person, string staffNumber, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        return registry.UpdatePersonAsync(new Applicants.V1.UpdatePersonRequest
        {
            IdempotencyKey = "staff-account-" + staffNumber,
            PersonId = person.PersonId,
            ExpectedVersion = person.Version,
            Person = new Person { StaffId = staffNumber },
            UpdateMask = new Google.Protobuf.WellKnownTypes.FieldMask { Paths = { "staff_id" } },
            ReasonZh = "开通工作人员账号",
        }, cancellationToken: cancellationToken).ResponseAsync;
    }

    /// <summary>
    /// Records the account in the registry's 工作人员名录 as it now is (office, role, 复核, disabled), replacing what
    /// was there: the deciding services read it to tell whom a record may be handed to. Idempotent.
    /// </summary>
    public Task RecordStaffMemberAsync(Domain.StaffAccount account, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        return registry.RecordStaffMemberAsync(new Applicants.V1.StaffDirectoryEntry
        {
            StaffId = account.StaffNumber,
            OfficeRegion = account.OfficeRegion,
            Role = account.StaffRole,
            MayReview = account.MayReview,
            Disabled = account.Disabled,
        }, cancellationToken: cancellationToken).ResponseAsync;
    }

    /// <summary>The employers the person may act for on <paramref name="on"/>: as legal representative, or by a grant of 经办人 in force.</summary>
    public async Task<IReadOnlyList<EmployerActedFor>> ActingForAsync(string personId, DateOnly on, CancellationToken cancellationToken)
    {
        var answer = await registry.ListActingForAsync(new Applicants.V1.ListActingForRequest
        {
            PersonId = personId,
            On = new CalendarDate { Year = on.Year, Month = on.Month, Day = on.Day },
            Purpose = Purpose,
        }, cancellationToken: cancellationToken);
        return answer.Employers.Select(e => new EmployerActedFor(
            e.EmployerId, e.EmployerName, e.CreditCode, e.ActingAs == Applicants.V1.ActingAs.LegalRepresentative, e.Kind == EntityKind.IndividualBusiness)).ToList();
    }
}
