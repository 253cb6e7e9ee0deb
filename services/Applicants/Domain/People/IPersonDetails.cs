using Employment.Applicants.Domain.Registry;

namespace Employment.Applicants.Domain.People;

/// <summary>What a clerk may change about a registered person (the identity number and birth date never change).</summary>
public interface IPersonDetails : IRegistrySubject
{
    string Name { get; set; }

    string Phone { get; set; }

    string HouseholdRegion { get; set; }

    int HouseholdType { get; set; }

    string ResidenceRegion { get; set; }

    string HouseholdNumber { get; set; }

    string StaffId { get; set; }
}
