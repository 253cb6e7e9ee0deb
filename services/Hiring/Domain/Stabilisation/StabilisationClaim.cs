using Employment.Common.V1;
using Employment.Hiring.Domain.Claims;
using Employment.Policy.Model;

namespace Employment.Hiring.Domain.Stabilisation;

/// <summary>
/// One employer's 稳岗返还 claim with the facts the rules read (R13, R15, R16). <see cref="SubmittedOn"/>
/// selects the rule and the refund year is the calendar year before it. <see cref="Size"/> is the
/// recorded size fact (<see cref="EnterpriseSize.Unspecified"/> when there is none); the headcount is the
/// insured staff at the start of the refund year; <see cref="FullContributionMonths"/> counts the full
/// months of unemployment insurance paid up to the claim date, inclusive.
/// </summary>
public sealed record StabilisationClaim(
    string CreditCode,
    string Name,
    Region Region,
    ClaimantType Type,
    EnterpriseSize Size,
    bool InsuredAsUnit,
    DateOnly SubmittedOn,
    long LastYearContributionsFen,
    int InsuredStaffAtYearStart,
    int LayoffsInRefundYear,
    int FullContributionMonths)
{
    // An input limit, not a policy figure: above it the refund's arithmetic (fen × percent) could overflow,
    // and no employer pays a hundredth of it in a year.
    /// <summary>Where <see cref="Type"/> came from (the registry's 单位类型 or 市场主体类型, or the clerk's statement); shown beside it in the explanation.</summary>
    public FactSource? TypeSource { get; init; }

    private const long ArithmeticLimitFen = long.MaxValue / 1000;

    /// <summary>Refuses input no claim can have, naming the field: it never reaches a judgement.</summary>
    public void Validate()
    {
        if (LastYearContributionsFen < 0)
        {
            throw DomainRuleException.Invalid("last_year_contributions", $"上年度实际缴纳失业保险费不能为负数（收到 {LastYearContributionsFen} 分）。 (Contributions cannot be negative.)");
        }

        if (LastYearContributionsFen > ArithmeticLimitFen)
        {
            throw DomainRuleException.Invalid("last_year_contributions", $"上年度实际缴纳失业保险费 {LastYearContributionsFen} 分超出可受理范围，请核对单位（分）。 (Contributions are beyond any plausible amount; check the unit, fen.)");
        }

        if (InsuredStaffAtYearStart < 0)
        {
            throw DomainRuleException.Invalid("insured_staff_at_year_start", $"上年初参保职工人数不能为负数（收到 {InsuredStaffAtYearStart}）。 (Insured staff cannot be negative.)");
        }

        if (LayoffsInRefundYear < 0 || LayoffsInRefundYear > InsuredStaffAtYearStart)
        {
            throw DomainRuleException.Invalid("layoffs", $"上年度裁员人数须在 0 至上年初参保职工人数（{InsuredStaffAtYearStart}）之间（收到 {LayoffsInRefundYear}）。 (Layoffs must be between 0 and the insured staff at the start of the refund year.)");
        }

        if (FullContributionMonths < 0)
        {
            throw DomainRuleException.Invalid("full_contribution_months", $"足额缴纳失业保险费月数不能为负数（收到 {FullContributionMonths}）。 (Contribution months cannot be negative.)");
        }
    }
}
