using Employment.Applicants.Domain.People;
using Employment.Applicants.Domain.Registry;
using Employment.Common.V1;
using Google.Protobuf;

namespace Employment.Applicants.Domain.Exchange;

/// <summary>A file of people's facts, named by 证件号码 and 姓名: each row a <see cref="PersonFact"/> checked as the counter checks one.</summary>
public abstract class PersonAgencyFormat : AgencyFormat
{
    protected const string IdNumberColumn = "证件号码";
    protected const string NameColumn = "姓名";

    public override string SubjectType => SubjectTypes.Person;

    public override (string Number, string Name) SubjectColumns => (IdNumberColumn, NameColumn);

    /// <summary>The row's fact, before the registry's own checks; its authority and evidence are set after.</summary>
    protected abstract PersonFact Fact(IAgencyRow row);

    /// <summary>What makes two of the kind's facts one: the same key with other values is a later record of it.</summary>
    protected abstract string Key(PersonFact fact);

    public override AgencyFact Read(IAgencyRow row, string evidence, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(row);
        var number = AgencyColumns.IdNumber(row, IdNumberColumn, today);
        var name = PersonValidation.Name(row[NameColumn], NameColumn);
        var fact = Fact(row);
        fact.Authority = AuthorityZh;
        fact.EvidenceReference = fact.EvidenceReference.Length > 0 ? $"{fact.EvidenceReference}；{evidence}" : evidence;
        return new AgencyFact(number, name, PersonValidation.Fact(fact), Key(fact), Values(fact));
    }

    public override HeldValues Describe(byte[] payload)
    {
        var fact = PersonFact.Parser.ParseFrom(payload);
        return new HeldValues(Key(fact), Values(fact), fact.Authority, fact.EvidenceReference);
    }

    private static ByteString Values(PersonFact fact)
    {
        var values = fact.Clone();
        values.Authority = "";
        values.EvidenceReference = "";
        return values.ToByteString();
    }
}
