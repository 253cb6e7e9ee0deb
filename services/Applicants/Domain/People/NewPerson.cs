using Employment.Common.V1;
using Employment.IdentityNumbers;

namespace Employment.Applicants.Domain.People;

/// <summary>A person whose registration passed every rule: the identity number carries the birth date.</summary>
public sealed record NewPerson(ResidentIdNumber IdNumber, string Name, string Phone, string HouseholdRegion, HouseholdType HouseholdType, string ResidenceRegion)
{
    /// <summary>户号 of the 居民户口簿, or empty.</summary>
    public string HouseholdNumber { get; init; } = "";

    /// <summary>工号 of a member of the bureau's staff, or empty.</summary>
    public string StaffId { get; init; } = "";
}
