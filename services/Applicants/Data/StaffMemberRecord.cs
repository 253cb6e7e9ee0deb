namespace Employment.Applicants.Data;

/// <summary>
/// An entry of 工作人员名录: a staff account of the identity provider as it last said it was (office, role, 复核,
/// disabled), kept so that the deciding services can tell whom a record may be handed to. Only the identity
/// provider writes it; an entry is replaced whole by each account change and never deleted (accounts are disabled).
/// </summary>
public sealed class StaffMemberRecord
{
    /// <summary>工号.</summary>
    public required string StaffId { get; set; }

    public string OfficeRegion { get; set; } = "";

    public string Role { get; set; } = "";

    public bool MayReview { get; set; }

    public bool Disabled { get; set; }

    public DateTimeOffset ChangedAt { get; set; }
}
