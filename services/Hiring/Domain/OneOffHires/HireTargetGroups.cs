using Employment.Common.V1;
using Employment.Policy;
using Employment.Policy.Categories;
using Employment.Policy.Explanations;
using Employment.Policy.Model;

namespace Employment.Hiring.Domain.OneOffHires;

/// <summary>
/// Whether a hired person belongs to one target group on the contract start. The graduate groups are
/// the shared categories (R10) plus "未就业" (R20); the two registered-unemployed groups read the
/// registration on the day before the contract start, since the hire itself closes it (R19).
/// </summary>
internal sealed class HireTargetGroups(PolicyCatalog catalog)
{
    private readonly ApplicantCategories _categories = new(catalog);

    public static string NameZh(TargetGroup group) => group switch
    {
        TargetGroup.GraduateInGraduationYear => "毕业年度高校毕业生",
        TargetGroup.GraduateUnemployed2y => "离校2年内未就业高校毕业生",
        TargetGroup.RegisteredUnemployedYouth => "登记失业的16至24岁青年",
        _ => "登记失业半年以上人员",
    };

    public bool Judge(TargetGroup group, PersonProfile person, Region region, DateOnly contractStart, ExplanationBuilder explanation) => group switch
    {
        // Both checks are made (not short-circuited) so that the explanation shows each one.
        TargetGroup.GraduateInGraduationYear =>
            _categories.GraduateInGraduationYear(person, region, contractStart, explanation) & NotEmployedBeforeHire(person, contractStart, explanation),
        TargetGroup.GraduateUnemployed2y =>
            _categories.GraduateWithinTwoYearsOfLeaving(person, region, contractStart, explanation) & NotEmployedBeforeHire(person, contractStart, explanation),
        TargetGroup.RegisteredUnemployedYouth => RegisteredUnemployedYouth(person, region, contractStart, explanation),
        _ => RegisteredUnemployedAtLeastMonths(person, region, contractStart, explanation),
    };

    /// <summary>
    /// R20 未就业: on the day before the contract start no labour contract and no employer-paid pension or
    /// unemployment insurance is in force. Flexible-worker contributions are not employment.
    /// </summary>
    internal static bool NotEmployedBeforeHire(PersonProfile person, DateOnly contractStart, ExplanationBuilder explanation, string eventZh = "劳动合同起始日")
    {
        const string rule = "hiring.group.not_employed_before_hire";
        var dayBefore = contractStart.AddDays(-1);
        var contracts = PersonFacts.Current(person, PersonFactKind.EmploymentContract).Where(f => PersonFacts.InForceOn(f, dayBefore)).ToList();
        var contributions = PersonFacts.Current(person, PersonFactKind.SocialInsurance)
            .Concat(PersonFacts.Current(person, PersonFactKind.UnemploymentInsurance))
            .Where(f => PersonFacts.InForceOn(f, dayBefore) && IsEmployerPaidPensionOrUnemployment(f))
            .ToList();
        var passed = contracts.Count == 0 && contributions.Count == 0;
        var check = explanation.Check(rule, passed, $"{eventZh}前一日（{PersonFacts.Display(dayBefore)}）未就业：无劳动合同，无单位缴纳的养老或失业保险（灵活就业缴费不计，裁定 R20）");
        if (passed)
        {
            check.Fact("前一日就业记录", "无");
        }

        foreach (var fact in contracts.Concat(contributions))
        {
            check.Fact(fact.Kind == PersonFactKind.EmploymentContract ? "劳动合同" : "单位缴纳社会保险", PersonFacts.DisplayPeriod(fact), PersonFacts.Source(fact));
        }

        return passed;
    }

    private static bool IsEmployerPaidPensionOrUnemployment(PersonFact fact) =>
        fact.Insurance is { } insurance
        && !insurance.FlexibleWorker
        && !string.IsNullOrEmpty(insurance.EmployerCreditCode)
        && (fact.Kind == PersonFactKind.UnemploymentInsurance
            || insurance.Scheme is Employment.Common.V1.InsuranceScheme.Pension or Employment.Common.V1.InsuranceScheme.Unemployment);

    /// <summary>登记失业的16至24岁青年: age on the contract start within the catalog's bounds (inclusive, R10), registered on the day before (R19).</summary>
    private bool RegisteredUnemployedYouth(PersonProfile person, Region region, DateOnly contractStart, ExplanationBuilder explanation)
    {
        const string rule = "hiring.group.registered_unemployed_youth";
        if (Bounds(explanation, rule, region, contractStart, CategoryPolicyKeys.UnemployedYouthMinAge, CategoryPolicyKeys.UnemployedYouthMaxAge) is not [var min, var max])
        {
            return false;
        }

        var dayBefore = contractStart.AddDays(-1);
        var registration = Registrations(person).FirstOrDefault(f => PersonFacts.InForceOn(f, dayBefore));
        if (PersonFacts.BirthDate(person.Person) is not { } birth)
        {
            // An unreadable id number leaves the age unknown: undecided, not refused.
            explanation.MarkUndetermined();
            explanation.Check(rule, false, "身份证号码无法确定出生日期，不能判断年龄").Uses(min).Uses(max);
            return false;
        }

        var age = PersonFacts.AgeOn(birth, contractStart);
        var passed = age >= min.Value.Integer && age <= max.Value.Integer && registration is not null;
        explanation.Check(rule, passed, $"劳动合同起始日年满{min.Value.Integer}至{max.Value.Integer}周岁（含），且前一日（{PersonFacts.Display(dayBefore)}）处于失业登记中（裁定 R10、R19）")
            .Fact("出生日期", PersonFacts.Display(birth), "居民身份证号码")
            .Fact("劳动合同起始日年龄", $"{age}周岁")
            .Fact("失业登记", registration is null ? "前一日无有效登记" : PersonFacts.DisplayPeriod(registration), registration is null ? "" : PersonFacts.Source(registration))
            .Uses(min)
            .Uses(max);
        return passed;
    }

    /// <summary>
    /// 登记失业半年以上 (R19): a registration in force on the day before the contract start whose
    /// continuous span up to that day (adjoining periods joined, a gap breaks it) is at least the
    /// catalog's months, i.e. it began no later than that many months before the contract start.
    /// </summary>
    private bool RegisteredUnemployedAtLeastMonths(PersonProfile person, Region region, DateOnly contractStart, ExplanationBuilder explanation)
    {
        const string rule = "hiring.group.registered_unemployed_6m";
        if (Bounds(explanation, rule, region, contractStart, CategoryPolicyKeys.RegisteredUnemployed6mMinMonths) is not [var minMonths])
        {
            return false;
        }

        var dayBefore = contractStart.AddDays(-1);
        var registrations = Registrations(person).ToList();
        var covering = registrations.FirstOrDefault(f => PersonFacts.InForceOn(f, dayBefore));
        var start = covering is null ? null : ContinuousStart(registrations, covering);
        var latestStart = contractStart.AddMonths(-minMonths.Value.Integer);
        var passed = covering is not null && (start is null || start <= latestStart);
        var check = explanation.Check(rule, passed, $"劳动合同起始日前连续登记失业满{minMonths.Value.Display()}：前一日（{PersonFacts.Display(dayBefore)}）处于登记中，且连续登记始于{PersonFacts.Display(latestStart)}或更早（裁定 R19）")
            .Fact("失业登记", covering is null ? "前一日无有效登记" : PersonFacts.DisplayPeriod(covering), covering is null ? "" : PersonFacts.Source(covering));
        if (covering is not null)
        {
            check.Fact("连续登记开始", start is { } s ? PersonFacts.Display(s) : "不限");
        }

        check.Uses(minMonths);
        return passed;
    }

    private static IEnumerable<PersonFact> Registrations(PersonProfile person) =>
        PersonFacts.Current(person, PersonFactKind.UnemploymentRegistration);

    /// <summary>First day of the continuous registration containing <paramref name="covering"/>; null means "since always".</summary>
    private static DateOnly? ContinuousStart(List<PersonFact> registrations, PersonFact covering)
    {
        var start = PersonFacts.From(covering);
        var guard = registrations.Count;
        while (start is { } s && guard-- > 0 && registrations.FirstOrDefault(f => Joins(f, s)) is { } earlier)
        {
            start = PersonFacts.From(earlier);
        }

        return start;
    }

    // A registration that begins before s and runs at least to the day before it (adjoining or overlapping).
    private static bool Joins(PersonFact fact, DateOnly s) =>
        (PersonFacts.From(fact) is not { } from || from < s) && (PersonFacts.Until(fact) is not { } until || until.AddDays(1) >= s);

    /// <summary>The category bounds in force, or a failed check naming the missing one (no policy is never a pass).</summary>
    private ParameterValue[]? Bounds(ExplanationBuilder explanation, string rule, Region region, DateOnly date, params string[] keys)
    {
        var values = new List<ParameterValue>();
        foreach (var key in keys)
        {
            if (!catalog.TryResolve(key, region, date, out var value))
            {
                explanation.Check(rule, false, $"{PersonFacts.Display(date)} 在 {region} 没有有效的人员类别规定，不能认定").Fact("无政策的参数", key);
                return null;
            }

            values.Add(value);
        }

        return values.ToArray();
    }
}
