using Employment.Common.V1;
using Employment.Hiring.Domain.Claims;
using Employment.Hiring.Domain.OneOffHires;
using Employment.Hiring.Domain.SocialInsurance;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Validation;
using Employment.ServiceDefaults.Forms;
using Employment.ServiceDefaults.Protocol;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases.SelfChecks;

/// <summary>
/// 自助测算 for the 社会保险补贴 an employer may get for one hire (R21, R25): the stated employer, contract, post and
/// the same monthly contribution for the stated months from the contract-start month, judged by the claims' own
/// <see cref="SocialInsuranceJudge"/> (every route, paid once by the highest).
/// </summary>
internal sealed class SelfCheckInsuredHire(SocialInsuranceJudge judge)
{
    /// <summary>The questions, as the public site asks them of an employer about one hire.</summary>
    public static SelfCheckForm Form { get; } = new(
        V1.SubsidySelfCheckRequest.Descriptor, Field, "insured-hire", SocialInsuranceClaims.Taken[0].NameZh,
        "单位：招用登记失业人员、高校毕业生、就业困难人员",
        "单位招用符合条件的人员并为其缴纳社会保险，可按实际缴费申请社会保险补贴。填写一名拟招用（已招用）人员的情况即可测算。",
        ["employer_kind", "region", "employer_size", "insured_as_unit", "has_employees", "contract_start", "contract_term_months", "open_ended",
            "public_welfare_post", "monthly_paid", "months", "person"],
        FieldWordings.Of([
            ("employer_kind", new("申请单位类型", Required: true)),
            ("region", new("申请单位登记地", Required: true)),
            ("employer_size", new("企业规模", "企业填写，见统计部门的企业划型。")),
            ("insured_as_unit", new("个体工商户：以单位形式参保")),
            ("has_employees", new("个体工商户：有雇工")),
            ("contract_start", new("劳动合同起始日期", Required: true)),
            ("contract_term_months", new("劳动合同期限（月）", "无固定期限合同不填，在下一项选“是”。")),
            ("open_ended", new("无固定期限劳动合同")),
            ("public_welfare_post", new("公益性岗位安置")),
            ("monthly_paid", new("单位每月为其缴纳的社会保险费", "单位缴纳部分。", Required: true)),
            ("months", new("已缴（拟缴）月数", "从劳动合同起始月起算。", Required: true)),
            .. StatedPersonWording.Of("person", "该人员", "劳动合同起始日前一天有工作（劳动合同或单位缴纳社会保险）",
                StatedPersonWording.BirthDate, StatedPersonWording.Education, StatedPersonWording.RegisteredSince, StatedPersonWording.EmploymentDifficulty,
                StatedPersonWording.EmployedBefore),
        ]),
        ClaimFormWording.Choices)
    {
        ApplyKinds = [ContractNames.Of(V1.SubsidyKind.SocialInsurance)],
    };

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
