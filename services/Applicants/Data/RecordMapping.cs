using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.IdentityNumbers;
using Employment.Persistence.Records;
using Employment.Policy.Explanations;

namespace Employment.Applicants.Data;

/// <summary>Between the registry's records and the contract's messages.</summary>
internal static class RecordMapping
{
    /// <param name="maskIdNumber">True for answers to callers that do not need the whole number, and for the audit trail.</param>
    public static Common.V1.Person ToProto(PersonRecord record, bool maskIdNumber) => new()
    {
        PersonId = record.Id,
        IdNumber = maskIdNumber ? IdMasking.IdNumber(record.IdNumber) : record.IdNumber,
        Name = record.Name,
        Phone = record.Phone,
        HouseholdRegion = Region(record.HouseholdRegion),
        HouseholdType = (HouseholdType)record.HouseholdType,
        ResidenceRegion = Region(record.ResidenceRegion),
        BirthDate = ProtoMapping.ToProto(record.BirthDate),
        Record = record.ToRecordInfo(),
        HouseholdNumber = record.HouseholdNumber,
        StaffId = record.StaffId,
    };

    public static PersonFact ToPersonFactProto(FactRecord record)
    {
        var fact = PersonFact.Parser.ParseFrom(record.Payload);
        fact.FactId = record.Id;
        fact.Superseded = record.Superseded;
        fact.Record = FactInfo(record);
        return fact;
    }

    public static EmployerFact ToEmployerFactProto(FactRecord record)
    {
        var fact = EmployerFact.Parser.ParseFrom(record.Payload);
        fact.FactId = record.Id;
        fact.Superseded = record.Superseded;
        fact.Record = FactInfo(record);
        return fact;
    }

    /// <param name="maskIdNumber">True for answers to callers that do not need the legal representative's whole number, and for the audit trail.</param>
    public static Common.V1.Employer ToProto(EmployerRecord record, bool maskIdNumber = false)
    {
        var employer = Common.V1.Employer.Parser.ParseFrom(record.Payload);
        employer.EmployerId = record.Id;
        employer.CreditCode = record.CreditCode;
        employer.Name = record.Name;
        employer.Record = record.ToRecordInfo();
        return maskIdNumber ? Masked(employer) : employer;
    }

    /// <summary>The employer with its legal representative's number masked (a copy when there is one to mask).</summary>
    public static Common.V1.Employer Masked(Common.V1.Employer employer)
    {
        ArgumentNullException.ThrowIfNull(employer);
        if (employer.LegalRepresentativeIdNumber.Length == 0)
        {
            return employer;
        }

        var masked = employer.Clone();
        masked.LegalRepresentativeIdNumber = IdMasking.IdNumber(employer.LegalRepresentativeIdNumber);
        return masked;
    }

    /// <summary>A person with their current facts, as profile version <see cref="PersonRecord"/>'s version.</summary>
    public static PersonProfile ToProfile(PersonRecord person, IEnumerable<FactRecord> facts, bool maskIdNumber)
    {
        var profile = new PersonProfile { Person = ToProto(person, maskIdNumber), ProfileVersion = person.Version };
        profile.Facts.AddRange(facts.Select(ToPersonFactProto));
        return profile;
    }

    public static EmployerProfile ToProfile(EmployerRecord employer, IEnumerable<FactRecord> facts)
    {
        var profile = new EmployerProfile { Employer = ToProto(employer, maskIdNumber: true), ProfileVersion = employer.Version };
        profile.Facts.AddRange(facts.Select(ToEmployerFactProto));
        return profile;
    }

    public static AuditEntry ToProto(AuditRecord record) => new()
    {
        EntryId = record.Id,
        At = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(record.At),
        Actor = record.Actor,
        Action = (AuditAction)record.Action,
        FactId = record.FactId ?? "",
        BeforeJson = record.BeforeJson,
        AfterJson = record.AfterJson,
        ReasonZh = record.Reason,
        Version = record.Version,
    };

    /// <summary>The employer's registered region (held in the record's details).</summary>
    public static string RegionOf(EmployerRecord record) => ToProto(record).Region?.Code ?? "";

    public static RegionCode? Region(string code) => code.Length == 0 ? null : new RegionCode { Code = code };

    /// <summary>A fact row is written once and only superseded afterwards: created is also last updated.</summary>
    private static RecordInfo FactInfo(FactRecord record)
    {
        var info = RecordInfoMapping.Info(record.Version, record.CreatedAt, record.CreatedBy, record.CreatedAt, record.CreatedBy);
        info.Batch = record.Batch;
        return info;
    }
}
