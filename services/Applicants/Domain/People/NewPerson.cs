using Employment.Common.V1;
using Employment.Identity;

namespace Employment.Applicants.Domain.People;

/// <summary>A person whose registration passed every rule: the identity number carries the birth date.</summary>
public sealed record NewPerson(ResidentIdNumber IdNumber, string Name, string Phone, string HouseholdRegion, HouseholdType HouseholdType, string ResidenceRegion);
