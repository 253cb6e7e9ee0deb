using Employment.Common.V1;
using Employment.Hiring.Domain.OneOffHires;
using Employment.Policy;
using Employment.Policy.Categories;
using Employment.Policy.Explanations;
using Employment.Policy.Model;

namespace Employment.Hiring.Domain.SocialInsurance;

/// <summary>
/// Judges one hire for the social-insurance subsidy (社会保险补贴). Each route of Henan D09 cl.35 and
/// 焦政办〔2024〕15号（三） is judged on its own by the rules in force on the contract start in the employer's
/// registered region (R21, R25, R27): employer size, group, contract, the months from the contract start up
/// to the cap, and the configured share (R3) of what the claimant actually paid, rounded half up (R28). The
/// hire is paid once, by the route with the highest amount.
/// </summary>
public sealed class SocialInsuranceJudge(PolicyCatalog catalog)
{
    private readonly HireCategories _hire = new(catalog);
    private readonly ApplicantCategories _categories = new(catalog);

    public SocialInsuranceJudgement Judge(SocialInsuranceHire hire)
    {
        ArgumentNullException.ThrowIfNull(hire);
        ArgumentNullException.ThrowIfNull(hire.Person);
        hire.Validate();
        var results = SocialInsuranceMeasures.All.Select(m => JudgeMeasure(m, hire)).ToList();
        var best = results.Select(r => r.Judgement).Where(j => j.Passed).OrderByDescending(j => j.AmountFen).FirstOrDefault();
        if (best is null && results.Any(r => r.SizeMissing))
        {
            // R13, R16 (size is a recorded fact): a route that needs the size could pay, and nothing else does.
            var routes = string.Join(",", results.Where(r => r.SizeMissing).Select(r => r.Judgement.MeasureId));
            throw new DomainRuleException(
                DomainRuleKind.NotAllowedNow,
                $"申请单位（{hire.Employer.CreditCode}）没有登记的企业规模，无法判断按企业规模享受的社会保险补贴（裁定 R21）。 (The employer has no recorded size fact. field: employer.size; routes: {routes})",
                "employer.size",
                routes);
        }

        return new SocialInsuranceJudgement(best is not null, best?.AmountFen ?? 0, best?.MeasureId, results.Select(r => r.Judgement).ToList());
    }

    private (SocialInsuranceMeasureJudgement Judgement, bool SizeMissing) JudgeMeasure(SocialInsuranceMeasure measure, SocialInsuranceHire hire)
    {
        var region = hire.Employer.Region;
        var start = hire.Contract.Start;
        var explanation = new ExplanationBuilder(start);
        if (!catalog.TryResolve(measure.InForceKey, region, start, out var inForce))
        {
            explanation.Check(measure.Rules.PolicyInForce, false, $"劳动合同起始日（{PersonFacts.Display(start)}）在申请单位登记地（{region}）没有有效的{measure.NameZh}（裁定 R25、R27）")
                .Fact("劳动合同起始日", PersonFacts.Display(start))
                .Fact("申请单位登记地", region.Code)
                .Fact("无政策的参数", measure.InForceKey)
                .CitesWhereInForce(catalog.Everywhere(measure.InForceKey));
            return (new SocialInsuranceMeasureJudgement(measure.Id, measure.NameZh, false, false, 0, [], explanation.Build($"无适用政策：{measure.NameZh}")), false);
        }

        var maxYears = catalog.Resolve(measure.MaxYearsKey, region, start);
        explanation.Check(measure.Rules.PolicyInForce, true, $"劳动合同起始日（{PersonFacts.Display(start)}）在申请单位登记地（{region}）有效的{measure.NameZh}，补贴期限最长{maxYears.Value.Display()}（裁定 R25）")
            .Fact("劳动合同起始日", PersonFacts.Display(start))
            .Fact("申请单位登记地", region.Code)
            .Uses(inForce)
            .Uses(maxYears);

        var sizeMissing = CheckEmployer(measure, hire, explanation);
        if (measure.PublicWelfarePostOnly && measure.Rules.PublicWelfarePost is { } placementRule)
        {
            explanation.Check(placementRule, hire.PublicWelfarePost, "通过公益性岗位安置（裁定 R26）")
                .Fact("公益性岗位安置", hire.PublicWelfarePost ? "是" : "否", "申请材料")
                .Uses(inForce);
        }

        CheckContract(measure, hire.Contract, region, explanation);
        CheckTargetGroup(measure, hire.Person, region, start, explanation);
        var months = SubsidisedMonths(measure, hire, maxYears, explanation);

        if (!explanation.AllPassed)
        {
            var failed = explanation.Build("");
            failed.SummaryZh = sizeMissing
                ? $"{measure.NameZh}暂不能判断：缺少企业规模记录"
                : $"不符合{measure.NameZh}条件：" + string.Join("、", failed.Checks.Where(c => !c.Passed).Select(c => c.RuleId));
            return (new SocialInsuranceMeasureJudgement(measure.Id, measure.NameZh, true, false, 0, [], failed), sizeMissing);
        }

        // Only a route that would pay needs its share: an unconfigured one is FAILED_PRECONDITION (R3).
        var amount = Amount(measure, months, region, start, explanation);
        var built = explanation.Build($"符合{measure.NameZh}条件，补贴{ClerkText.Yuan(amount)}（{months.Count}个月）。");
        return (new SocialInsuranceMeasureJudgement(measure.Id, measure.NameZh, true, true, amount, months.Select(m => m.Display).ToList(), built), false);
    }

    /// <summary>R21: the sizes the route takes (中小微 / 小微), as a recorded fact; a route without sizes takes any 单位 (R17). True when the size is missing.</summary>
    private bool CheckEmployer(SocialInsuranceMeasure measure, SocialInsuranceHire hire, ExplanationBuilder explanation)
    {
        var employer = hire.Employer;
        if (measure.SizeKeys.Count == 0)
        {
            explanation.Check(measure.Rules.EmployerSize, true, "招用单位不限类型和规模（单位，裁定 R17）")
                .Fact("申请单位", employer.Name, employer.CreditCode);
            return false;
        }

        var covered = measure.SizeKeys.Select(s => (s.Size, Value: catalog.Resolve(s.Key, employer.Region, hire.Contract.Start))).ToList();
        var takes = string.Join("、", covered.Where(s => s.Value.Value.Boolean).Select(s => SizeZh(s.Size)));
        if (employer.Kind != EmployerKind.Enterprise || hire.EmployerSize == EnterpriseSize.Unspecified)
        {
            var missing = employer.Kind == EmployerKind.Enterprise;
            var noSize = explanation.Check(measure.Rules.EmployerSize, false, missing
                    ? $"申请企业没有登记的企业规模，不能判断是否属于{takes}（裁定 R21）"
                    : $"申请单位不是企业，{measure.NameZh}只适用于{takes}（裁定 R21）")
                .Fact("申请单位", employer.Name, employer.CreditCode);
            foreach (var (_, value) in covered)
            {
                noSize.Uses(value);
            }

            return missing;
        }

        var applying = covered.First(s => s.Size == hire.EmployerSize).Value;
        explanation.Check(measure.Rules.EmployerSize, applying.Value.Boolean, $"申请企业规模（{SizeZh(hire.EmployerSize)}）属于{takes}（裁定 R21）")
            .Fact("申请单位", employer.Name, employer.CreditCode)
            .Fact("企业规模", SizeZh(hire.EmployerSize), "单位规模认定记录")
            .Uses(applying);
        return false;
    }

    /// <summary>签订1年以上劳动合同, where the route sets a length: the term in months, or open-ended.</summary>
    private void CheckContract(SocialInsuranceMeasure measure, HireContract contract, Region region, ExplanationBuilder explanation)
    {
        if (measure.MinContractYearsKey is null || measure.Rules.ContractMinMonths is null)
        {
            return;
        }

        var minYears = catalog.Resolve(measure.MinContractYearsKey, region, contract.Start);
        var minMonths = minYears.Value.Integer * 12;
        explanation.Check(measure.Rules.ContractMinMonths, contract.OpenEnded || contract.TermMonths >= minMonths, $"劳动合同期限不少于{minYears.Value.Display()}（{minMonths}个月，含）")
            .Fact("劳动合同期限", contract.OpenEnded ? "无固定期限" : $"{contract.TermMonths}个月")
            .Uses(minYears);
    }

    /// <summary>The person is in one group the route covers (R21: alternatives), each judged apart and the matching one's checks quoted.</summary>
    private void CheckTargetGroup(SocialInsuranceMeasure measure, PersonProfile person, Region region, DateOnly start, ExplanationBuilder explanation)
    {
        var covered = measure.GroupKeys
            .Select(g => (g.Group, Value: catalog.Resolve(g.Key, region, start)))
            .Where(g => g.Value.Value.Boolean)
            .ToList();
        var results = covered.Select(g =>
        {
            var scratch = new ExplanationBuilder(start);
            var inGroup = InGroup(g.Group, person, region, start, scratch);
            return (g.Group, g.Value, InGroup: inGroup, Built: scratch.Build(""));
        }).ToList();
        var matched = results.Where(r => r.InGroup).ToList();
        var check = explanation.Check(measure.Rules.TargetGroup, matched.Count > 0,
            $"招用对象属于{measure.NameZh}的对象人群之一：{string.Join("、", covered.Select(g => GroupZh(g.Group)))}");
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

        if (matched.Count == 0 && results.Any(r => r.Built.Outcome == Outcome.Undetermined))
        {
            explanation.MarkUndetermined();
        }
    }

    private bool InGroup(SubsidisedGroup group, PersonProfile person, Region region, DateOnly start, ExplanationBuilder explanation) => group switch
    {
        SubsidisedGroup.RegisteredUnemployed => _hire.RegisteredUnemployed(person, region, start, explanation),
        SubsidisedGroup.GraduateInGraduationYear => _hire.GraduateInGraduationYear(person, region, start, explanation),
        SubsidisedGroup.GraduateUnemployed1y => _hire.GraduateUnemployedWithinOneYear(person, region, start, explanation),
        SubsidisedGroup.GraduateUnemployed2y => _hire.GraduateUnemployedWithinTwoYears(person, region, start, explanation),
        _ => _categories.EmploymentDifficulty(person, region, start, explanation),
    };

    /// <summary>
    /// R25: the months from the contract-start month, at most the cap (years × 12), across the year end; where the
    /// route requires 按时缴纳 (R18), only months paid by the due date. At least one month must remain.
    /// </summary>
    private List<ContributionMonth> SubsidisedMonths(SocialInsuranceMeasure measure, SocialInsuranceHire hire, ParameterValue maxYears, ExplanationBuilder explanation)
    {
        var start = hire.Contract.Start;
        var cap = maxYears.Value.Integer * 12;
        var onTime = measure.OnTimePaymentKey is { } key && catalog.Resolve(key, hire.Employer.Region, start) is { } onTimeValue && onTimeValue.Value.Boolean
            ? onTimeValue
            : null;
        var ordered = hire.Contributions.OrderBy(m => m.IndexFrom(start)).ToList();
        var paid = ordered.Where(m => m.IndexFrom(start) < cap && (onTime is null || m.PaidOnTime)).ToList();
        var lastMonth = new DateOnly(start.Year, start.Month, 1).AddMonths(cap - 1);
        var check = explanation.Check(measure.Rules.SubsidisedMonths, paid.Count > 0,
                $"补贴月份自劳动合同起始月（{start:yyyy-MM}）起，最长{cap}个月（至{lastMonth:yyyy-MM}，裁定 R25）{(onTime is null ? "" : "，仅计按时缴纳的月份（裁定 R18）")}")
            .Fact("补贴月份", paid.Count == 0 ? "无" : string.Join("、", paid.Select(m => m.Display)), "申请单位缴费记录")
            .Uses(maxYears);
        var beyond = ordered.Where(m => m.IndexFrom(start) >= cap).ToList();
        if (beyond.Count > 0)
        {
            check.Fact("超过补贴期限的月份", string.Join("、", beyond.Select(m => m.Display)));
        }

        if (onTime is not null)
        {
            var late = ordered.Where(m => m.IndexFrom(start) < cap && !m.PaidOnTime).ToList();
            check.Fact("未按时缴纳的月份", late.Count == 0 ? "无" : string.Join("、", late.Select(m => m.Display)), "申请单位缴费记录").Uses(onTime);
        }

        return paid;
    }

    /// <summary>The configured share (R3) of what the claimant paid in the subsidised months, rounded half up per hire (R28).</summary>
    private long Amount(SocialInsuranceMeasure measure, List<ContributionMonth> months, Region region, DateOnly start, ExplanationBuilder explanation)
    {
        ParameterValue share;
        try
        {
            share = catalog.Resolve(measure.ShareKey, region, start);
        }
        catch (ConfigurationMissingException e)
        {
            throw DomainRuleException.NotAllowed($"缺少配置参数，无法计算{measure.NameZh}（裁定 R3）：{e.Message}", measure.Rules.Amount, cause: e);
        }

        var paid = months.Sum(m => m.PaidFen);
        var amount = (long)Math.Round(paid * share.Value.Decimal / 100m, 0, MidpointRounding.AwayFromZero);
        explanation.Check(measure.Rules.Amount, true, $"补贴金额 = 补贴月份单位实际缴纳的社会保险费 × {share.Value.Display()}（四舍五入到分，裁定 R3、R28）")
            .Fact("单位实际缴纳合计", ClerkText.Yuan(paid), "申请单位缴费记录")
            .Fact("补贴金额", ClerkText.Yuan(amount))
            .Uses(share);
        return amount;
    }

    private static string GroupZh(SubsidisedGroup group) => group switch
    {
        SubsidisedGroup.RegisteredUnemployed => "登记失业人员",
        SubsidisedGroup.GraduateInGraduationYear => "毕业年度高校毕业生",
        SubsidisedGroup.GraduateUnemployed1y => "离校1年内未就业高校毕业生",
        SubsidisedGroup.GraduateUnemployed2y => "离校2年内未就业高校毕业生",
        _ => "就业困难人员",
    };

    private static string SizeZh(EnterpriseSize size) => size switch
    {
        EnterpriseSize.Large => "大型企业",
        EnterpriseSize.Medium => "中型企业",
        EnterpriseSize.Small => "小型企业",
        EnterpriseSize.Micro => "微型企业",
        _ => "未登记规模",
    };
}
