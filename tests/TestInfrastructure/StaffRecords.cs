using Employment.Applicants.V1;
using Employment.Common.V1;
using Google.Protobuf.WellKnownTypes;
using ApplicantsApi = Employment.Applicants.V1.Applicants;

namespace Employment.TestInfrastructure;

/// <summary>
/// Members of staff as the registry knows them, for the tests of 回避: a registered person given a 工号 by the identity
/// provider (its one writer) and a 户号 by the admin, as an account is opened and a household recorded.
/// </summary>
public static class StaffRecords
{
    /// <summary>The person with <paramref name="idNumber"/>, now holding <paramref name="staffId"/> (and <paramref name="household"/> when given).</summary>
    public static async Task<Person> GiveStaffIdAsync(ApplicantsApi.ApplicantsClient registry, string idNumber, string staffId, string household = "")
    {
        ArgumentNullException.ThrowIfNull(registry);
        var person = await registry.GetPersonAsync(new GetPersonRequest { Person = new PersonKey { IdNumber = idNumber } }, TestCallers.Counter());
        if (household.Length > 0)
        {
            person = await SetHouseholdAsync(registry, person, household);
        }

        return await UpdateAsync(registry, person, new Person { StaffId = staffId }, "staff_id", TestCallers.Service("identity-provider"));
    }

    /// <summary>
    /// A staff account in 工作人员名录 as the identity provider records it on every account change: by default an
    /// enabled counter clerk of Jiaozuo, whom a Jiaozuo reviewer may hand records to.
    /// </summary>
    public static Task<StaffDirectoryEntry> RecordAccountAsync(
        ApplicantsApi.ApplicantsClient registry, string staffId, string officeRegion = "410800", string role = "counter", bool disabled = false)
    {
        ArgumentNullException.ThrowIfNull(registry);
        return registry.RecordStaffMemberAsync(
            new StaffDirectoryEntry { StaffId = staffId, OfficeRegion = officeRegion, Role = role, Disabled = disabled }, TestCallers.Service("identity-provider")).ResponseAsync;
    }

    /// <summary>The person with <paramref name="idNumber"/> recorded in <paramref name="household"/> by the admin.</summary>
    public static async Task<Person> SetHouseholdAsync(ApplicantsApi.ApplicantsClient registry, string idNumber, string household)
    {
        ArgumentNullException.ThrowIfNull(registry);
        var person = await registry.GetPersonAsync(new GetPersonRequest { Person = new PersonKey { IdNumber = idNumber } }, TestCallers.Counter());
        return await SetHouseholdAsync(registry, person, household);
    }

    private static Task<Person> SetHouseholdAsync(ApplicantsApi.ApplicantsClient registry, Person person, string household) =>
        UpdateAsync(registry, person, new Person { HouseholdNumber = household }, "household_number", TestCallers.Admin());

    private static async Task<Person> UpdateAsync(ApplicantsApi.ApplicantsClient registry, Person current, Person change, string path, Grpc.Core.Metadata caller) =>
        await registry.UpdatePersonAsync(new UpdatePersonRequest
        {
            IdempotencyKey = Guid.NewGuid().ToString(),
            PersonId = current.PersonId,
            ExpectedVersion = current.Record.Version,
            Person = change,
            UpdateMask = new FieldMask { Paths = { path } },
        }, caller);
}

/// <summary>How a 回避 refusal reads, wherever it is asked.</summary>
public static class RecusalRefusal
{
    /// <summary>PERMISSION_DENIED with the reason RECUSAL_REQUIRED, its Chinese message holding <paramref name="says"/>.</summary>
    public static void AssertSays(Grpc.Core.RpcException refused, string says)
    {
        ArgumentNullException.ThrowIfNull(refused);
        Xunit.Assert.Equal(Grpc.Core.StatusCode.PermissionDenied, refused.StatusCode);
        Xunit.Assert.Contains("reason: RECUSAL_REQUIRED", refused.Said(), StringComparison.Ordinal);
        Xunit.Assert.Contains(says, refused.Status.Detail, StringComparison.Ordinal);
    }
}
