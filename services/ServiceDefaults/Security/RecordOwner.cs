namespace Employment.ServiceDefaults.Security;

/// <summary>
/// Whose a record is, as persons and employer agents are judged (<see cref="RegionScope.Owns"/>): the
/// registry id of the person it is about, and of the employer it is for; either may be absent.
/// </summary>
public readonly record struct RecordOwner(string? PersonId = null, string? EmployerId = null)
{
    public static RecordOwner Person(string personId) => new(PersonId: personId);

    public static RecordOwner Employer(string employerId) => new(EmployerId: employerId);
}
