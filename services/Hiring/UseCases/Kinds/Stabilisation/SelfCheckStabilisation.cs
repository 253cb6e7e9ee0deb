using Employment.Common.V1;
using Employment.Hiring.Domain.Claims;
using Employment.Hiring.Domain.Stabilisation;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Validation;
using Employment.ServiceDefaults.Forms;
using Employment.ServiceDefaults.Protocol;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.UseCases.SelfChecks;

/// <summary>
/// 自助测算 for the 失业保险稳岗返还 (R13, R15-R17): the employer's stated type, size and last year's figures, judged
/// by the claims' own <see cref="StabilisationJudge"/> on the stated application date (which selects the rule; the
/// refund year is the year before it).
/// </summary>
internal sealed class SelfCheckStabilisation(StabilisationJudge judge)
{
    /// <summary>The questions, as the public site asks them of an employer about last year.</summary>
    public static SelfCheckForm Form { get; } = new(
        V1.SubsidySelfCheckRequest.Descriptor, Field, "stabilisation", StabilisationClaims.Taken[0].NameZh,
        "单位：参加失业保险、不裁员或少裁员",
        "参加失业保险、上年度未裁员或裁员率不高的单位，可申请返还上年度缴纳的部分失业保险费。",
        ["employer_kind", "organisation_type", "region", "size", "insured_as_unit", "apply_on", "last_year_contributions", "insured_staff_at_year_start",
            "layoffs", "full_contribution_months"],
        FieldWordings.Of([
            ("employer_kind", new("单位类型", Required: true)),
            ("organisation_type", new("机构类型", "社会组织等其他单位填写。")),
            ("region", new("单位登记地", Required: true)),
            ("size", new("企业规模", "企业填写，见统计部门的企业划型。")),
            ("insured_as_unit", new("个体工商户：以单位形式参保")),
            ("apply_on", new("申请日期", "返还的是申请日上一年度的缴费。", Required: true)),
            ("last_year_contributions", new("上年度单位和职工实际缴纳的失业保险费合计", Required: true)),
            ("insured_staff_at_year_start", new("上年初参保职工人数", Required: true)),
            ("layoffs", new("上年度裁员人数", Required: true)),
            ("full_contribution_months", new("截至申请日足额缴纳失业保险费的月数", Required: true)),
        ]),
        ClaimFormWording.Choices)
    {
        ApplyKinds = [ContractNames.Of(V1.SubsidyKind.StabilisationRefund)],
    };

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
