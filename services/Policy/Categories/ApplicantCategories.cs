using Employment.Common.V1;
using Employment.Policy.Explanations;
using Employment.Policy.Model;

namespace Employment.Policy.Categories;

/// <summary>
/// Applicant categories (ruling R10): each decides one category for a profile on the event date and
/// records one check citing the clause that defines it. Every bound is read from the catalog
/// (<c>categories.*</c>); when no policy is in force for the region and date the check fails, it does not throw.
/// </summary>
public sealed class ApplicantCategories(PolicyCatalog catalog)
{
    /// <summary>毕业年度高校毕业生: a junior-college-or-above graduate whose graduation year is the event year.</summary>
    public bool GraduateInGraduationYear(PersonProfile profile, Region region, DateOnly date, ExplanationBuilder explanation)
    {
        const string rule = "category.college_graduate_graduation_year";
        if (Parameters(explanation, rule, "毕业年度高校毕业生", region, date, CategoryPolicyKeys.CollegeGraduateGraduationYearRecognised) is not [var recognised])
        {
            return false;
        }

        var graduate = CollegeEducation(profile).FirstOrDefault(f => GraduationDate(f).Year == date.Year);
        var passed = recognised.Value.Boolean && graduate is not null;
        RecordEducation(explanation.Check(rule, passed, $"毕业年度（{date.Year}年）毕业的大专及以上高校毕业生"), graduate).Uses(recognised);
        return passed;
    }

    /// <summary>离校1年内高校毕业生 (event date no later than graduation date + N years).</summary>
    public bool GraduateWithinOneYearOfLeaving(PersonProfile profile, Region region, DateOnly date, ExplanationBuilder explanation) =>
        LeftSchoolWithin(profile, region, date, explanation, "category.graduate_unemployed_1y", CategoryPolicyKeys.GraduateUnemployed1yMaxYearsSinceLeaving);

    /// <summary>离校2年内高校毕业生 (event date no later than graduation date + N years).</summary>
    public bool GraduateWithinTwoYearsOfLeaving(PersonProfile profile, Region region, DateOnly date, ExplanationBuilder explanation) =>
        LeftSchoolWithin(profile, region, date, explanation, "category.graduate_unemployed_2y", CategoryPolicyKeys.GraduateUnemployed2yMaxYearsSinceLeaving);

    /// <summary>大中专学生（含毕业N年内毕业生及在校学生）: a recorded graduation date (expected, for students) no more than N years before the event.</summary>
    public bool CollegeStudentOrRecentGraduate(PersonProfile profile, Region region, DateOnly date, ExplanationBuilder explanation)
    {
        const string rule = "category.college_student";
        if (Parameters(explanation, rule, "大中专学生", region, date, CategoryPolicyKeys.CollegeStudentMaxYearsSinceGraduation) is not [var maxYears])
        {
            return false;
        }

        // The clause includes 技工院校 graduates, whatever level the registry recorded for them.
        var education = PersonFacts.Current(profile, PersonFactKind.Education)
            .Where(f => f.Education?.GraduationDate is { Year: > 0, Month: > 0, Day: > 0 } && (IsCollege(f.Education) || f.Education.TechnicalSchool))
            .FirstOrDefault(f => date <= GraduationDate(f).AddYears(maxYears.Value.Integer));
        var passed = education is not null;
        RecordEducation(explanation.Check(rule, passed, $"大中专学生（在校或毕业{maxYears.Value.Display()}内）"), education).Uses(maxYears);
        return passed;
    }

    /// <summary>16–24岁失业青年: age within the catalog's bounds (inclusive) and registered unemployed on the event date.</summary>
    public bool UnemployedYouth(PersonProfile profile, Region region, DateOnly date, ExplanationBuilder explanation)
    {
        const string rule = "category.unemployed_youth";
        if (Parameters(explanation, rule, "失业青年", region, date, CategoryPolicyKeys.UnemployedYouthMinAge, CategoryPolicyKeys.UnemployedYouthMaxAge) is not [var min, var max])
        {
            return false;
        }

        if (PersonFacts.BirthDate(profile.Person) is not { } birth)
        {
            // A masked or invalid id number leaves the age unknown: the decision cannot be made, not refused.
            explanation.MarkUndetermined();
            explanation.Check(rule, false, "身份证号码无法确定出生日期，不能判断年龄").Uses(min).Uses(max);
            return false;
        }

        var age = PersonFacts.AgeOn(birth, date);
        var registration = PersonFacts.Current(profile, PersonFactKind.UnemploymentRegistration).FirstOrDefault(f => PersonFacts.InForceOn(f, date));
        var passed = age >= min.Value.Integer && age <= max.Value.Integer && registration is not null;
        var check = explanation.Check(rule, passed, $"{min.Value.Integer}-{max.Value.Integer}岁且已办理失业登记的失业青年")
            .Fact("出生日期", PersonFacts.Display(birth), "居民身份证号码")
            .Fact("年龄", $"{age}周岁");
        RecordPeriod(check, registration, "失业登记").Uses(min).Uses(max);
        return passed;
    }

    /// <summary>登记失业半年以上: one continuous registration, covering the event date, begun at least N months before it.</summary>
    public bool RegisteredUnemployedAtLeastMonths(PersonProfile profile, Region region, DateOnly date, ExplanationBuilder explanation)
    {
        const string rule = "category.registered_unemployed_6m";
        if (Parameters(explanation, rule, "登记失业人员", region, date, CategoryPolicyKeys.RegisteredUnemployed6mMinMonths) is not [var minMonths])
        {
            return false;
        }

        var registrations = PersonFacts.Current(profile, PersonFactKind.UnemploymentRegistration).ToList();
        var covering = registrations.FirstOrDefault(f => PersonFacts.InForceOn(f, date));
        var start = covering is null ? null : ContinuousStart(registrations, covering);
        var latestStart = date.AddMonths(-minMonths.Value.Integer);
        var passed = covering is not null && (start is null || start <= latestStart);
        var check = explanation.Check(rule, passed, $"事件日前连续登记失业满{minMonths.Value.Display()}（登记开始不晚于{PersonFacts.Display(latestStart)}）");
        if (covering is not null)
        {
            check.Fact("连续登记开始", start is { } s ? PersonFacts.Display(s) : "不限");
        }

        RecordPeriod(check, covering, "失业登记").Uses(minMonths);
        return passed;
    }

    /// <summary>登记失业人员 (any duration): an unemployment registration in force on the event date.</summary>
    public bool RegisteredUnemployed(PersonProfile profile, Region region, DateOnly date, ExplanationBuilder explanation) =>
        Status(profile, region, date, explanation, PersonFactKind.UnemploymentRegistration, "category.registered_unemployed", "登记失业人员", CategoryPolicyKeys.RegisteredUnemployedRecognised);

    public bool EmploymentDifficulty(PersonProfile profile, Region region, DateOnly date, ExplanationBuilder explanation) =>
        Status(profile, region, date, explanation, PersonFactKind.EmploymentDifficulty, "category.employment_difficulty", "就业困难人员", CategoryPolicyKeys.EmploymentDifficultyRecognised);

    /// <summary>脱贫人口; the registry's fact includes 防止返贫监测对象, so the clause saying so is cited where in force.</summary>
    public bool PovertyAlleviated(PersonProfile profile, Region region, DateOnly date, ExplanationBuilder explanation) =>
        Status(profile, region, date, explanation, PersonFactKind.PovertyAlleviated, "category.poverty_alleviated", "脱贫人口（含防止返贫监测对象）", CategoryPolicyKeys.PovertyAlleviatedRecognised, CategoryPolicyKeys.PovertyAlleviatedIncludesMonitored);

    public bool Veteran(PersonProfile profile, Region region, DateOnly date, ExplanationBuilder explanation) =>
        Status(profile, region, date, explanation, PersonFactKind.Veteran, "category.veteran", "退役军人", CategoryPolicyKeys.VeteranRecognised);

    public bool ReturningMigrantWorker(PersonProfile profile, Region region, DateOnly date, ExplanationBuilder explanation) =>
        Status(profile, region, date, explanation, PersonFactKind.ReturningMigrantWorker, "category.returning_migrant_worker", "返乡农民工", CategoryPolicyKeys.ReturningMigrantWorkerRecognised);

    public bool NewCitizen(PersonProfile profile, Region region, DateOnly date, ExplanationBuilder explanation) =>
        Status(profile, region, date, explanation, PersonFactKind.NewCitizen, "category.new_citizen", "新市民", CategoryPolicyKeys.NewCitizenRecognised);

    public bool Disabled(PersonProfile profile, Region region, DateOnly date, ExplanationBuilder explanation) =>
        Status(profile, region, date, explanation, PersonFactKind.Disability, "category.disabled", "残疾人", CategoryPolicyKeys.DisabledRecognised);

    /// <summary>零就业家庭人员 (Henan D07 cl.5): the registry's certified household status on the event date.</summary>
    public bool ZeroEmploymentHousehold(PersonProfile profile, Region region, DateOnly date, ExplanationBuilder explanation) =>
        Status(profile, region, date, explanation, PersonFactKind.ZeroEmploymentHousehold, "category.zero_employment_household", "零就业家庭人员", CategoryPolicyKeys.ZeroEmploymentHouseholdRecognised);

    /// <summary>低保人员 (Henan D07 cl.5): a member of a 城乡低保家庭 on the event date, as the registry records it.</summary>
    public bool SubsistenceAllowance(PersonProfile profile, Region region, DateOnly date, ExplanationBuilder explanation) =>
        Status(profile, region, date, explanation, PersonFactKind.LowIncomeHousehold, "category.subsistence_allowance", "低保人员", CategoryPolicyKeys.SubsistenceAllowanceRecognised);

    /// <summary>
    /// 离校N年内中职中专毕业生 (Henan D09 cl.37): a secondary-level education recorded as vocational (技工院校 /
    /// 中专, the registry's technical-school flag; a plain secondary record may be a 普通高中 and does not
    /// count), already left and the event date no later than graduation + N years (R10).
    /// </summary>
    public bool SecondaryVocationalWithinTwoYearsOfLeaving(PersonProfile profile, Region region, DateOnly date, ExplanationBuilder explanation)
    {
        const string rule = "category.secondary_vocational_2y";
        if (Parameters(explanation, rule, "中职中专毕业生", region, date, CategoryPolicyKeys.SecondaryVocationalUnemployed2yMaxYearsSinceLeaving) is not [var years])
        {
            return false;
        }

        var education = PersonFacts.Current(profile, PersonFactKind.Education)
            .Where(f => f.Education is { Level: EducationLevel.Secondary, TechnicalSchool: true, GraduationDate: { Year: > 0, Month: > 0, Day: > 0 } })
            .FirstOrDefault(f => GraduationDate(f) <= date && date <= GraduationDate(f).AddYears(years.Value.Integer));
        var passed = education is not null;
        RecordEducation(explanation.Check(rule, passed, $"离校{years.Value.Display()}内的中职中专（技工院校）毕业生"), education).Uses(years);
        return passed;
    }

    /// <summary>A certified status (R10): a current fact of the kind in force on the event date, and the category recognised by policy.</summary>
    private bool Status(PersonProfile profile, Region region, DateOnly date, ExplanationBuilder explanation, PersonFactKind kind, string rule, string nameZh, string key, string? alsoCitedWhereInForce = null)
    {
        if (Parameters(explanation, rule, nameZh, region, date, key) is not [var recognised])
        {
            return false;
        }

        var status = PersonFacts.Current(profile, kind).FirstOrDefault(f => PersonFacts.InForceOn(f, date));
        var passed = recognised.Value.Boolean && status is not null;
        var check = RecordPeriod(explanation.Check(rule, passed, $"事件日（{PersonFacts.Display(date)}）经认定的{nameZh}"), status, nameZh).Uses(recognised);
        if (alsoCitedWhereInForce is not null && catalog.TryResolve(alsoCitedWhereInForce, region, date, out var also))
        {
            check.Uses(also);
        }

        return passed;
    }

    private bool LeftSchoolWithin(PersonProfile profile, Region region, DateOnly date, ExplanationBuilder explanation, string rule, string key)
    {
        if (Parameters(explanation, rule, "离校未就业高校毕业生", region, date, key) is not [var years])
        {
            return false;
        }

        // 离校N年内 (R10): already left, and the event date is no later than graduation date + N years.
        var graduate = CollegeEducation(profile).FirstOrDefault(f => GraduationDate(f) <= date && date <= GraduationDate(f).AddYears(years.Value.Integer));
        var passed = graduate is not null;
        RecordEducation(explanation.Check(rule, passed, $"离校{years.Value.Display()}内的大专及以上高校毕业生"), graduate).Uses(years);
        return passed;
    }

    /// <summary>
    /// Resolves the keys; when one has no policy in force, records the failed check naming it and returns null,
    /// so a category is never granted, nor an exception thrown, for a date no document covers.
    /// </summary>
    private ParameterValue[]? Parameters(ExplanationBuilder explanation, string rule, string nameZh, Region region, DateOnly date, params string[] keys)
    {
        var values = new List<ParameterValue>();
        foreach (var key in keys)
        {
            if (!catalog.TryResolve(key, region, date, out var value))
            {
                var check = explanation.Check(rule, false, $"{PersonFacts.Display(date)} 在 {region} 没有有效的{nameZh}政策规定，不能认定").Fact("无政策的参数", key);
                values.ForEach(v => check.Uses(v));
                return null;
            }

            values.Add(value);
        }

        return values.ToArray();
    }

    private static IEnumerable<PersonFact> CollegeEducation(PersonProfile profile) =>
        PersonFacts.Current(profile, PersonFactKind.Education).Where(f => f.Education?.GraduationDate is { Year: > 0, Month: > 0, Day: > 0 } && IsCollege(f.Education));

    // 高校毕业生: 大专 / 高职 and above.
    private static bool IsCollege(Education education) => education.Level >= EducationLevel.JuniorCollege;

    private static string LevelZh(EducationLevel level) => level switch
    {
        EducationLevel.BelowSecondary => "初中及以下",
        EducationLevel.Secondary => "高中/中专/技校",
        EducationLevel.JuniorCollege => "大专/高职",
        EducationLevel.Bachelor => "本科",
        EducationLevel.Postgraduate => "研究生",
        _ => "未填写",
    };

    private static DateOnly GraduationDate(PersonFact education) => ProtoMapping.FromProto(education.Education.GraduationDate);

    private static ExplanationBuilder.CheckBuilder RecordEducation(ExplanationBuilder.CheckBuilder check, PersonFact? fact) =>
        fact is null
            ? check.Fact("学历", "无符合条件的学历记录")
            : check.Fact("学历", $"{LevelZh(fact.Education.Level)} {fact.Education.Institution}".Trim(), PersonFacts.Source(fact))
                .Fact("毕业时间", PersonFacts.Display(GraduationDate(fact)), PersonFacts.Source(fact));

    internal static ExplanationBuilder.CheckBuilder RecordPeriod(ExplanationBuilder.CheckBuilder check, PersonFact? fact, string nameZh) =>
        fact is null
            ? check.Fact(nameZh, "事件日无有效记录")
            : check.Fact(nameZh, PersonFacts.DisplayPeriod(fact), PersonFacts.Source(fact));

    /// <summary>First day of the continuous registration that includes <paramref name="covering"/>: adjoining or overlapping periods join up; null means "since always".</summary>
    internal static DateOnly? ContinuousStart(List<PersonFact> registrations, PersonFact covering)
    {
        var start = PersonFacts.From(covering);
        while (start is { } s && registrations.FirstOrDefault(f => Joins(f, s)) is { } earlier)
        {
            start = PersonFacts.From(earlier);
        }

        return start;
    }

    // A registration that begins before s and runs at least to the day before it.
    private static bool Joins(PersonFact fact, DateOnly s) =>
        (PersonFacts.From(fact) is not { } from || from < s) && (PersonFacts.Until(fact) is not { } until || until.AddDays(1) >= s);
}
