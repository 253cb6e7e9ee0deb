using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.Policy.Explanations;

namespace Employment.Applicants.Domain.Exchange;

/// <summary>
/// 全国就业信息资源库's 失业登记 (申请信息下载): one row per registration, from its day until it ended (empty while it
/// runs), with the platform's 登记编号 as evidence. A later row of the same registration day (ended since) is a later
/// record of that fact.
/// </summary>
public sealed class UnemploymentRegistryFormat : PersonAgencyFormat
{
    public static readonly UnemploymentRegistryFormat Instance = new();

    private const string Registered = "失业登记日期";
    private const string Ended = "登记终止日期";
    private const string Number = "登记编号";

    public override AgencySource Source => AgencySource.UnemploymentRegistry;

    public override string FileZh => "失业登记信息";

    public override string AuthorityZh => "全国就业信息资源库（失业登记）";

    public override IReadOnlyList<string> Columns { get; } = [IdNumberColumn, NameColumn, Registered, Ended, Number];

    public override IReadOnlyCollection<int> Kinds { get; } = [(int)PersonFactKind.UnemploymentRegistration];

    protected override PersonFact Fact(IAgencyRow row)
    {
        var from = AgencyColumns.Date(row, Registered)!.Value;
        var until = AgencyColumns.Date(row, Ended, required: false);
        if (until < from)
        {
            throw DomainRuleException.Invalid(Ended, $"登记终止日期 {until:yyyy-MM-dd} 早于失业登记日期 {from:yyyy-MM-dd}。");
        }

        var number = AgencyColumns.Text(row, Number, 40);
        return new PersonFact
        {
            Kind = PersonFactKind.UnemploymentRegistration,
            Period = new DatePeriod { From = ProtoMapping.ToProto(from), Until = until is { } end ? ProtoMapping.ToProto(end) : null },
            // The platform's number leads the evidence; the batch and the row follow it.
            EvidenceReference = number,
        };
    }

    protected override string Key(PersonFact fact) => $"{fact.Period?.From?.Year}-{fact.Period?.From?.Month}-{fact.Period?.From?.Day}";
}
