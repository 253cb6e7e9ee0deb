using Employment.Applicants.Domain.Registry;
using Employment.Common.V1;
using Employment.Policy.Categories;
using Employment.Policy.Explanations;
using Employment.Policy.Model;
using Employment.ServiceDefaults.Validation;

namespace Employment.Applicants.Domain.Categories;

/// <summary>
/// The categories of people this registry evaluates (R10), with the clerk's names for them; each is
/// decided by the shared rules of <see cref="ApplicantCategories"/>, with its citations.
/// </summary>
internal static class PersonCategories
{
    private static readonly (string Id, string NameZh)[] Names =
    [
        ("college_graduate_graduation_year", "毕业年度高校毕业生"),
        ("graduate_within_1y_of_leaving", "离校1年内未就业高校毕业生"),
        ("graduate_within_2y_of_leaving", "离校2年内未就业高校毕业生"),
        ("college_student_or_recent_graduate", "大中专学生及毕业5年内毕业生"),
        ("unemployed_youth", "16-24岁登记失业青年"),
        ("registered_unemployed_6m", "登记失业半年以上人员"),
        ("employment_difficulty", "就业困难人员"),
        ("poverty_alleviated", "脱贫人口"),
        ("veteran", "退役军人"),
        ("returning_migrant_worker", "返乡入乡农民工"),
        ("new_citizen", "新市民"),
        ("disabled", "残疾人"),
    ];

    /// <summary>The categories asked for, in the registry's order; all when none is named; a broken rule naming an unknown one.</summary>
    public static IReadOnlyList<(string Id, string NameZh)> Select(IReadOnlyCollection<string> requested)
    {
        ArgumentNullException.ThrowIfNull(requested);
        var wanted = requested.Count == 0 ? Names.Select(c => c.Id).ToHashSet() : requested.ToHashSet();
        var unknown = wanted.Except(Names.Select(c => c.Id)).ToList();
        if (unknown.Count > 0)
        {
            throw DomainRuleException.Invalid("category_ids", $"未知的人员类别：{string.Join("、", unknown)}。");
        }

        return Names.Where(c => wanted.Contains(c.Id)).ToList();
    }

    /// <summary>The date of the evaluation: the one asked for, otherwise today.</summary>
    public static DateOnly On(CalendarDate? on, DateOnly today) =>
        on is null ? today : FactPeriod.Of(new DatePeriod { From = on }, "on").From ?? today;

    /// <summary>The region whose policy applies: the one asked for, otherwise where the person lives.</summary>
    public static Region RegionFor(RegionCode? asked, string residenceRegion)
    {
        var code = RegionCodes.Place(asked, "region", required: false);
        return code.Length > 0 ? Region.Parse(code)
            : residenceRegion.Length > 0 ? Region.Parse(residenceRegion)
            : throw DomainRuleException.Invalid("region", "请提供适用政策的地区代码（region）。");
    }

    /// <summary>Whether the person is a member of the category on the date, each condition written to <paramref name="explanation"/>.</summary>
    public static bool Evaluate(ApplicantCategories categories, string categoryId, PersonProfile profile, Region region, DateOnly on, ExplanationBuilder explanation)
    {
        ArgumentNullException.ThrowIfNull(categories);
        return categoryId switch
        {
            "college_graduate_graduation_year" => categories.GraduateInGraduationYear(profile, region, on, explanation),
            "graduate_within_1y_of_leaving" => categories.GraduateWithinOneYearOfLeaving(profile, region, on, explanation),
            "graduate_within_2y_of_leaving" => categories.GraduateWithinTwoYearsOfLeaving(profile, region, on, explanation),
            "college_student_or_recent_graduate" => categories.CollegeStudentOrRecentGraduate(profile, region, on, explanation),
            "unemployed_youth" => categories.UnemployedYouth(profile, region, on, explanation),
            "registered_unemployed_6m" => categories.RegisteredUnemployedAtLeastMonths(profile, region, on, explanation),
            "employment_difficulty" => categories.EmploymentDifficulty(profile, region, on, explanation),
            "poverty_alleviated" => categories.PovertyAlleviated(profile, region, on, explanation),
            "veteran" => categories.Veteran(profile, region, on, explanation),
            "returning_migrant_worker" => categories.ReturningMigrantWorker(profile, region, on, explanation),
            "new_citizen" => categories.NewCitizen(profile, region, on, explanation),
            _ => categories.Disabled(profile, region, on, explanation),
        };
    }
}
