using Employment.Common.V1;
using Employment.Policy;
using Employment.Policy.Model;
using Employment.Policy.Explanations;

namespace Employment.Hiring.Domain.Referral;

/// <summary>
/// Judges an agency's claim for the 职业介绍补贴 (豫政办〔2022〕14号 四、, R26) by the rule in force on the placement's
/// contract start in the agency's region: a licensed agency, a free placement, once per placement, and the
/// configured amount (R3).
/// </summary>
public sealed class ReferralSubsidyJudge(PolicyCatalog catalog, string nameZh)
{
    /// <summary>The measure's name as its kind states it (the judges name no kind of their own).</summary>
    private string NameZh { get; } = nameZh;

    public ReferralJudgement Judge(ReferralClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(claim.JobSeeker);
        claim.Validate();
        var region = claim.AgencyRegion;
        var on = claim.Contract.Start;
        var explanation = new ExplanationBuilder(on);
        if (!catalog.TryResolve(HiringPolicyKeys.ReferralRequiresLicensedAgency, region, on, out var licensed))
        {
            explanation.Check(ReferralRuleIds.ReferralPolicyInForce, false, $"劳动合同起始日（{ClerkText.Day(on)}）在{region}没有有效的{NameZh}（裁定 R26）")
                .Fact("无政策的参数", HiringPolicyKeys.ReferralRequiresLicensedAgency)
                .CitesWhereInForce(catalog.Everywhere(HiringPolicyKeys.ReferralRequiresLicensedAgency));
            return new ReferralJudgement(false, 0, false, null, explanation.Build($"无适用政策：{NameZh}"));
        }

        explanation.Check(ReferralRuleIds.ReferralPolicyInForce, true, $"劳动合同起始日（{ClerkText.Day(on)}）在{region}有效的{NameZh}")
            .Fact("求职者", claim.JobSeeker.Person?.PersonId ?? "")
            .Fact("录用单位", claim.EmployerCreditCode)
            .Uses(licensed);
        explanation.Check(ReferralRuleIds.ReferralLicensedAgency, !licensed.Value.Boolean || claim.LicensedAgency, "依法设立的经营性人力资源服务机构或职业中介机构（裁定 R26）")
            .Fact("申请机构", claim.AgencyName, claim.AgencyCreditCode)
            .Fact("人力资源服务许可", claim.LicensedAgency ? "有" : "无", "人力资源服务许可证")
            .Uses(licensed);
        var free = catalog.Resolve(HiringPolicyKeys.ReferralRequiresFreePlacement, region, on);
        explanation.Check(ReferralRuleIds.ReferralFreePlacement, !free.Value.Boolean || claim.FreeOfCharge, "免费介绍求职者就业（未向求职者收费）")
            .Fact("免费介绍", claim.FreeOfCharge ? "是" : "否", "申请材料")
            .Uses(free);
        var earlier = claim.EarlierClaimsForThisPlacement.FirstOrDefault();
        explanation.Check(ReferralRuleIds.ReferralOncePerPlacement, earlier is null, earlier is null
                ? "该次介绍就业此前未申领职业介绍补贴"
                : $"该次介绍就业已有申领（{earlier}），同一次就业只补贴一次")
            .Fact("已有申领", earlier ?? "无");

        if (!explanation.AllPassed)
        {
            var refused = explanation.Build("");
            refused.SummaryZh = $"不符合{NameZh}条件：" + string.Join("、", refused.Checks.Where(c => !c.Passed).Select(c => c.RuleId));
            return new ReferralJudgement(false, 0, true, earlier, refused);
        }

        var amount = ConfiguredValue.Read(catalog, HiringPolicyKeys.ReferralAmountPerPlacement, region, on, NameZh, ReferralRuleIds.ReferralAmount);
        explanation.Check(ReferralRuleIds.ReferralAmount, true, $"按规定标准每介绍成功1人{amount.Value.Display()}").Uses(amount);
        return new ReferralJudgement(true, amount.Value.Fen, true, null, explanation.Build($"符合{NameZh}条件，补贴{amount.Value.Display()}。"));
    }
}
