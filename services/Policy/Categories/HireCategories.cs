using Employment.Common.V1;
using Employment.Policy.Explanations;
using Employment.Policy.Model;

namespace Employment.Policy.Categories;

/// <summary>
/// The categories of a hired person, judged on the contract start as rulings R19 and R20 read them. The
/// hire itself closes the unemployment registration and starts the employment, so both are read on the day
/// before the contract start: "登记失业" is a registration in force that day (R19), "未就业" is no labour
/// contract and no employer-paid pension or unemployment insurance in force that day (R20). Ages, windows
/// and graduation years are still those of the contract start (R10). <see cref="ApplicantCategories"/>
/// keeps the reading "in force on the date" for events that do not end a registration (a loan, a certificate).
/// </summary>
public sealed class HireCategories(PolicyCatalog catalog)
{
    private readonly ApplicantCategories _categories = new(catalog);

    /// <summary>登记失业人员 (R19): a registration in force on the day before the contract start.</summary>
    public bool RegisteredUnemployed(PersonProfile profile, Region region, DateOnly contractStart, ExplanationBuilder explanation)
    {
        const string rule = "category.registered_unemployed_before_hire";
        if (Parameter(explanation, rule, region, contractStart, CategoryPolicyKeys.RegisteredUnemployedRecognised) is not { } recognised)
        {
            return false;
        }

        var dayBefore = contractStart.AddDays(-1);
        var registration = Registrations(profile).FirstOrDefault(f => PersonFacts.InForceOn(f, dayBefore));
        var passed = recognised.Value.Boolean && registration is not null;
        ApplicantCategories.RecordPeriod(
                explanation.Check(rule, passed, $"劳动合同起始日前一日（{PersonFacts.Display(dayBefore)}）处于失业登记中（招用即终止登记，裁定 R19）"),
                registration,
                "失业登记")
            .Uses(recognised);
        return passed;
    }

    /// <summary>登记失业的16至24岁青年 (R10, R19): age on the contract start within the bounds (inclusive), registered on the day before.</summary>
    public bool RegisteredUnemployedYouth(PersonProfile profile, Region region, DateOnly contractStart, ExplanationBuilder explanation)
    {
        const string rule = "category.registered_unemployed_youth_before_hire";
        if (Parameter(explanation, rule, region, contractStart, CategoryPolicyKeys.UnemployedYouthMinAge) is not { } min
            || Parameter(explanation, rule, region, contractStart, CategoryPolicyKeys.UnemployedYouthMaxAge) is not { } max)
        {
            return false;
        }

        if (PersonFacts.BirthDate(profile.Person) is not { } birth)
        {
            // An unreadable id number leaves the age unknown: undecided, not refused.
            explanation.MarkUndetermined();
            explanation.Check(rule, false, "身份证号码无法确定出生日期，不能判断年龄").Uses(min).Uses(max);
            return false;
        }

        var dayBefore = contractStart.AddDays(-1);
        var registration = Registrations(profile).FirstOrDefault(f => PersonFacts.InForceOn(f, dayBefore));
        var age = PersonFacts.AgeOn(birth, contractStart);
        var passed = age >= min.Value.Integer && age <= max.Value.Integer && registration is not null;
        var check = explanation.Check(rule, passed, $"劳动合同起始日年满{min.Value.Integer}至{max.Value.Integer}周岁（含），且前一日（{PersonFacts.Display(dayBefore)}）处于失业登记中（裁定 R10、R19）")
            .Fact("出生日期", PersonFacts.Display(birth), "居民身份证号码")
            .Fact("劳动合同起始日年龄", $"{age}周岁");
        ApplicantCategories.RecordPeriod(check, registration, "失业登记").Uses(min).Uses(max);
        return passed;
    }

    /// <summary>
    /// 登记失业半年以上 (R19): a registration in force on the day before the contract start whose continuous span
    /// up to that day (adjoining periods joined, a gap breaks it) began no later than the catalog's months
    /// before the contract start.
    /// </summary>
    public bool RegisteredUnemployedAtLeastMonths(PersonProfile profile, Region region, DateOnly contractStart, ExplanationBuilder explanation)
    {
        const string rule = "category.registered_unemployed_6m_before_hire";
        if (Parameter(explanation, rule, region, contractStart, CategoryPolicyKeys.RegisteredUnemployed6mMinMonths) is not { } minMonths)
        {
            return false;
        }

        var dayBefore = contractStart.AddDays(-1);
        var registrations = Registrations(profile).ToList();
        var covering = registrations.FirstOrDefault(f => PersonFacts.InForceOn(f, dayBefore));
        var start = covering is null ? null : ApplicantCategories.ContinuousStart(registrations, covering);
        var latestStart = contractStart.AddMonths(-minMonths.Value.Integer);
        var passed = covering is not null && (start is null || start <= latestStart);
        var check = explanation.Check(rule, passed, $"劳动合同起始日前连续登记失业满{minMonths.Value.Display()}：前一日（{PersonFacts.Display(dayBefore)}）处于登记中，且连续登记始于{PersonFacts.Display(latestStart)}或更早（裁定 R19）");
        ApplicantCategories.RecordPeriod(check, covering, "失业登记");
        if (covering is not null)
        {
            check.Fact("连续登记开始", start is { } s ? PersonFacts.Display(s) : "不限");
        }

        check.Uses(minMonths);
        return passed;
    }

    /// <summary>毕业年度高校毕业生 not employed before the hire (R10, R20).</summary>
    public bool GraduateInGraduationYear(PersonProfile profile, Region region, DateOnly contractStart, ExplanationBuilder explanation) =>
        // Both checks are made (not short-circuited) so that the explanation shows each one.
        _categories.GraduateInGraduationYear(profile, region, contractStart, explanation) & NotEmployedBefore(profile, contractStart, explanation);

    /// <summary>离校1年内未就业高校毕业生 (R10, R20).</summary>
    public bool GraduateUnemployedWithinOneYear(PersonProfile profile, Region region, DateOnly contractStart, ExplanationBuilder explanation) =>
        _categories.GraduateWithinOneYearOfLeaving(profile, region, contractStart, explanation) & NotEmployedBefore(profile, contractStart, explanation);

    /// <summary>离校2年内未就业高校毕业生 (R10, R20).</summary>
    public bool GraduateUnemployedWithinTwoYears(PersonProfile profile, Region region, DateOnly contractStart, ExplanationBuilder explanation) =>
        _categories.GraduateWithinTwoYearsOfLeaving(profile, region, contractStart, explanation) & NotEmployedBefore(profile, contractStart, explanation);

    /// <summary>离校2年内未就业中职中专毕业生 (R10, R20).</summary>
    public bool SecondaryVocationalUnemployedWithinTwoYears(PersonProfile profile, Region region, DateOnly contractStart, ExplanationBuilder explanation) =>
        _categories.SecondaryVocationalWithinTwoYearsOfLeaving(profile, region, contractStart, explanation) & NotEmployedBefore(profile, contractStart, explanation);

    /// <summary>
    /// R20 未就业: on the day before the event no labour contract and no employer-paid pension or
    /// unemployment insurance is in force. Flexible-worker contributions are not employment.
    /// </summary>
    public static bool NotEmployedBefore(PersonProfile profile, DateOnly eventDate, ExplanationBuilder explanation, string eventZh = "劳动合同起始日")
    {
        ArgumentNullException.ThrowIfNull(explanation);
        const string rule = "category.not_employed_before_event";
        var dayBefore = eventDate.AddDays(-1);
        var contracts = PersonFacts.Current(profile, PersonFactKind.EmploymentContract).Where(f => PersonFacts.InForceOn(f, dayBefore)).ToList();
        var contributions = PersonFacts.Current(profile, PersonFactKind.SocialInsurance)
            .Concat(PersonFacts.Current(profile, PersonFactKind.UnemploymentInsurance))
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
        && (fact.Kind == PersonFactKind.UnemploymentInsurance || insurance.Scheme is InsuranceScheme.Pension or InsuranceScheme.Unemployment);

    private static IEnumerable<PersonFact> Registrations(PersonProfile profile) =>
        PersonFacts.Current(profile, PersonFactKind.UnemploymentRegistration);

    /// <summary>The value in force, or a failed check naming the key when none is (no policy is never a pass, never a throw).</summary>
    private ParameterValue? Parameter(ExplanationBuilder explanation, string rule, Region region, DateOnly date, string key)
    {
        if (catalog.TryResolve(key, region, date, out var value))
        {
            return value;
        }

        explanation.Check(rule, false, $"{PersonFacts.Display(date)} 在 {region} 没有有效的人员类别规定，不能认定").Fact("无政策的参数", key);
        return null;
    }
}
