using Employment.Applicants.Domain.Employers;
using Employment.Applicants.Domain.Registry;
using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.Policy.Explanations;
using Google.Protobuf;

namespace Employment.Applicants.Domain.Exchange;

/// <summary>
/// 市场监管部门's 经营状态: one row per status a market entity entered (正常经营, 经营异常, 注销) and the day it did,
/// with the deciding document when there is one. The status in force is the latest one; a later row of the same day
/// (a status corrected) is a later record of that fact.
/// </summary>
public sealed class MarketRegulationFormat : AgencyFormat
{
    public static readonly MarketRegulationFormat Instance = new();

    private const string CreditCodeColumn = "统一社会信用代码";
    private const string NameColumn = "名称";
    private const string Status = "经营状态";
    private const string Since = "状态日期";
    private const string Document = "决定文书号";

    private static readonly Dictionary<string, OperatingStatusKind> Statuses = new(StringComparer.Ordinal)
    {
        ["正常经营"] = OperatingStatusKind.Operating, ["存续"] = OperatingStatusKind.Operating, ["在业"] = OperatingStatusKind.Operating,
        ["经营异常"] = OperatingStatusKind.Abnormal, ["列入经营异常名录"] = OperatingStatusKind.Abnormal,
        ["注销"] = OperatingStatusKind.Deregistered, ["吊销"] = OperatingStatusKind.Deregistered,
    };

    public override AgencySource Source => AgencySource.MarketRegulation;

    public override string FileZh => "市场主体经营状态";

    public override string AuthorityZh => "市场监管部门";

    public override string SubjectType => SubjectTypes.Employer;

    public override IReadOnlyList<string> Columns { get; } = [CreditCodeColumn, NameColumn, Status, Since, Document];

    public override (string Number, string Name) SubjectColumns => (CreditCodeColumn, NameColumn);

    public override IReadOnlyCollection<int> Kinds { get; } = [(int)EmployerFact.DetailOneofCase.OperatingStatus];

    public override AgencyFact Read(IAgencyRow row, string evidence, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(row);
        var code = AgencyColumns.CreditCode(row, CreditCodeColumn);
        var name = AgencyColumns.Text(row, NameColumn, 100);
        var since = AgencyColumns.Date(row, Since)!.Value;
        var fact = new EmployerFact
        {
            Source = AuthorityZh,
            EvidenceReference = evidence,
            OperatingStatus = new OperatingStatus
            {
                Status = AgencyColumns.Choice(row, Status, Statuses, "正常经营（存续、在业）、经营异常或注销（吊销）"),
                Period = new DatePeriod { From = ProtoMapping.ToProto(since) },
                DecidingDocument = AgencyColumns.Text(row, Document, 60, required: false),
            },
        };
        return new AgencyFact(code, name, EmployerValidation.Fact(fact), Key(fact), Values(fact));
    }

    public override HeldValues Describe(byte[] payload)
    {
        var fact = EmployerFact.Parser.ParseFrom(payload);
        return new HeldValues(Key(fact), Values(fact), fact.Source, fact.EvidenceReference);
    }

    private static string Key(EmployerFact fact) => fact.OperatingStatus.Period?.From is { } from ? $"{from.Year}-{from.Month}-{from.Day}" : "";

    private static ByteString Values(EmployerFact fact)
    {
        var values = fact.Clone();
        values.Source = "";
        values.EvidenceReference = "";
        return values.ToByteString();
    }
}
