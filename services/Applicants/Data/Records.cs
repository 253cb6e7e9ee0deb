using Employment.Persistence.Records;

namespace Employment.Applicants.Data;

/// <summary>A registered person. Identity number stored once, whole; shown masked to roles that don't need it.</summary>
public sealed class PersonRecord : AuditedRecord
{
    public required string Id { get; set; }

    public required string IdNumber { get; set; }

    public required string Name { get; set; }

    public DateOnly BirthDate { get; set; }

    public string Phone { get; set; } = "";

    public string HouseholdRegion { get; set; } = "";

    public int HouseholdType { get; set; }

    public string ResidenceRegion { get; set; } = "";
}

/// <summary>
/// One dated fact about a person or an employer. The fact's own fields live in <see cref="Payload"/>
/// (the contract's protobuf bytes), so a new kind of fact needs no schema change; kind and period
/// are columns because decisions select by them.
/// </summary>
public sealed class FactRecord
{
    public required string Id { get; set; }

    /// <summary>"person" or "employer".</summary>
    public required string SubjectType { get; set; }

    public required string SubjectId { get; set; }

    public int Kind { get; set; }

    public DateOnly? From { get; set; }

    public DateOnly? Until { get; set; }

    public required byte[] Payload { get; set; }

    public long Version { get; set; }

    /// <summary>Replaced by a correction or withdrawn; kept for the audit trail, ignored by decisions.</summary>
    public bool Superseded { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";
}

/// <summary>A registered employer (用人单位).</summary>
public sealed class EmployerRecord : AuditedRecord
{
    public required string Id { get; set; }

    public required string CreditCode { get; set; }

    public required string Name { get; set; }

    /// <summary>The rest of the employer (region, size with its source, industry) as the contract's protobuf bytes.</summary>
    public required byte[] Payload { get; set; }
}

/// <summary>Who changed what, when, with the record before and after (identity numbers masked).</summary>
public sealed class AuditRecord
{
    public required string Id { get; set; }

    public required string SubjectType { get; set; }

    public required string SubjectId { get; set; }

    public DateTimeOffset At { get; set; }

    public string Actor { get; set; } = "";

    public int Action { get; set; }

    public string? FactId { get; set; }

    public string BeforeJson { get; set; } = "";

    public string AfterJson { get; set; } = "";

    public string Reason { get; set; } = "";

    public long Version { get; set; }
}

/// <summary>A read of a profile by another service, and why (a person can be shown who read their data).</summary>
public sealed class ProfileAccessRecord
{
    public required string Id { get; set; }

    public required string SubjectType { get; set; }

    public required string SubjectId { get; set; }

    public string CallerService { get; set; } = "";

    public string Purpose { get; set; } = "";

    public DateTimeOffset At { get; set; }
}
