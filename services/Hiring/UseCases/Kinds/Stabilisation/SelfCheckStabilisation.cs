using Employment.Common.V1;
using Employment.Hiring.Domain.Claims;
using Employment.Hiring.Domain.Stabilisation;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Validation;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases.SelfChecks;

/// <summary>
/// 自助测算 for the 失业保险稳岗返还 (R13, R15-R17): the employer's stated type, size and last year's figures, judged
/// by the claims' own <see cref="StabilisationJudge"/> on the stated application date (which selects the rule; the
/// refund year is the year before it).
/// </summary>
internal sealed class SelfCheckStabilisation(StabilisationJudge judge)
{
    private const string Field = "stabilisation";

    public V1.MeasureSelfCheck Check(V1.StatedStabilisation stated)
    {
        var region = Region.Parse(RegionCodes.Place(stated.Region, $"{Field}.region", required: true));
        var on = StatedPersonFacts.Day(stated.ApplyOn, $"{Field}.apply_on")
            ?? throw DomainRuleException.Invalid($"{Field}.apply_on", "请填写申请日期（stabilisation.apply_on）：返还的是其上一年度的缴费。");
        if (!Enum.IsDefined(stated.Size))
        {
            throw DomainRuleException.Invalid($"{Field}.size", "企业规模（stabilisation.size）不在可选范围内。");
        }

        var type = stated.EmployerKind switch
        {
            EntityKind.Enterprise => ClaimantType.Enterprise,
            EntityKind.IndividualBusiness => ClaimantType.IndividualBusiness,
            EntityKind.Cooperative => ClaimantType.Other,
            EntityKind.Organisation => StabilisationInput.Stated(stated.OrganisationType)
                ?? throw DomainRuleException.Invalid($"{Field}.organisation_type", "请选择机构类型（stabilisation.organisation_type）：社会团体、基金会、社会服务机构、律师事务所、会计师事务所或其他。"),
            _ => throw DomainRuleException.Invalid($"{Field}.employer_kind", "请选择单位类型（stabilisation.employer_kind）：企业、个体工商户、农民专业合作社或社会组织等机构。"),
        };
        var contributions = StatedPersonFacts.Fen(stated.LastYearContributions, $"{Field}.last_year_contributions", "上年度单位及职工实际缴纳的失业保险费");
        var claim = new StabilisationClaim("", "本单位", region, type, stated.Size, stated.InsuredAsUnit, on, contributions,
            stated.InsuredStaffAtYearStart, stated.Layoffs, stated.FullContributionMonths)
        {
            TypeSource = FactSource.Stated(StatedPersonFacts.Stated),
        };
        var judged = judge.Judge(claim);
        var answer = new V1.MeasureSelfCheck
        {
            Kind = V1.SubsidyKind.StabilisationRefund,
            NameZh = "失业保险稳岗返还",
            MayBePaid = judged.Approved,
            Amount = new Money { Fen = judged.AmountFen },
            Explanation = judged.Explanation,
        };
        answer.BringZh.Add("单位营业执照或登记证书");
        answer.BringZh.Add($"{on.Year - 1}年度失业保险缴费明细（社保经办机构出具）");
        answer.BringZh.Add($"{on.Year - 1}年初参保职工名册和当年裁员（减员）情况");
        answer.BringZh.Add("单位银行账户信息");
        return answer;
    }
}
