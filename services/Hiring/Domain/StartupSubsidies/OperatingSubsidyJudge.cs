using Employment.Common.V1;
using Employment.Policy;
using Employment.Policy.Categories;
using Employment.Policy.Explanations;
using Employment.Policy.Model;

namespace Employment.Hiring.Domain.StartupSubsidies;

/// <summary>
/// Judges a 创业孵化基地运营补贴 claim (Henan D09 cl.32; R14, R23): the founder in one of the groups the catalog
/// names, judged on the day the business entered the incubator; each cost month by the rule in force that
/// month, within the years from entry the catalog sets (the entry month is the first); at most the
/// catalog's share of the month's actual cost, rounded half up to the fen (R28); and at most the yearly cap
/// in each 12-month period from entry, counting what earlier claims already paid in it.
/// </summary>
public sealed class OperatingSubsidyJudge(PolicyCatalog catalog, string nameZh)
{
    /// <summary>The measure's name as its kind states it (the judges name no kind of their own).</summary>
    private string NameZh { get; } = nameZh;
    private readonly ApplicantCategories _categories = new(catalog);

    private static readonly (FounderGroup Group, string Key)[] Groups =
    [
        (FounderGroup.CollegeStudent, HiringPolicyKeys.OperatingSubsidyGroupCollegeStudent),
        (FounderGroup.Veteran, HiringPolicyKeys.OperatingSubsidyGroupVeteran),
        (FounderGroup.Unemployed, HiringPolicyKeys.OperatingSubsidyGroupUnemployed),
        (FounderGroup.ReturningMigrantWorker, HiringPolicyKeys.OperatingSubsidyGroupReturningMigrantWorker),
    ];

    public OperatingSubsidyJudgement Judge(OperatingSubsidyClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(claim.Founder);
        claim.Validate();
        var region = claim.Region;
        var entry = claim.EnteredIncubator;
        var explanation = new ExplanationBuilder(entry);
        if (!catalog.TryResolve(HiringPolicyKeys.OperatingSubsidySharePercent, region, entry, out var entryShare))
        {
            explanation.Check(StartupRuleIds.OperatingSubsidyPolicyInForce, false, $"入驻孵化基地日（{ClerkText.Day(entry)}）在{region}没有有效的{NameZh}（裁定 R23、R27）")
                .Fact("入驻日", ClerkText.Day(entry))
                .Fact("无政策的参数", HiringPolicyKeys.OperatingSubsidySharePercent)
                .CitesWhereInForce(catalog.Everywhere(HiringPolicyKeys.OperatingSubsidySharePercent));
            return new OperatingSubsidyJudgement(false, 0, false, [], explanation.Build($"无适用政策：{NameZh}"));
        }

        explanation.Check(StartupRuleIds.OperatingSubsidyPolicyInForce, true, $"入驻孵化基地日（{ClerkText.Day(entry)}）有效的{NameZh}（裁定 R23）")
            .Fact("入驻日", ClerkText.Day(entry))
            .Uses(entryShare);
        if (!CheckFounderGroup(claim, explanation))
        {
            return new OperatingSubsidyJudgement(false, 0, true, [], explanation.Build($"不符合{NameZh}条件：startup.operating_subsidy.founder_group"));
        }

        var months = PayMonths(claim, explanation);
        var total = months.Sum(m => m.AmountFen);
        if (total == 0)
        {
            return new OperatingSubsidyJudgement(false, 0, true, [], explanation.Build($"不符合{NameZh}条件：没有可补贴的费用月份"));
        }

        return new OperatingSubsidyJudgement(true, total, true, months,
            explanation.Build($"符合{NameZh}条件，补贴{ClerkText.Yuan(total)}（{months.Count}个月）。"));
    }

    /// <summary>The founder belongs to one group the measure names, on the day the business entered the incubator (a reading: R23 names no date for the groups of this measure).</summary>
    private bool CheckFounderGroup(OperatingSubsidyClaim claim, ExplanationBuilder explanation)
    {
        var entry = claim.EnteredIncubator;
        var covered = Groups.Select(g => (g.Group, Value: catalog.Resolve(g.Key, claim.Region, entry))).Where(g => g.Value.Value.Boolean).ToList();
        var results = covered.Select(g =>
        {
            var scratch = new ExplanationBuilder(entry);
            return (g.Group, g.Value, InGroup: InGroup(g.Group, claim.Founder, claim.Region, entry, scratch), Built: scratch.Build(""));
        }).ToList();
        var matched = results.Where(r => r.InGroup).ToList();
        var check = explanation.Check(StartupRuleIds.OperatingSubsidyFounderGroup, matched.Count > 0,
            $"创业者在入驻孵化基地日属于{string.Join("、", covered.Select(g => GroupZh(g.Group)))}之一（裁定 R14）");
        foreach (var r in results)
        {
            check.Fact(GroupZh(r.Group), r.InGroup ? "符合" : "不符合").Uses(r.Value);
        }

        foreach (var inner in (matched.Count > 0 ? matched.Take(1) : results).SelectMany(r => r.Built.Checks))
        {
            check.Fact(inner.RuleId, (inner.Passed ? Employment.Policy.Categories.DecidedGroups.PassedPrefix : "未通过：") + inner.DescriptionZh);
            foreach (var citation in inner.Citations)
            {
                check.Cites(citation);
            }
        }

        return matched.Count > 0;
    }

    /// <summary>
    /// R23: each month by the rule in force that month; the entry month is month 0, so "3 years" covers months
    /// 0…35; subsidy year n covers months 12n…12n+11; within a year the cap takes what earlier claims and
    /// earlier months of this claim already paid.
    /// </summary>
    private List<OperatingMonth> PayMonths(OperatingSubsidyClaim claim, ExplanationBuilder explanation)
    {
        var entryIndex = (claim.EnteredIncubator.Year * 12) + claim.EnteredIncubator.Month - 1;
        int YearOf(string month) => ((int.Parse(month[..4], System.Globalization.CultureInfo.InvariantCulture) * 12) + int.Parse(month[5..], System.Globalization.CultureInfo.InvariantCulture) - 1 - entryIndex) / 12;
        var paidPerYear = claim.PaidEarlier.GroupBy(p => YearOf(p.Month)).ToDictionary(g => g.Key, g => g.Sum(p => p.AmountFen));
        var paid = new List<OperatingMonth>();
        var beyond = new List<string>();
        var notInForce = new List<string>();
        var capped = new List<string>();
        var used = new HashSet<ParameterValue>();
        foreach (var cost in claim.Costs.OrderBy(c => c.FirstDay))
        {
            var index = (cost.Year * 12) + cost.Month - 1 - entryIndex;
            if (!catalog.TryResolve(HiringPolicyKeys.OperatingSubsidySharePercent, claim.Region, cost.FirstDay, out var share))
            {
                notInForce.Add(cost.Display);
                continue;
            }

            var maxYears = catalog.Resolve(HiringPolicyKeys.OperatingSubsidyMaxYears, claim.Region, cost.FirstDay);
            var cap = catalog.Resolve(HiringPolicyKeys.OperatingSubsidyAnnualCap, claim.Region, cost.FirstDay);
            used.Add(share);
            used.Add(maxYears);
            used.Add(cap);
            if (index >= maxYears.Value.Integer * 12)
            {
                beyond.Add(cost.Display);
                continue;
            }

            var year = index / 12;
            var amount = (long)Math.Round(cost.CostFen * share.Value.Decimal / 100m, 0, MidpointRounding.AwayFromZero);
            var remaining = Math.Max(0, cap.Value.Fen - paidPerYear.GetValueOrDefault(year));
            if (amount > remaining)
            {
                capped.Add(cost.Display);
                amount = remaining;
            }

            paidPerYear[year] = paidPerYear.GetValueOrDefault(year) + amount;
            if (amount > 0)
            {
                paid.Add(new OperatingMonth(cost.Display, year, cost.CostFen, amount));
            }
        }

        var within = explanation.Check(StartupRuleIds.OperatingSubsidyWithinYears, paid.Count > 0 || capped.Count > 0,
                "费用月份在入驻孵化基地之月起的补贴年限内（入驻当月为第1个月，裁定 R23）")
            .Fact("入驻日", ClerkText.Day(claim.EnteredIncubator))
            .Fact("补贴月份", paid.Count == 0 ? "无" : string.Join("、", paid.Select(m => m.Month)), "孵化基地费用凭证");
        if (beyond.Count > 0)
        {
            within.Fact("超过补贴年限的月份", string.Join("、", beyond));
        }

        if (notInForce.Count > 0)
        {
            within.Fact("当月无有效政策的月份", string.Join("、", notInForce));
        }

        var total = paid.Sum(m => m.AmountFen);
        var amountCheck = explanation.Check(StartupRuleIds.OperatingSubsidyAmount, total > 0,
                "每月补贴不超过当月实际费用的规定比例（四舍五入到分，裁定 R28），自入驻之日起每12个月不超过年补贴最高限额")
            .Fact("实际费用合计", ClerkText.Yuan(claim.Costs.Sum(c => c.CostFen)), "孵化基地费用凭证")
            .Fact("补贴金额", ClerkText.Yuan(total));
        foreach (var year in paidPerYear.Keys.Order())
        {
            amountCheck.Fact($"第{year + 1}个补贴年度累计（含此前申请）", ClerkText.Yuan(paidPerYear[year]));
        }

        if (capped.Count > 0)
        {
            amountCheck.Fact("达到年补贴限额的月份", string.Join("、", capped));
        }

        foreach (var value in used)
        {
            within.Uses(value);
            amountCheck.Uses(value);
        }

        return paid;
    }

    private bool InGroup(FounderGroup group, PersonProfile founder, Region region, DateOnly on, ExplanationBuilder explanation) => group switch
    {
        FounderGroup.CollegeStudent => _categories.CollegeStudentOrRecentGraduate(founder, region, on, explanation),
        FounderGroup.Veteran => _categories.Veteran(founder, region, on, explanation),
        FounderGroup.Unemployed => _categories.RegisteredUnemployed(founder, region, on, explanation),
        _ => _categories.ReturningMigrantWorker(founder, region, on, explanation),
    };

    private static string GroupZh(FounderGroup group) => group switch
    {
        FounderGroup.CollegeStudent => "大中专学生（含毕业5年内毕业生）",
        FounderGroup.Veteran => "退役军人",
        FounderGroup.Unemployed => "失业人员（登记失业）",
        _ => "返乡创业农民工",
    };
}
