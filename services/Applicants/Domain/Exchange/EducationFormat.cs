using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.Policy.Explanations;

namespace Employment.Applicants.Domain.Exchange;

/// <summary>
/// 教育部门's 毕业生信息: one row per qualification (学历层次, institution, graduation day, 技工院校), with the
/// certificate number as evidence. A later row of the same level and institution is a later record of that fact.
/// </summary>
public sealed class EducationFormat : PersonAgencyFormat
{
    public static readonly EducationFormat Instance = new();

    private const string Level = "学历层次";
    private const string Institution = "院校名称";
    private const string Graduated = "毕业日期";
    private const string Technical = "技工院校";
    private const string Certificate = "证书编号";

    private static readonly Dictionary<string, EducationLevel> Levels = new(StringComparer.Ordinal)
    {
        ["初中及以下"] = EducationLevel.BelowSecondary,
        ["高中"] = EducationLevel.Secondary, ["中专"] = EducationLevel.Secondary, ["技校"] = EducationLevel.Secondary, ["中职"] = EducationLevel.Secondary,
        ["大专"] = EducationLevel.JuniorCollege, ["专科"] = EducationLevel.JuniorCollege, ["高职"] = EducationLevel.JuniorCollege,
        ["本科"] = EducationLevel.Bachelor,
        ["研究生"] = EducationLevel.Postgraduate, ["硕士研究生"] = EducationLevel.Postgraduate, ["博士研究生"] = EducationLevel.Postgraduate,
    };

    public override AgencySource Source => AgencySource.Education;

    public override string FileZh => "毕业生学历信息";

    public override string AuthorityZh => "教育部门（学历信息）";

    public override IReadOnlyList<string> Columns { get; } = [IdNumberColumn, NameColumn, Level, Institution, Graduated, Technical, Certificate];

    public override IReadOnlyCollection<int> Kinds { get; } = [(int)PersonFactKind.Education];

    protected override PersonFact Fact(IAgencyRow row)
    {
        var graduated = AgencyColumns.Date(row, Graduated)!.Value;
        return new PersonFact
        {
            Kind = PersonFactKind.Education,
            Period = new DatePeriod { From = ProtoMapping.ToProto(graduated) },
            Education = new Education
            {
                Level = AgencyColumns.Choice(row, Level, Levels, "初中及以下、高中、中专、技校、大专、本科或研究生"),
                Institution = AgencyColumns.Text(row, Institution, 100),
                GraduationDate = ProtoMapping.ToProto(graduated),
                TechnicalSchool = AgencyColumns.YesNo(row, Technical),
            },
            EvidenceReference = AgencyColumns.Text(row, Certificate, 40, required: false),
        };
    }

    protected override string Key(PersonFact fact) => $"{(int)fact.Education.Level}|{fact.Education.Institution}";
}
