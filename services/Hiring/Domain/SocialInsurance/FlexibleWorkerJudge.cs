using Employment.Common.V1;
using Employment.Hiring.Domain.OneOffHires;
using Employment.Policy;
using Employment.Policy.Categories;
using Employment.Policy.Explanations;
using Employment.Policy.Model;

namespace Employment.Hiring.Domain.SocialInsurance;

/// <summary>
/// Judges a flexible worker's claim for the social-insurance subsidy (焦政办〔2023〕36号（十）, 29号 cl.4; R25): the
/// rule, the group and the graduate window on the first subsidised month; the months from it up to the
/// configured duration of the person's group; the configured schemes and share (R3) of what the person paid,
/// rounded half up (R28). An unconfigured value is FAILED_PRECONDITION naming key, region and date.
/// </summary>
public sealed class FlexibleWorkerJudge(PolicyCatalog catalog, string nameZh)
{
    /// <summary>The measure's name as its kind states it (the judges name no kind of their own).</summary>
    private string NameZh { get; } = nameZh;
    private readonly ApplicantCategories _categories = new(catalog);

    private static readonly (SubsidisedGroup Group, string GroupKey, string MaxMonthsKey)[] Groups =
    [
        (SubsidisedGroup.EmploymentDifficulty, HiringPolicyKeys.SiFlexibleGroupEmploymentDifficulty, HiringPolicyKeys.SiFlexibleMaxMonthsEmploymentDifficulty),
        (SubsidisedGroup.GraduateUnemployed2y, HiringPolicyKeys.SiFlexibleGroupGraduateUnemployed2y, HiringPolicyKeys.SiFlexibleMaxMonthsGraduateUnemployed2y),
    ];

    private static readonly (InsuredScheme Scheme, string Key)[] Schemes =
    [
        (InsuredScheme.Pension, HiringPolicyKeys.SiFlexibleSchemePension),
        (InsuredScheme.Medical, HiringPolicyKeys.SiFlexibleSchemeMedical),
        (InsuredScheme.Unemployment, HiringPolicyKeys.SiFlexibleSchemeUnemployment),
    ];

    public FlexibleWorkerJudgement Judge(FlexibleWorkerClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(claim.Person);
        claim.Validate();
        var region = claim.Region;
        var earliest = claim.Contributions.Min(c => c.FirstDay);
        var first = claim.FirstSubsidisedMonth is { } f ? new DateOnly(f.Year, f.Month, 1) : earliest;
        var explanation = new ExplanationBuilder(first);

        var covered = Groups.Where(g => catalog.TryResolve(g.GroupKey, region, first, out var v) && v.Value.Boolean).ToList();
        if (covered.Count == 0)
        {
            explanation.Check(SocialInsuranceRuleIds.SiFlexiblePolicyInForce, false, $"首个补贴月份（{first:yyyy-MM}）在参保地（{region}）没有有效的{NameZh}（裁定 R25、R27）")
                .Fact("首个补贴月份", first.ToString("yyyy-MM"))
                .Fact("无政策的参数", HiringPolicyKeys.SiFlexibleGroupEmploymentDifficulty)
                .CitesWhereInForce(catalog.Everywhere(HiringPolicyKeys.SiFlexibleGroupEmploymentDifficulty));
            return new FlexibleWorkerJudgement(false, 0, false, [], explanation.Build($"无适用政策：{NameZh}"));
        }

        // R25: the group (and the graduate window) on the first subsidised month; each group judged apart.
        var matched = new List<(SubsidisedGroup Group, string MaxMonthsKey)>();
        var groupCheck = new List<(SubsidisedGroup Group, ParameterValue Value, bool InGroup, Explanation Built)>();
        foreach (var (group, groupKey, maxKey) in covered)
        {
            var scratch = new ExplanationBuilder(first);
            var inGroup = group == SubsidisedGroup.EmploymentDifficulty
                ? _categories.EmploymentDifficulty(claim.Person, region, first, scratch)
                : _categories.GraduateWithinTwoYearsOfLeaving(claim.Person, region, first, scratch)
                  & HireCategories.NotEmployedBefore(claim.Person, first, scratch, "首个补贴月份首日");
            groupCheck.Add((group, catalog.Resolve(groupKey, region, first), inGroup, scratch.Build("")));
            if (inGroup)
            {
                matched.Add((group, maxKey));
            }
        }

        var check = explanation.Check(SocialInsuranceRuleIds.SiFlexibleTargetGroup, matched.Count > 0, $"申请人在首个补贴月份（{first:yyyy-MM}）属于就业困难人员或离校2年内未就业高校毕业生（裁定 R25）");
        foreach (var g in groupCheck)
        {
            check.Fact(g.Group == SubsidisedGroup.EmploymentDifficulty ? "就业困难人员" : "离校2年内未就业高校毕业生", g.InGroup ? "符合" : "不符合").Uses(g.Value);
            foreach (var inner in g.Built.Checks)
            {
                check.Fact(inner.RuleId, (inner.Passed ? Employment.Policy.Categories.DecidedGroups.PassedPrefix : "未通过：") + inner.DescriptionZh);
                foreach (var citation in inner.Citations)
                {
                    check.Cites(citation);
                }
            }
        }

        if (matched.Count == 0)
        {
            var refused = explanation.Build($"不符合{NameZh}条件：hiring.si_flexible.target_group");
            return new FlexibleWorkerJudgement(false, 0, true, [], refused);
        }

        // The longest configured duration among the person's groups, counted from the first subsidised month.
        var durations = matched.Select(m => Configured(m.MaxMonthsKey, region, first)).ToList();
        var maxMonths = durations.OrderByDescending(d => d.Value.Integer).First();
        var schemes = Schemes.Select(s => (s.Scheme, Value: Configured(s.Key, region, first))).ToList();
        var counted = schemes.Where(s => s.Value.Value.Boolean).Select(s => s.Scheme).ToHashSet();
        var last = first.AddMonths(maxMonths.Value.Integer - 1);
        var paid = claim.Contributions.Where(c => c.FirstDay <= last && counted.Contains(c.Scheme)).OrderBy(c => c.FirstDay).ToList();
        var months = paid.Select(c => c.Display).Distinct().ToList();
        var monthsCheck = explanation.Check(SocialInsuranceRuleIds.SiFlexibleSubsidisedMonths, months.Count > 0,
                $"补贴月份自首个补贴月份（{first:yyyy-MM}）起最长{maxMonths.Value.Display()}（至{last:yyyy-MM}），计入配置的险种（裁定 R3、R25）")
            .Fact("补贴月份", months.Count == 0 ? "无" : string.Join("、", months), "个人缴费记录")
            .Uses(maxMonths);
        foreach (var (_, value) in schemes)
        {
            monthsCheck.Uses(value);
        }

        var beyond = claim.Contributions.Where(c => c.FirstDay > last).Select(c => c.Display).Distinct().ToList();
        if (beyond.Count > 0)
        {
            monthsCheck.Fact("超过补贴期限的月份", string.Join("、", beyond));
        }

        if (months.Count == 0)
        {
            return new FlexibleWorkerJudgement(false, 0, true, [], explanation.Build($"不符合{NameZh}条件：hiring.si_flexible.subsidised_months"));
        }

        var share = Configured(HiringPolicyKeys.SiFlexibleSharePercent, region, first);
        var total = paid.Sum(c => c.PaidFen);
        var amount = (long)Math.Round(total * share.Value.Decimal / 100m, 0, MidpointRounding.AwayFromZero);
        explanation.Check(SocialInsuranceRuleIds.SiFlexibleAmount, true, $"补贴金额 = 补贴月份个人缴纳的社会保险费 × {share.Value.Display()}（四舍五入到分，裁定 R3、R28）")
            .Fact("个人缴纳合计", ClerkText.Yuan(total), "个人缴费记录")
            .Fact("补贴金额", ClerkText.Yuan(amount))
            .Uses(share);
        return new FlexibleWorkerJudgement(true, amount, true, months, explanation.Build($"符合{NameZh}条件，补贴{ClerkText.Yuan(amount)}（{months.Count}个月）。"));
    }

    private ParameterValue Configured(string key, Region region, DateOnly date)
    {
        try
        {
            return catalog.Resolve(key, region, date);
        }
        catch (ConfigurationMissingException e)
        {
            throw DomainRuleException.NotAllowed($"缺少配置参数，无法判断{NameZh}（裁定 R3）：{e.Message}", SocialInsuranceRuleIds.SiFlexibleAmount, cause: e);
        }
    }
}
