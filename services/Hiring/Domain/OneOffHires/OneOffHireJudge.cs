using Employment.Common.V1;
using Employment.Hiring.Domain.Claims;
using Employment.Policy;
using Employment.Policy.Categories;
using Employment.Policy.Explanations;
using Employment.Policy.Model;

namespace Employment.Hiring.Domain.OneOffHires;

/// <summary>
/// Judges one hire item of a 吸纳 or 扩岗 claim (R9) by the rules in force on the contract start in the
/// employer's registered region (R1, R27): every condition becomes a check with the facts and citations
/// it used, and the amount is the catalog's. Pure: the same item and catalog give the same answer.
/// </summary>
public sealed class OneOffHireJudge(PolicyCatalog catalog)
{
    private readonly HireTargetGroups _groups = new(catalog);

    public HireJudgement Judge(HireItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(item.Person);
        item.Contract.Validate();
        var measure = HireMeasures.For(item.Kind);
        var region = item.Employer.Region;
        var start = item.Contract.Start;
        var explanation = new ExplanationBuilder(start);

        // No value in force for the contract start (before 2023, after 2023-12-31, or Jiyuan, which has no
        // such measure): no policy, never the nearest value (R1, R27).
        if (!catalog.TryResolve(measure.AmountKey, region, start, out var amount))
        {
            explanation.Check(measure.Rules.PolicyInForce, false, $"劳动合同起始日（{PersonFacts.Display(start)}）在申请单位登记地（{region}）没有有效的{measure.NameZh}政策（裁定 R1、R27）")
                .Fact("劳动合同起始日", PersonFacts.Display(start))
                .Fact("申请单位登记地", region.Code)
                .Fact("无政策的参数", measure.AmountKey)
                .CitesWhereInForce(catalog.Everywhere(measure.AmountKey));
            return new HireJudgement(item.Kind, false, 0, false, null, explanation.Build($"无适用政策：{measure.NameZh}不适用于该劳动合同起始日和地区。"));
        }

        explanation.Check(measure.Rules.PolicyInForce, true, $"劳动合同起始日（{PersonFacts.Display(start)}）在申请单位登记地（{region}）有效的{measure.NameZh}：每招用1人{amount.Value.Display()}")
            .Fact("劳动合同起始日", PersonFacts.Display(start), item.Contract.Source)
            .Fact("申请单位登记地", region.Code)
            .Uses(amount);

        var deadline = Read(measure.ContractStartDeadlineKey, region, start);
        explanation.Check(measure.Rules.ContractStartByDeadline, start <= deadline.Value.Date, $"劳动合同起始日不晚于政策实施期限{deadline.Value.Display()}")
            .Fact("劳动合同起始日", PersonFacts.Display(start))
            .Uses(deadline);

        CheckEmployer(measure, item.Employer, region, start, explanation);
        CheckContract(measure, item.Contract, region, explanation);
        CheckInsurance(measure, item.Insurance, region, start, explanation);
        var routes = CheckTargetGroup(measure, item.Person, region, start, explanation);
        var conflict = CheckPriorClaims(measure, item.PriorClaims, region, start, explanation);

        var built = explanation.Build("");
        CiteRouteClauses(measure, amount, routes, built);
        var approved = built.Outcome == Outcome.Passed;
        built.SummaryZh = approved
            ? $"符合{measure.NameZh}条件，补贴{amount.Value.Display()}。"
            : built.Outcome == Outcome.Undetermined
                ? $"{measure.NameZh}暂不能判断：" + string.Join("、", built.Checks.Where(c => !c.Passed).Select(c => c.RuleId))
                : $"不符合{measure.NameZh}条件：" + string.Join("、", built.Checks.Where(c => !c.Passed).Select(c => c.RuleId));
        return new HireJudgement(item.Kind, approved, approved ? amount.Value.Fen : 0, true, conflict, built);
    }

    /// <summary>R17: enterprises; individual businesses insured as a unit and with employees; no other kind.</summary>
    private void CheckEmployer(HireMeasure measure, HiringEmployer employer, Region region, DateOnly start, ExplanationBuilder explanation)
    {
        var kindKey = measure.EmployerKeys.FirstOrDefault(k => k.Kind == employer.Kind).Key;
        if (kindKey is null)
        {
            var refused = explanation.Check(measure.Rules.EmployerKind, false, $"申请单位类型（{KindZh(employer.Kind)}）不是{measure.NameZh}的申请主体（企业、符合条件的个体工商户，裁定 R17）")
                .Fact("申请单位", employer.Name, employer.CreditCode)
                .Fact("市场主体类型", KindZh(employer.Kind));
            // The clauses that name who may claim, so the refusal cites what it applies.
            foreach (var (_, key) in measure.EmployerKeys)
            {
                if (catalog.TryResolve(key, region, start, out var who))
                {
                    refused.Uses(who);
                }
            }

            return;
        }

        var covered = Read(kindKey, region, start);
        if (employer.Kind != EmployerKind.IndividualBusiness)
        {
            explanation.Check(measure.Rules.EmployerKind, covered.Value.Boolean, $"申请单位类型（{KindZh(employer.Kind)}）可申请{measure.NameZh}")
                .Fact("申请单位", employer.Name, employer.CreditCode)
                .Fact("市场主体类型", KindZh(employer.Kind))
                .Uses(covered);
            return;
        }

        var unitInsurance = Read(HiringPolicyKeys.IndividualBusinessRequiresUnitInsurance, region, start);
        var employees = Read(HiringPolicyKeys.IndividualBusinessRequiresEmployees, region, start);
        var conditionsMet = (!unitInsurance.Value.Boolean || employer.InsuredAsUnit) && (!employees.Value.Boolean || employer.HasEmployees);
        explanation.Check(measure.Rules.EmployerKind, covered.Value.Boolean && conditionsMet, $"以单位形式参保且有雇工的个体工商户可参照企业申请{measure.NameZh}（裁定 R17）")
            .Fact("申请单位", employer.Name, employer.CreditCode)
            .Fact("市场主体类型", KindZh(employer.Kind))
            .Fact("以单位形式参保", employer.InsuredAsUnit ? "是" : "否", (employer.InsuredAsUnitSource ?? FactSource.Unknown).Display)
            .Fact("有雇工", employer.HasEmployees ? "是" : "否", (employer.HasEmployeesSource ?? FactSource.Unknown).Display)
            .Uses(covered)
            .Uses(unitInsurance)
            .Uses(employees);
    }

    /// <summary>签订1年（含）以上劳动合同, where the measure sets a length: the term in months, or open-ended.</summary>
    private void CheckContract(HireMeasure measure, HireContract contract, Region region, ExplanationBuilder explanation)
    {
        if (measure.MinContractYearsKey is null || measure.Rules.ContractMinMonths is null)
        {
            return;
        }

        var minYears = Read(measure.MinContractYearsKey, region, contract.Start);
        var minMonths = minYears.Value.Integer * 12;
        var passed = contract.OpenEnded || contract.TermMonths >= minMonths;
        explanation.Check(measure.Rules.ContractMinMonths, passed, $"劳动合同期限不少于{minYears.Value.Display()}（{minMonths}个月，含）")
            .Fact("劳动合同期限", contract.OpenEnded ? "无固定期限" : $"{contract.TermMonths}个月", contract.Source)
            .Uses(minYears);
    }

    /// <summary>R18: each scheme the catalog names, at least the minimum months, paid by the claimant from the contract start.</summary>
    private void CheckInsurance(HireMeasure measure, InsuredMonths insurance, Region region, DateOnly start, ExplanationBuilder explanation)
    {
        var minMonths = Read(measure.MinInsuredMonthsKey, region, start);
        var required = measure.SchemeKeys
            .Select(s => (s.Scheme, Value: Read(s.Key, region, start)))
            .Where(s => s.Value.Value.Boolean)
            .ToList();
        var passed = required.TrueForAll(s => insurance.Of(s.Scheme) >= minMonths.Value.Integer);
        var check = explanation.Check(measure.Rules.InsuredSchemes, passed,
            $"申请单位自劳动合同起始日起为其缴纳{string.Join("、", required.Select(s => SchemeZh(s.Scheme)))}各不少于{minMonths.Value.Display()}（裁定 R18）");
        foreach (var (scheme, value) in required)
        {
            check.Fact(SchemeZh(scheme) + "缴费月数", $"{insurance.Of(scheme)}个月", "申请单位缴费记录").Uses(value);
        }

        check.Uses(minMonths);
    }

    /// <summary>The person belongs to at least one group the measure covers (R21: groups are alternatives).</summary>
    /// <summary>
    /// A route of the measure with a clause of its own (登记失业半年以上人员, 焦政办〔2023〕36号（十三）) states
    /// the same contract, insurance and deadline conditions as the main clause, whose values the catalog
    /// keeps once. When the person is taken only through such routes, those checks cite the route's clause
    /// too, so a refusal on that route names the clause that applies to it.
    /// </summary>
    private static void CiteRouteClauses(HireMeasure measure, ParameterValue amount, IReadOnlyList<ParameterValue> routes, Explanation built)
    {
        if (routes.Count == 0 || routes.Any(r => SameClause(r.Source, amount.Source)))
        {
            return;
        }

        string?[] sharedRules = [measure.Rules.PolicyInForce, measure.Rules.ContractStartByDeadline, measure.Rules.ContractMinMonths, measure.Rules.InsuredSchemes];
        var shared = sharedRules.OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var check in built.Checks.Where(c => shared.Contains(c.RuleId)))
        {
            foreach (var route in routes.DistinctBy(r => (r.Source.DocumentNumber, r.Source.Clause)))
            {
                check.Citations.Add(ProtoMapping.ToProto(route));
            }
        }
    }

    private static bool SameClause(PolicySource a, PolicySource b) =>
        a.DocumentNumber == b.DocumentNumber && a.Clause == b.Clause;

    /// <summary>Judges the person's target groups; returns the catalog values of the groups the person is in.</summary>
    private IReadOnlyList<ParameterValue> CheckTargetGroup(HireMeasure measure, PersonProfile person, Region region, DateOnly start, ExplanationBuilder explanation)
    {
        var covered = measure.GroupKeys
            .Select(g => (g.Group, Value: Read(g.Key, region, start)))
            .Where(g => g.Value.Value.Boolean)
            .ToList();
        var results = covered.Select(g =>
        {
            // Each group is judged apart, so a group the person is not in does not fail the decision.
            var scratch = new ExplanationBuilder(start);
            var inGroup = _groups.Judge(g.Group, person, region, start, scratch);
            return (g.Group, g.Value, InGroup: inGroup, Built: scratch.Build(""));
        }).ToList();

        var matched = results.Where(r => r.InGroup).ToList();
        var check = explanation.Check(measure.Rules.TargetGroup, matched.Count > 0,
            $"招用对象属于{measure.NameZh}的对象人群之一：{string.Join("、", covered.Select(g => HireTargetGroups.NameZh(g.Group)))}");
        foreach (var r in results)
        {
            check.Fact(HireTargetGroups.NameZh(r.Group), r.InGroup ? "符合" : "不符合").Uses(r.Value);
        }

        // The facts behind the decision: the matching group's checks, or, when none matches, every group's.
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

        return matched.Select(r => r.Value).ToList();
    }

    /// <summary>
    /// R9: one person, one of the two subsidies, once, to one employer. A standing claim of the same kind
    /// (by any employer) or of the other kind refuses this one, naming the earlier claim and the clause.
    /// </summary>
    private string? CheckPriorClaims(HireMeasure measure, IReadOnlyList<PriorHireClaim> prior, Region region, DateOnly start, ExplanationBuilder explanation)
    {
        var maxPerPerson = Read(measure.MaxPerPersonKey, region, start);
        var same = prior.Where(c => c.Kind == measure.Kind).OrderBy(c => c.ContractStart).ToList();
        var sameRefused = same.Count >= maxPerPerson.Value.Integer;
        var onceCheck = explanation.Check(measure.Rules.OncePerPerson, !sameRefused,
            sameRefused
                ? $"该人员已有{measure.NameZh}申领（{same[0].ClaimReference}），每人限享受{maxPerPerson.Value.Display()}（{maxPerPerson.Source.Display()}）"
                : $"该人员此前未申领{measure.NameZh}（每人限{maxPerPerson.Value.Display()}）")
            .Uses(maxPerPerson);
        foreach (var claim in same)
        {
            onceCheck.Fact("已有申领", claim.ClaimReference, claim.EmployerCreditCode);
        }

        var exclusive = Read(measure.ExclusiveWithOtherKey, region, start);
        var other = exclusive.Value.Boolean ? prior.Where(c => c.Kind != measure.Kind).OrderBy(c => c.ContractStart).ToList() : [];
        var otherName = HireMeasures.For(measure.Kind == HireSubsidyKind.Absorption ? HireSubsidyKind.Expansion : HireSubsidyKind.Absorption).NameZh;
        var exclusiveCheck = explanation.Check(measure.Rules.NotWithOther, other.Count == 0,
            other.Count > 0
                ? $"该人员已有{otherName}申领（{other[0].ClaimReference}），两项不能重复享受（{exclusive.Source.Display()}）"
                : $"该人员未申领{otherName}（两项不能重复享受）")
            .Uses(exclusive);
        foreach (var claim in other)
        {
            exclusiveCheck.Fact("已有申领", claim.ClaimReference, claim.EmployerCreditCode);
        }

        return sameRefused ? same[0].ClaimReference : other.Count > 0 ? other[0].ClaimReference : null;
    }

    /// <summary>
    /// R9's rule id and clause for a refusal the judgement itself could not see: a claim for the same
    /// person that another employer stored between this judgement and its write.
    /// </summary>
    public (string RuleId, string Clause) Exclusion(HireSubsidyKind kind, Region region, DateOnly contractStart)
    {
        var measure = HireMeasures.For(kind);
        var clause = catalog.TryResolve(measure.ExclusiveWithOtherKey, region, contractStart, out var exclusive) ? exclusive.Source.Display() : "";
        return (measure.Rules.NotWithOther, clause);
    }

    // Within a period where the amount is in force, every key of the measure is too; a gap is a catalog
    // error, which the catalog's exception names (key, region, date).
    private ParameterValue Read(string key, Region region, DateOnly date) => catalog.Resolve(key, region, date);

    private static string KindZh(EmployerKind kind) => kind switch
    {
        EmployerKind.Enterprise => "企业",
        EmployerKind.IndividualBusiness => "个体工商户",
        EmployerKind.Cooperative => "农民专业合作社",
        _ => "社会组织、事业单位或机关",
    };

    private static string SchemeZh(InsuredScheme scheme) => scheme switch
    {
        InsuredScheme.Pension => "职工养老保险",
        InsuredScheme.Medical => "医疗保险",
        InsuredScheme.Unemployment => "失业保险",
        _ => "工伤保险",
    };
}
