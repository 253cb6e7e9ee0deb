using Employment.Persistence.Records;
using Employment.Applicants.Data;
using Employment.Common.V1;
using Employment.Identity;
using Employment.Policy.Explanations;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;

namespace Employment.Applicants.Grpc;

/// <summary>Between database records and the contract's messages.</summary>
internal static class RecordMapping
{
    public const string Person = "person";
    public const string Employer = "employer";

    /// <param name="maskIdNumber">True for answers to callers that do not need the whole number.</param>
    public static Common.V1.Person ToProto(PersonRecord record, bool maskIdNumber) => new()
    {
        PersonId = record.Id,
        IdNumber = maskIdNumber ? Mask(record.IdNumber) : record.IdNumber,
        Name = record.Name,
        Phone = record.Phone,
        HouseholdRegion = Region(record.HouseholdRegion),
        HouseholdType = (HouseholdType)record.HouseholdType,
        ResidenceRegion = Region(record.ResidenceRegion),
        BirthDate = ProtoMapping.ToProto(record.BirthDate),
        Record = record.ToRecordInfo(),
    };

    public static PersonFact ToProto(FactRecord record)
    {
        var fact = PersonFact.Parser.ParseFrom(record.Payload);
        fact.FactId = record.Id;
        fact.Superseded = record.Superseded;
        fact.Record = RecordInfoMapping.Info(record.Version, record.CreatedAt, record.CreatedBy, record.CreatedAt, record.CreatedBy);
        return fact;
    }

    public static EmployerFact ToEmployerFactProto(FactRecord record)
    {
        var fact = EmployerFact.Parser.ParseFrom(record.Payload);
        fact.FactId = record.Id;
        fact.Superseded = record.Superseded;
        fact.Record = RecordInfoMapping.Info(record.Version, record.CreatedAt, record.CreatedBy, record.CreatedAt, record.CreatedBy);
        return fact;
    }

    public static Common.V1.Employer ToProto(EmployerRecord record)
    {
        var employer = Common.V1.Employer.Parser.ParseFrom(record.Payload);
        employer.EmployerId = record.Id;
        employer.CreditCode = record.CreditCode;
        employer.Name = record.Name;
        employer.Record = record.ToRecordInfo();
        return employer;
    }

    /// <summary>The fact's own content, without what the registry assigns.</summary>
    public static byte[] Payload<T>(T fact)
        where T : IMessage<T>
    {
        var copy = fact.Clone();
        var descriptor = copy.Descriptor;
        foreach (var name in new[] { "fact_id", "record", "superseded", "employer_id", "credit_code", "name" })
        {
            descriptor.FindFieldByName(name)?.Accessor.Clear(copy);
        }

        return copy.ToByteArray();
    }

    /// <summary>An identity number as the audit trail and masked answers show it.</summary>
    public static string Mask(string idNumber) => IdMasking.IdNumber(idNumber);

    public static RegionCode? Region(string code) => code.Length == 0 ? null : new RegionCode { Code = code };
}
