using Employment.Applicants.Domain.People;
using Employment.Applicants.Domain.Registry;
using Employment.Applicants.Domain.Employers;
using Employment.Persistence.Records;
using Employment.ServiceDefaults.Data;

namespace Employment.Applicants.Data;

/// <summary>A registered person. Identity number stored once, whole; shown masked to roles that don't need it.</summary>
public sealed class PersonRecord : AuditedRecord, IPersonDetails
{
    public required string Id { get; set; }

    public required string IdNumber { get; set; }

    public required string Name { get; set; }

    public DateOnly BirthDate { get; set; }

    public string Phone { get; set; } = "";

    public string HouseholdRegion { get; set; } = "";

    public int HouseholdType { get; set; }

    public string ResidenceRegion { get; set; } = "";

    /// <summary>户号 of the 居民户口簿: people of one household share it (empty when not recorded).</summary>
    public string HouseholdNumber { get; set; } = "";

    /// <summary>工号 of a member of the bureau's staff, the subject they sign in with (empty for everyone else).</summary>
    public string StaffId { get; set; } = "";

    /// <summary>The row of a newly registered person: version 1, created by <paramref name="actor"/>.</summary>
    public static PersonRecord Register(NewPerson person, string actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(person);
        var record = new PersonRecord
        {
            Id = RecordIds.New("P"),
            IdNumber = person.IdNumber.Value,
            Name = person.Name,
            BirthDate = person.IdNumber.BirthDate,
            Phone = person.Phone,
            HouseholdRegion = person.HouseholdRegion,
            HouseholdType = (int)person.HouseholdType,
            ResidenceRegion = person.ResidenceRegion,
            HouseholdNumber = person.HouseholdNumber,
            StaffId = person.StaffId,
        };
        record.StampCreated(actor, at);
        return record;
    }
}

/// <summary>
/// One dated fact about a person or an employer. The fact's own fields live in <see cref="Payload"/>
/// (the contract's protobuf bytes), so a new kind of fact needs no schema change; kind and period
/// are columns because decisions select by them.
/// </summary>
public sealed class FactRecord : IDatedFact
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

    /// <summary>The credit codes a person's fact names (<see cref="FactCodeRecord"/>); written with the fact, never read with it.</summary>
    public List<FactCodeRecord> Codes { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";

    /// <summary>Typed in or imported from an agency's batch (<see cref="Domain.Exchange.FactOrigin"/>).</summary>
    public int Origin { get; set; }

    /// <summary>The agency batch it came in ("社会保险经办机构 SI-202611-01"), empty for one typed in.</summary>
    public string Batch { get; set; } = "";

    /// <summary>The row of a fact the rules accepted about a subject: version 1, never changed except to be superseded.</summary>
    public static FactRecord Of(string subjectType, string subjectId, NewFact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        var id = RecordIds.New("F");
        return new FactRecord
        {
            Id = id,
            Codes = FactCodeRecord.For(id, subjectType, fact.Entry.Content),
            SubjectType = subjectType,
            SubjectId = subjectId,
            Kind = fact.Entry.Kind,
            From = fact.Entry.Period.From,
            Until = fact.Entry.Period.Until,
            Payload = fact.Entry.Content,
            Version = 1,
            CreatedAt = fact.CreatedAt,
            CreatedBy = fact.CreatedBy,
        };
    }
}

/// <summary>A registered employer (用人单位).</summary>
public sealed class EmployerRecord : AuditedRecord, IRegistrySubject
{
    public required string Id { get; set; }

    public required string CreditCode { get; set; }

    public required string Name { get; set; }

    /// <summary>The rest of the employer (region, size with its source, industry) as the contract's protobuf bytes.</summary>
    public required byte[] Payload { get; set; }

    /// <summary>The row of a newly registered employer: version 1, created by <paramref name="actor"/>.</summary>
    public static EmployerRecord Register(NewEmployer employer, string actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(employer);
        var record = new EmployerRecord
        {
            Id = RecordIds.New("E"),
            CreditCode = employer.CreditCode.Value,
            Name = employer.Name,
            Payload = employer.Details,
        };
        record.StampCreated(actor, at);
        return record;
    }
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

/// <summary>
/// A credit code a person's fact names as the other side of a claim (a contract's employer or placing agency, the
/// business founded, a traineeship's host), indexed: one employer's people are found by it without reading every
/// fact of the period (the counter's window, <c>StreamRegionFacts</c> for one employer).
/// </summary>
public sealed class FactCodeRecord
{
    public required string FactId { get; set; }

    /// <summary>Upper case, as the registry keeps an employer's.</summary>
    public required string CreditCode { get; set; }

    /// <summary>The codes of a fact's payload (a person's fact; an employer's names none).</summary>
    public static List<FactCodeRecord> For(string factId, string subjectType, byte[] payload) =>
        subjectType != SubjectTypes.Person
            ? []
            : [.. RegionFactsQueries.CodesNamedBy(Common.V1.PersonFact.Parser.ParseFrom(payload)).Distinct(StringComparer.Ordinal).Select(code => new FactCodeRecord { FactId = factId, CreditCode = code })];
}
