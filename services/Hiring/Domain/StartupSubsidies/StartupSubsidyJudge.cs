using Employment.Common.V1;
using Employment.Hiring.Domain.Claims;
using Employment.Policy;
using Employment.Policy.Categories;
using Employment.Policy.Explanations;
using Employment.Policy.Model;

namespace Employment.Hiring.Domain.StartupSubsidies;

/// <summary>
/// Judges an application for the one-off start-up subsidy. Henan's 开业补贴 (D09 cl.32) and Jiaozuo's
/// 一次性创业补贴 (29号 cl.21) are each judged on their own in the business's registered region (R21,
/// R27): the rule in force on the entitlement date (registration plus the required years of normal
/// operation), the founder's groups on the registration date (R23). Any passing measure approves; the
/// subsidy is paid once, at the highest amount among them.
/// </summary>
public sealed class StartupSubsidyJudge(PolicyCatalog catalog)
{
    private readonly ApplicantCategories _categories = new(catalog);

    public StartupSubsidyJudgement Judge(StartupApplication application)
    {
        ArgumentNullException.ThrowIfNull(application);
        ArgumentNullException.ThrowIfNull(application.Founder);
        var measures = StartupMeasures.All.Select(m => JudgeMeasure(m, application)).ToList();
        var best = measures.Where(m => m.Passed).OrderByDescending(m => m.AmountFen).FirstOrDefault();
        var conflict = application.PriorSubsidies.OrderBy(p => p.EntitledOn).FirstOrDefault()?.ClaimReference;
        return new StartupSubsidyJudgement(best is not null, best?.AmountFen ?? 0, best?.MeasureNameZh, conflict, measures);
    }

    private StartupMeasureJudgement JudgeMeasure(StartupMeasure measure, StartupApplication application)
    {
        var business = application.Business;
        var region = business.Region;
        var entitled = EntitlementDate(measure, business);
        var explanation = new ExplanationBuilder(entitled ?? business.RegisteredOn);
        if (entitled is not { } date || !catalog.TryResolve(measure.AmountKey, region, date, out var amount))
        {
            explanation.Check(measure.Rules.PolicyInForce, false, $"登记注册日（{PersonFacts.Display(business.RegisteredOn)}）起满规定年限之日，在登记地（{region}）没有有效的{measure.NameZh}（裁定 R1、R23）")
                .Fact("登记注册日", PersonFacts.Display(business.RegisteredOn))
                .Fact("无政策的参数", measure.MinOperatingYearsKey)
                .CitesWhereInForce(catalog.Everywhere(measure.MinOperatingYearsKey));
            return new StartupMeasureJudgement(measure.NameZh, false, 0, entitled, explanation.Build($"无适用政策：{measure.NameZh}"));
        }

        var minYears = catalog.Resolve(measure.MinOperatingYearsKey, region, date);
        explanation.Check(measure.Rules.PolicyInForce, true, $"享受资格日（登记注册满{minYears.Value.Display()}，{PersonFacts.Display(date)}）在登记地（{region}）有效的{measure.NameZh}：{amount.Value.Display()}")
            .Fact("登记注册日", PersonFacts.Display(business.RegisteredOn))
            .Fact("享受资格日", PersonFacts.Display(date))
            .Uses(amount)
            .Uses(minYears);

        var formKey = measure.BusinessKeys.First(k => k.Form == business.Form).Key;
        var form = catalog.Resolve(formKey, region, date);
        explanation.Check(measure.Rules.BusinessForm, form.Value.Boolean, $"经营形式（{FormZh(business.Form)}）在{measure.NameZh}范围内")
            .Fact("经营形式", FormZh(business.Form))
            .Uses(form);

        explanation.Check(measure.Rules.FirstBusiness, business.FirstBusiness, "首次创业（首次创办企业或从事个体经营）")
            .Fact("首次创业", business.FirstBusiness ? "是" : "否", (business.FirstBusinessSource ?? FactSource.Stated("登记记录")).Display)
            .Uses(amount);

        explanation.Check(measure.Rules.OperatedMinYears, business.OperatedNormally, $"自登记注册之日起正常经营{minYears.Value.Display()}以上")
            .Fact("正常经营", business.OperatedNormally ? "是" : "否", (business.OperatedNormallySource ?? FactSource.Stated("登记记录")).Display)
            .Uses(minYears);

        // Filed before a year of operation has passed, the year's normal operation cannot have been seen yet (R14, R23).
        if (application.ClaimedOn is { } claimed)
        {
            explanation.Check(measure.Rules.EntitledByClaimDate, claimed >= date, $"申请日（{PersonFacts.Display(claimed)}）不早于享受资格日（{PersonFacts.Display(date)}，登记注册满{minYears.Value.Display()}）")
                .Fact("申请日", PersonFacts.Display(claimed), "受理日")
                .Fact("享受资格日", PersonFacts.Display(date))
                .Uses(minYears);
        }

        CheckFounderGroup(measure, application.Founder, business, date, explanation);

        var maxPerPerson = catalog.Resolve(measure.MaxPerPersonKey, region, date);
        var prior = application.PriorSubsidies.OrderBy(p => p.EntitledOn).ToList();
        var onceCheck = explanation.Check(measure.Rules.OncePerPerson, prior.Count < maxPerPerson.Value.Integer,
            prior.Count > 0
                ? $"创业者已享受一次性创业补贴（{prior[0].ClaimReference}），每人限{maxPerPerson.Value.Display()}（{maxPerPerson.Source.Display()}）"
                : $"创业者此前未享受一次性创业补贴（每人限{maxPerPerson.Value.Display()}）")
            .Uses(maxPerPerson);
        foreach (var p in prior)
        {
            onceCheck.Fact("已享受", p.ClaimReference);
        }

        var built = explanation.Build("");
        var passed = built.Outcome == Outcome.Passed;
        built.SummaryZh = passed
            ? $"符合{measure.NameZh}条件，补贴{amount.Value.Display()}。"
            : $"不符合{measure.NameZh}条件：" + string.Join("、", built.Checks.Where(c => !c.Passed).Select(c => c.RuleId));
        return new StartupMeasureJudgement(measure.NameZh, passed, passed ? amount.Value.Fen : 0, date, built);
    }

    /// <summary>
    /// R23: registration plus the measure's years of normal operation, with the years value that is itself
    /// in force on the date it gives (so a measure that starts after the registration still applies).
    /// Null when no value of the measure covers such a date.
    /// </summary>
    private DateOnly? EntitlementDate(StartupMeasure measure, StartupBusiness business) =>
        catalog.History(measure.MinOperatingYearsKey, business.Region)
            .Select(v => business.RegisteredOn.AddYears(v.Value.Integer))
            .Where(d => catalog.TryResolve(measure.MinOperatingYearsKey, business.Region, d, out var applying) && business.RegisteredOn.AddYears(applying.Value.Integer) == d)
            .Order()
            .Cast<DateOnly?>()
            .FirstOrDefault();

    /// <summary>The founder belongs to one group the measure names, judged on the registration date (R23).</summary>
    private void CheckFounderGroup(StartupMeasure measure, PersonProfile founder, StartupBusiness business, DateOnly entitled, ExplanationBuilder explanation)
    {
        var covered = measure.GroupKeys
            .Select(g => (g.Group, Value: catalog.Resolve(g.Key, business.Region, entitled)))
            .Where(g => g.Value.Value.Boolean)
            .ToList();
        var results = covered.Select(g =>
        {
            var scratch = new ExplanationBuilder(business.RegisteredOn);
            var inGroup = InGroup(g.Group, founder, business.Region, business.RegisteredOn, scratch);
            return (g.Group, g.Value, InGroup: inGroup, Built: scratch.Build(""));
        }).ToList();
        var matched = results.Where(r => r.InGroup).ToList();
        var check = explanation.Check(measure.Rules.FounderGroup, matched.Count > 0,
            $"创业者在登记注册日属于{string.Join("、", covered.Select(g => GroupZh(g.Group)))}之一（裁定 R23）");
        foreach (var r in results)
        {
            check.Fact(GroupZh(r.Group), r.InGroup ? "符合" : "不符合").Uses(r.Value);
        }

        foreach (var r in matched.Count > 0 ? matched.Take(1) : results)
        {
            foreach (var inner in r.Built.Checks)
            {
                check.Fact(inner.RuleId, (inner.Passed ? Employment.Policy.Categories.DecidedGroups.PassedPrefix : "未通过：") + inner.DescriptionZh);
                foreach (var fact in inner.FactsUsed)
                {
                    check.Fact(fact.Name, fact.Value, fact.Source);
                }

                foreach (var citation in inner.Citations)
                {
                    check.Cites(citation);
                }
            }
        }
    }

    private bool InGroup(FounderGroup group, PersonProfile founder, Region region, DateOnly registered, ExplanationBuilder explanation) => group switch
    {
        FounderGroup.CollegeStudent => _categories.CollegeStudentOrRecentGraduate(founder, region, registered, explanation),
        FounderGroup.EmploymentDifficulty => _categories.EmploymentDifficulty(founder, region, registered, explanation),
        FounderGroup.ReturningMigrantWorker => _categories.ReturningMigrantWorker(founder, region, registered, explanation),
        FounderGroup.Veteran => _categories.Veteran(founder, region, registered, explanation),
        _ => PoorFamilyLabour(explanation),
    };

    // The registry has no 贫困家庭劳动力 fact kind and no ruling maps one onto it (脱贫人口 and 低保家庭 are
    // other categories), so this group is never presumed; README lists it as open.
    private static bool PoorFamilyLabour(ExplanationBuilder explanation)
    {
        explanation.Check(StartupRuleIds.GroupPoorFamilyLabour, false, "人社登记信息无贫困家庭劳动力认定记录，不能按此类别认定（待裁定）");
        return false;
    }

    private static string GroupZh(FounderGroup group) => group switch
    {
        FounderGroup.CollegeStudent => "大中专学生（含毕业5年内毕业生）",
        FounderGroup.EmploymentDifficulty => "就业困难人员",
        FounderGroup.PoorFamilyLabour => "贫困家庭劳动力",
        FounderGroup.ReturningMigrantWorker => "返乡农民工",
        _ => "退役军人",
    };

    private static string FormZh(BusinessForm form) => form == BusinessForm.Enterprise ? "创办企业" : "个体工商户";
}
