using Employment.Common.V1;
using Employment.Hiring.Domain.Claims;
using Employment.Hiring.Domain.OneOffHires;
using Employment.Hiring.Domain.SocialInsurance;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Validation;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases.SelfChecks;

/// <summary>
/// 自助测算 for the 社会保险补贴 an employer may get for one hire (R21, R25): the stated employer, contract, post and
/// the same monthly contribution for the stated months from the contract-start month, judged by the claims' own
/// <see cref="SocialInsuranceJudge"/> (every route, paid once by the highest).
/// </summary>
internal sealed class SelfCheckInsuredHire(SocialInsuranceJudge judge)
{
    private const string Field = "insured_hire";

    public V1.RoutesSelfCheck Check(V1.StatedInsuredHire stated)
    {
        var kind = StatedEmployers.Kind(stated.EmployerKind, $"{Field}.employer_kind");
        var region = Region.Parse(RegionCodes.Place(stated.Region, $"{Field}.region", required: true));
        var start = StatedPersonFacts.Day(stated.ContractStart, $"{Field}.contract_start")
            ?? throw DomainRuleException.Invalid($"{Field}.contract_start", "请填写劳动合同起始日期（insured_hire.contract_start）。");
        if (stated.OpenEnded ? stated.ContractTermMonths != 0 : stated.ContractTermMonths is <= 0 or > 1200)
        {
            throw DomainRuleException.Invalid($"{Field}.contract_term_months", "请填写劳动合同期限（月，insured_hire.contract_term_months），或选择无固定期限（此时期限不填）。");
        }

        if (!Enum.IsDefined(stated.EmployerSize))
        {
            throw DomainRuleException.Invalid($"{Field}.employer_size", "企业规模（insured_hire.employer_size）不在可选范围内。");
        }

        var months = StatedPersonFacts.Months(stated.Months, $"{Field}.months", "缴费月数");
        var monthly = StatedPersonFacts.Fen(stated.MonthlyPaid, $"{Field}.monthly_paid", "单位每月为其缴纳的社会保险费");
        var contract = new HireContract(start, stated.ContractTermMonths, stated.OpenEnded);
        var lastMonth = stated.OpenEnded ? months : Math.Min(months, stated.ContractTermMonths);
        var first = StatedPersonFacts.MonthOf(start);
        var contributions = Enumerable.Range(0, lastMonth).Select(i => first.AddMonths(i)).Select(m => new ContributionMonth(m.Year, m.Month, monthly)).ToList();
        var source = FactSource.Stated(StatedPersonFacts.Stated);
        var employer = new HiringEmployer("", "本单位", kind, region, stated.InsuredAsUnit, stated.HasEmployees, source, source);
        var person = StatedPersonFacts.Profile(stated.Person, $"{Field}.person", start);

        SocialInsuranceJudgement judged;
        try
        {
            judged = judge.Judge(new SocialInsuranceHire(employer, stated.EmployerSize, person, contract, stated.PublicWelfarePost, contributions));
        }
        catch (DomainRuleException e) when (e.Field == "employer.size")
        {
            throw DomainRuleException.Invalid($"{Field}.employer_size", "按企业规模享受的社会保险补贴需要知道企业规模：请选择大型、中型、小型或微型企业（insured_hire.employer_size，见营业执照或统计部门的划型）。");
        }

        var inForce = judged.Measures.Where(m => m.PolicyInForce).ToList();
        var answer = new V1.RoutesSelfCheck
        {
            MayBePaid = judged.Approved,
            Amount = new Money { Fen = judged.AmountFen },
            PaidUnderZh = judged.Measures.FirstOrDefault(m => m.MeasureId == judged.PaidMeasureId)?.MeasureNameZh ?? "",
        };
        answer.Routes.AddRange((inForce.Count > 0 ? inForce : judged.Measures).Select(m =>
        {
            var route = new V1.MeasureSelfCheck
            {
                Kind = V1.SubsidyKind.SocialInsurance,
                NameZh = m.MeasureNameZh,
                MayBePaid = m.Passed,
                Amount = new Money { Fen = m.AmountFen },
                Explanation = m.Explanation,
            };
            route.PaidMonths.AddRange(m.PaidMonths);
            return route;
        }));
        answer.BringZh.Add("申请单位营业执照或登记证书");
        answer.BringZh.Add("与该人员签订的劳动合同");
        answer.BringZh.Add("为该人员缴纳社会保险的缴费明细（单位缴纳部分）");
        answer.BringZh.Add("该人员居民身份证，及其人员类别证明（毕业证书、失业登记凭证或就业困难人员认定证明）");
        if (stated.PublicWelfarePost)
        {
            answer.BringZh.Add("公益性岗位安置的认定文件");
        }

        return answer;
    }
}
