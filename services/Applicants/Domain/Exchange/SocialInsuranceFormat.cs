using Employment.Applicants.V1;
using Employment.Common.V1;
using Employment.Policy.Explanations;

namespace Employment.Applicants.Domain.Exchange;

/// <summary>
/// 社会保险经办机构's 参保缴费记录: one row per payment period (缴费段) of one scheme, one payer and one person — the
/// months from 开始年月 to 终止年月 paid alike — as the registry's insurance fact holds it. A later row of the same
/// person, scheme, payer and first month (the period grown, a back payment) is a later record of that fact.
/// </summary>
public sealed class SocialInsuranceFormat : PersonAgencyFormat
{
    public static readonly SocialInsuranceFormat Instance = new();

    private const string Employer = "单位统一社会信用代码";
    private const string Scheme = "险种";
    private const string Standing = "参保身份";
    private const string FirstMonth = "开始年月";
    private const string LastMonth = "终止年月";
    private const string Months = "实缴月数";
    private const string Monthly = "月缴费额";
    private const string EmployerPart = "单位月缴费额";
    private const string OnTime = "按时足额";
    private const string InsuredRegion = "参保地";

    /// <summary>险种 by the 社保 system's code or its name.</summary>
    private static readonly Dictionary<string, InsuranceScheme> Schemes = new(StringComparer.Ordinal)
    {
        ["110"] = InsuranceScheme.Pension, ["养老保险"] = InsuranceScheme.Pension,
        ["210"] = InsuranceScheme.Unemployment, ["失业保险"] = InsuranceScheme.Unemployment,
        ["310"] = InsuranceScheme.Medical, ["医疗保险"] = InsuranceScheme.Medical,
        ["410"] = InsuranceScheme.WorkInjury, ["工伤保险"] = InsuranceScheme.WorkInjury,
    };

    private static readonly Dictionary<string, bool> Standings = new(StringComparer.Ordinal)
    {
        ["单位职工"] = false, ["灵活就业"] = true,
    };

    public override AgencySource Source => AgencySource.SocialInsurance;

    public override string FileZh => "社保参保缴费记录";

    public override string AuthorityZh => "社会保险经办机构";

    public override IReadOnlyList<string> Columns { get; } =
        [IdNumberColumn, NameColumn, Employer, Scheme, Standing, FirstMonth, LastMonth, Months, Monthly, EmployerPart, OnTime, InsuredRegion];

    public override IReadOnlyCollection<int> Kinds { get; } = [(int)PersonFactKind.SocialInsurance, (int)PersonFactKind.UnemploymentInsurance];

    protected override PersonFact Fact(IAgencyRow row)
    {
        var scheme = AgencyColumns.Choice(row, Scheme, Schemes, "110 养老保险、210 失业保险、310 医疗保险或 410 工伤保险");
        var flexible = AgencyColumns.Choice(row, Standing, Standings, "“单位职工”或“灵活就业”");
        var employer = AgencyColumns.CreditCode(row, Employer, required: !flexible);
        if (flexible && employer.Length > 0)
        {
            throw DomainRuleException.Invalid(Employer, "灵活就业人员自行缴费，不应填写单位统一社会信用代码。");
        }

        var first = AgencyColumns.Month(row, FirstMonth);
        var last = AgencyColumns.Month(row, LastMonth);
        if (last < first)
        {
            throw DomainRuleException.Invalid(LastMonth, $"终止年月 {last:yyyyMM} 早于开始年月 {first:yyyyMM}。");
        }

        var span = ((last.Year - first.Year) * 12) + last.Month - first.Month + 1;
        var insurance = new InsuranceContribution
        {
            Scheme = scheme,
            EmployerCreditCode = employer,
            Months = AgencyColumns.Count(row, Months, 1, span),
            MonthlyAmount = new Money { Fen = AgencyColumns.Fen(row, Monthly)!.Value },
            FlexibleWorker = flexible,
        };
        if (flexible)
        {
            insurance.InsuredRegion = new RegionCode { Code = AgencyColumns.Text(row, InsuredRegion, 12) };
        }
        else if (AgencyColumns.Fen(row, EmployerPart, required: false) is { } part)
        {
            insurance.EmployerPartMonthly = new Money { Fen = part };
            insurance.PaidOnTime = AgencyColumns.YesNo(row, OnTime);
        }

        return new PersonFact
        {
            Kind = scheme == InsuranceScheme.Unemployment ? PersonFactKind.UnemploymentInsurance : PersonFactKind.SocialInsurance,
            Period = new DatePeriod { From = ProtoMapping.ToProto(first), Until = ProtoMapping.ToProto(last.AddMonths(1).AddDays(-1)) },
            Insurance = insurance,
        };
    }

    protected override string Key(PersonFact fact) =>
        $"{(int)fact.Insurance.Scheme}|{fact.Insurance.EmployerCreditCode}|{fact.Insurance.FlexibleWorker}|{fact.Period?.From?.Year}-{fact.Period?.From?.Month}";
}
