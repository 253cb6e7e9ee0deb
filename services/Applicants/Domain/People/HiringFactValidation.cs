using Employment.Applicants.Domain.Employers;
using Employment.Applicants.Domain.Registry;
using Employment.Common.V1;
using Employment.Policy.Explanations;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Validation;

namespace Employment.Applicants.Domain.People;

/// <summary>
/// The person facts the hiring subsidies judge a month by: a traineeship (见习协议, R11, R22)
/// and the employer's part of an insurance period (单位缴纳部分 and 按时缴纳, 15号（三）, R18). Each broken
/// rule names the field, so nothing a rule cannot read is stored.
/// </summary>
internal static class HiringFactValidation
{
    // An input limit, not a policy figure: no monthly contribution for one person approaches it, and the
    // subsidy's share arithmetic stays far from overflow (the hiring service bounds amounts alike).
    private const long ArithmeticLimitFen = long.MaxValue / 100_000;

    /// <summary>A traineeship has both ends (the months it pays are counted from them); an early hire lies within it.</summary>
    public static void Traineeship(Traineeship traineeship, FactPeriod period)
    {
        if (period.From is not { } from)
        {
            throw DomainRuleException.Invalid("fact.period.from", "请填写见习协议的开始日期。");
        }

        if (period.Until is not { } until)
        {
            throw DomainRuleException.Invalid("fact.period.until", "请填写见习协议的结束日期。");
        }

        var hired = FactPeriod.ClerkDate(traineeship.HiredOn, "fact.traineeship.hired_on");
        if (hired is { } day && (day < from || day > until))
        {
            throw DomainRuleException.Invalid("fact.traineeship.hired_on",
                $"见习期内录用日期 {day:yyyy-MM-dd} 须在见习期间（{from:yyyy-MM-dd} 至 {until:yyyy-MM-dd}）之内。");
        }

        if (hired is null && traineeship.HiredWithSocialInsurance)
        {
            throw DomainRuleException.Invalid("fact.traineeship.hired_on", "注明录用后缴纳社会保险时，请填写见习期内录用日期。");
        }

        if (hired is not null && traineeship.Retained)
        {
            throw DomainRuleException.Invalid("fact.traineeship.retained", "见习期内已录用的人员按录用记录，不另记“见习期满留用”。");
        }
    }

    /// <summary>
    /// The employer's monthly part is an employer's record (a credit code, not a flexible worker's own
    /// payment) over a closed period of whole months' payments, zero or more and not above the monthly
    /// total when that is recorded too.
    /// </summary>
    public static void EmployerPart(InsuranceContribution insurance, FactPeriod period)
    {
        if (insurance.EmployerPartMonthly is not { } part)
        {
            if (insurance.PaidOnTime)
            {
                throw DomainRuleException.Invalid("fact.insurance.employer_part_monthly", "记录“按时缴纳”时，请同时填写单位每月缴纳部分。");
            }

            return;
        }

        if (insurance.FlexibleWorker || insurance.EmployerCreditCode.Length == 0)
        {
            throw DomainRuleException.Invalid("fact.insurance.employer_part_monthly", "单位缴纳部分只记在单位为职工缴纳的记录上（须有缴费单位的统一社会信用代码，且不是灵活就业人员缴费）。");
        }

        if (period.From is null || period.Until is null)
        {
            throw DomainRuleException.Invalid(period.From is null ? "fact.period.from" : "fact.period.until", "记录单位缴纳部分时，请填写缴费期间的起止日期（按月核对补贴）。");
        }

        if (part.Fen < 0 || part.Fen > ArithmeticLimitFen)
        {
            throw DomainRuleException.Invalid("fact.insurance.employer_part_monthly", $"单位每月缴纳部分须为非负数且在可受理范围内（收到 {part.Fen} 分）。");
        }

        if (insurance.MonthlyAmount is { } total && total.Fen > 0 && part.Fen > total.Fen)
        {
            throw DomainRuleException.Invalid("fact.insurance.employer_part_monthly", $"单位每月缴纳部分（{part.Fen} 分）不能超过每月缴费总额（{total.Fen} 分）。");
        }
    }

    /// <summary>A flexible worker's 参保地 is a place of the region table, and only a flexible worker's record has one.</summary>
    public static void InsuredRegion(InsuranceContribution insurance)
    {
        if (insurance.InsuredRegion is null)
        {
            return;
        }

        if (!insurance.FlexibleWorker)
        {
            throw DomainRuleException.Invalid("fact.insurance.insured_region", "参保地只记在灵活就业人员本人缴费的记录上；单位缴费的参保地为缴费单位的登记地。");
        }

        RegionCodes.Place(insurance.InsuredRegion, "fact.insurance.insured_region", required: false);
    }

    /// <summary>外出务工 states the home county that pays and a work place outside it, from the day work began.</summary>
    public static void WorkAway(PersonFactKind kind, WorkAway away, FactPeriod period)
    {
        if (kind != PersonFactKind.WorkAway)
        {
            throw DomainRuleException.Invalid("fact.work_away", "外出务工的信息只能记在“外出务工”类事实上。");
        }

        if (period.From is null)
        {
            throw DomainRuleException.Invalid("fact.period.from", "请填写外出务工开始日期。");
        }

        var home = RegionCodes.Place(away.HomeCounty, "fact.work_away.home_county", required: true);
        var place = RegionCodes.Place(away.WorkPlace, "fact.work_away.work_place", required: true);
        if (Region.Parse(home).Contains(Region.Parse(place)))
        {
            throw DomainRuleException.Invalid("fact.work_away.work_place", "务工地须在户籍所在县（市、区）以外。");
        }
    }

    /// <summary>A placement names its agency by a valid credit code; 免费介绍 is stated only with an agency.</summary>
    public static void Referral(EmploymentContract contract)
    {
        if (contract.ReferralAgencyCreditCode.Length > 0)
        {
            EmployerValidation.CreditCode(contract.ReferralAgencyCreditCode, "fact.contract.referral_agency_credit_code");
        }
        else if (contract.ReferralFreeOfCharge)
        {
            throw DomainRuleException.Invalid("fact.contract.referral_agency_credit_code", "记录“免费介绍”时，请填写介绍就业的人力资源服务机构的统一社会信用代码。");
        }
    }
}
