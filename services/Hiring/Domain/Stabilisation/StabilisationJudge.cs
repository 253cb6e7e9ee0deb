using Employment.Common.V1;
using Employment.Policy;
using Employment.Policy.Explanations;
using Employment.Policy.Model;

namespace Employment.Hiring.Domain.Stabilisation;

/// <summary>
/// Judges a 失业保险稳岗返还 claim (R13, R15, R16, R17) by the rule in force on its submission date in the
/// employer's registered region (R27): claimant type and size, the twelve full months (where the rule in
/// force sets them), the layoff condition, and the refund at the size's rate of last year's contributions,
/// rounded half up to the fen (R28). Every figure, type list and bound is a catalog key.
/// </summary>
public sealed class StabilisationJudge(PolicyCatalog catalog, string nameZh)
{
    /// <summary>The measure's name as its kind states it (the judges name no kind of their own).</summary>
    private string NameZh { get; } = nameZh;

    public StabilisationJudgement Judge(StabilisationClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        claim.Validate();
        var region = claim.Region;
        var on = claim.SubmittedOn;
        var refundYear = on.Year - 1;
        var explanation = new ExplanationBuilder(on);

        // R15: the submission date selects the rule. No SME rate in force (2022's is only a ceiling; from
        // 2025; Jiyuan, R27): no policy, never the nearest value.
        if (!catalog.TryResolve(HiringPolicyKeys.StabilisationRefundPercentSmes, region, on, out var smesRate))
        {
            explanation.Check(StabilisationRuleIds.StabilisationPolicyInForce, false, $"申请日（{ClerkText.Day(on)}）在单位登记地（{region}）没有有效的{NameZh}政策（裁定 R15、R27）")
                .Fact("申请日", ClerkText.Day(on))
                .Fact("单位登记地", region.Code)
                .Fact("无政策的参数", HiringPolicyKeys.StabilisationRefundPercentSmes)
                .CitesWhereInForce(catalog.Everywhere(HiringPolicyKeys.StabilisationRefundPercentSmes));
            return new StabilisationJudgement(false, 0, false, refundYear, explanation.Build($"无适用政策：{ClerkText.Day(on)}在{region}不受理{NameZh}。"));
        }

        explanation.Check(StabilisationRuleIds.StabilisationPolicyInForce, true, $"申请日（{ClerkText.Day(on)}）有效的{NameZh}，返还{refundYear}年度缴费（裁定 R15）")
            .Fact("申请日", ClerkText.Day(on))
            .Fact("返还年度", $"{refundYear}年")
            .Fact("单位登记地", region.Code)
            .Uses(smesRate);

        var rate = CheckClaimant(claim, smesRate, explanation);
        CheckFullContributionMonths(claim, explanation);
        CheckLayoffs(claim, explanation);

        var amount = rate is null ? 0 : (long)Math.Round(claim.LastYearContributionsFen * rate.Value.Decimal / 100m, 0, MidpointRounding.AwayFromZero);
        if (rate is not null)
        {
            explanation.Check(StabilisationRuleIds.StabilisationRefundAmount, claim.LastYearContributionsFen > 0, $"返还金额 = 上年度单位及职工实际缴纳失业保险费 × {rate.Value.Display()}（四舍五入到分，裁定 R28）")
                .Fact("上年度实际缴纳失业保险费", ClerkText.Yuan(claim.LastYearContributionsFen), "社保缴费记录")
                .Fact("返还金额", ClerkText.Yuan(amount))
                .Uses(rate);
        }

        var built = explanation.Build("");
        var approved = built.Outcome == Outcome.Passed;
        built.SummaryZh = approved
            ? $"符合{NameZh}条件，返还{ClerkText.Yuan(amount)}。"
            : $"不符合{NameZh}条件：" + string.Join("、", built.Checks.Where(c => !c.Passed).Select(c => c.RuleId));
        return new StabilisationJudgement(approved, approved ? amount : 0, true, refundYear, built);
    }

    /// <summary>
    /// R13, R16, R17: an enterprise takes the rate of its recorded size (none recorded: FAILED_PRECONDITION);
    /// a 参照实施 type takes its recorded size's rate, or the SME rate without one; any other kind is refused.
    /// Returns the rate, or null when the claimant is not covered.
    /// </summary>
    private ParameterValue? CheckClaimant(StabilisationClaim claim, ParameterValue smesRate, ExplanationBuilder explanation)
    {
        const string rule = StabilisationRuleIds.StabilisationClaimant;
        var typeKey = TypeKey(claim.Type);
        var typeValue = typeKey is null ? null : Read(typeKey, claim);
        var covered = typeValue is not null && typeValue.Value.Boolean;
        if (claim.Type == ClaimantType.IndividualBusiness)
        {
            covered &= claim.InsuredAsUnit;
        }

        var check = explanation.Check(rule, covered, $"申请单位为参保企业或参照实施的单位（社会团体、基金会、社会服务机构、律师事务所、会计师事务所、以单位形式参保的个体工商户，裁定 R17）")
            .Fact("申请单位", claim.Name, claim.CreditCode)
            .Fact("单位类型", TypeZh(claim.Type), claim.TypeSource?.Display ?? "");
        if (claim.Type == ClaimantType.IndividualBusiness)
        {
            check.Fact("以单位形式参保", claim.InsuredAsUnit ? "是" : "否");
        }

        if (typeValue is not null)
        {
            check.Uses(typeValue);
        }

        if (!covered)
        {
            return null;
        }

        if (claim.Size == EnterpriseSize.Unspecified && claim.Type == ClaimantType.Enterprise)
        {
            // R13, R16: size is a recorded fact, never computed here; without it the claim cannot be decided.
            throw new DomainRuleException(
                DomainRuleKind.NotAllowedNow,
                $"申请单位（{claim.CreditCode}）没有登记的企业规模（大型/中型/小型/微型），无法确定{NameZh}返还比例（裁定 R13、R16）。 (The enterprise has no recorded size fact; ruling R16. field: employer.size)",
                "employer.size",
                StabilisationRuleIds.StabilisationRefundRate);
        }

        var large = claim.Size == EnterpriseSize.Large;
        var rate = large ? catalog.Resolve(HiringPolicyKeys.StabilisationRefundPercentLarge, claim.Region, claim.SubmittedOn) : smesRate;
        explanation.Check(StabilisationRuleIds.StabilisationRefundRate, true,
                claim.Size == EnterpriseSize.Unspecified
                    ? $"参照实施单位无企业规模记录，按中小微企业比例{rate.Value.Display()}返还（裁定 R16）"
                    : $"{SizeZh(claim.Size)}按{rate.Value.Display()}返还（{(large ? "大型企业" : "中小微企业")}，裁定 R13）")
            .Fact("企业规模", claim.Size == EnterpriseSize.Unspecified ? "无记录" : SizeZh(claim.Size), "单位规模认定记录")
            .Uses(rate);
        return rate;
    }

    /// <summary>R13, R16: 足额缴纳失业保险费12个月以上, where the rule in force sets it (from 2024): cumulative full months up to the claim date.</summary>
    private void CheckFullContributionMonths(StabilisationClaim claim, ExplanationBuilder explanation)
    {
        if (!catalog.TryResolve(HiringPolicyKeys.StabilisationMinFullContributionMonths, claim.Region, claim.SubmittedOn, out var minMonths))
        {
            return;
        }

        explanation.Check(StabilisationRuleIds.StabilisationFullContributionMonths, claim.FullContributionMonths >= minMonths.Value.Integer,
                $"截至申请日足额缴纳失业保险费{minMonths.Value.Display()}以上（含，裁定 R16）")
            .Fact("足额缴费月数", $"{claim.FullContributionMonths}个月", "社保缴费记录")
            .Uses(minMonths);
    }

    /// <summary>
    /// R13, R16: no layoffs passes without the control target; 30 insured or fewer (the catalog's count) may lay
    /// off up to its percent; otherwise the rate may not exceed the configured national control target (R3).
    /// Rates compare exactly (layoffs × 100 against percent × staff): a rate equal to the bound passes.
    /// </summary>
    private void CheckLayoffs(StabilisationClaim claim, ExplanationBuilder explanation)
    {
        const string rule = StabilisationRuleIds.StabilisationLayoffRate;
        var staff = claim.InsuredStaffAtYearStart;
        var layoffs = claim.LayoffsInRefundYear;
        if (layoffs == 0)
        {
            var none = explanation.Check(rule, true, "上年度未裁员（裁定 R16：无需比对失业率控制目标）")
                .Fact("上年度裁员人数", "0人")
                .Fact("上年初参保职工人数", $"{staff}人");
            // The clause whose "上年度未裁员或裁员率不高于…" the check applies.
            if (catalog.TryResolve(HiringPolicyKeys.StabilisationSmallEmployerMaxLayoffPercent, claim.Region, claim.SubmittedOn, out var clause))
            {
                none.Cites(ProtoMapping.ToProto(clause));
            }

            return;
        }

        var smallMax = catalog.Resolve(HiringPolicyKeys.StabilisationSmallEmployerMaxInsured, claim.Region, claim.SubmittedOn);
        var smallPercent = catalog.Resolve(HiringPolicyKeys.StabilisationSmallEmployerMaxLayoffPercent, claim.Region, claim.SubmittedOn);
        var small = staff <= smallMax.Value.Integer;
        if (small && layoffs * 100m <= smallPercent.Value.Decimal * staff)
        {
            explanation.Check(rule, true, $"参保职工{smallMax.Value.Display()}（含）以下，裁员率不高于参保职工总数{smallPercent.Value.Display()}")
                .Fact("上年初参保职工人数", $"{staff}人")
                .Fact("上年度裁员人数", $"{layoffs}人")
                .Fact("裁员率", RatePercent(layoffs, staff))
                .Uses(smallMax)
                .Uses(smallPercent);
            return;
        }

        ParameterValue target;
        try
        {
            target = catalog.Resolve(HiringPolicyKeys.StabilisationNationalControlTargetPercent, claim.Region, claim.SubmittedOn);
        }
        catch (ConfigurationMissingException e)
        {
            throw DomainRuleException.NotAllowed($"缺少配置参数，无法判断裁员率条件（裁定 R3）：{e.Message}", rule, cause: e);
        }

        var passed = layoffs * 100m <= target.Value.Decimal * staff;
        explanation.Check(rule, passed, small
                ? $"裁员率不高于参保职工总数{smallPercent.Value.Display()}，或不高于上年度全国城镇调查失业率控制目标{target.Value.Display()}"
                : $"参保职工超过{smallMax.Value.Display()}，裁员率不高于上年度全国城镇调查失业率控制目标{target.Value.Display()}")
            .Fact("上年初参保职工人数", $"{staff}人")
            .Fact("上年度裁员人数", $"{layoffs}人")
            .Fact("裁员率", RatePercent(layoffs, staff))
            .Uses(smallMax)
            .Uses(smallPercent)
            .Uses(target);
    }

    private ParameterValue? Read(string key, StabilisationClaim claim) =>
        catalog.TryResolve(key, claim.Region, claim.SubmittedOn, out var value) ? value : null;

    private static string? TypeKey(ClaimantType type) => type switch
    {
        ClaimantType.Enterprise => HiringPolicyKeys.StabilisationEmployerEnterprise,
        ClaimantType.SocialGroup => HiringPolicyKeys.StabilisationReferenceSocialGroup,
        ClaimantType.Foundation => HiringPolicyKeys.StabilisationReferenceFoundation,
        ClaimantType.SocialServiceOrganisation => HiringPolicyKeys.StabilisationReferenceSocialServiceOrganisation,
        ClaimantType.LawFirm => HiringPolicyKeys.StabilisationReferenceLawFirm,
        ClaimantType.AccountingFirm => HiringPolicyKeys.StabilisationReferenceAccountingFirm,
        ClaimantType.IndividualBusiness => HiringPolicyKeys.StabilisationReferenceIndividualBusiness,
        _ => null,
    };

    private static string RatePercent(int layoffs, int staff) =>
        staff == 0 ? "—" : $"{Math.Round(layoffs * 100m / staff, 2, MidpointRounding.AwayFromZero):0.##}%";

    private static string TypeZh(ClaimantType type) => type switch
    {
        ClaimantType.Enterprise => "企业",
        ClaimantType.SocialGroup => "社会团体",
        ClaimantType.Foundation => "基金会",
        ClaimantType.SocialServiceOrganisation => "社会服务机构",
        ClaimantType.LawFirm => "律师事务所",
        ClaimantType.AccountingFirm => "会计师事务所",
        ClaimantType.IndividualBusiness => "个体工商户",
        _ => "其他单位（事业单位、机关等）",
    };

    private static string SizeZh(EnterpriseSize size) => size switch
    {
        EnterpriseSize.Large => "大型企业",
        EnterpriseSize.Medium => "中型企业",
        EnterpriseSize.Small => "小型企业",
        _ => "微型企业",
    };
}
