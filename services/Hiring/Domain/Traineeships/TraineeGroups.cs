using Employment.Common.V1;
using Employment.Hiring.Domain.OneOffHires;
using Employment.Policy;
using Employment.Policy.Categories;
using Employment.Policy.Explanations;
using Employment.Policy.Model;

namespace Employment.Hiring.Domain.Traineeships;

/// <summary>The trainee groups of Henan D09 cl.37 / Jiaozuo D12 cl.6, judged on the traineeship start (R22).</summary>
internal sealed class TraineeGroups(PolicyCatalog catalog)
{
    private readonly ApplicantCategories _categories = new(catalog);

    /// <summary>The groups, each with the catalog key that says whether the measure in force covers it.</summary>
    public static IReadOnlyList<(string NameZh, string Key)> All { get; } =
    [
        ("离校2年内未就业高校毕业生", HiringPolicyKeys.TraineeGroupGraduateUnemployed2y),
        ("离校2年内未就业中职中专毕业生", HiringPolicyKeys.TraineeGroupSecondaryVocationalUnemployed2y),
        ("16-24岁失业青年", HiringPolicyKeys.TraineeGroupUnemployedYouth),
    ];

    public bool Judge(string key, PersonProfile person, Region region, DateOnly start, ExplanationBuilder explanation) => key switch
    {
        HiringPolicyKeys.TraineeGroupGraduateUnemployed2y =>
            _categories.GraduateWithinTwoYearsOfLeaving(person, region, start, explanation)
            & HireTargetGroups.NotEmployedBeforeHire(person, start, explanation, "见习开始日"),
        HiringPolicyKeys.TraineeGroupSecondaryVocationalUnemployed2y =>
            SecondaryVocationalWithinYears(person, region, start, explanation)
            & HireTargetGroups.NotEmployedBeforeHire(person, start, explanation, "见习开始日"),
        _ => _categories.UnemployedYouth(person, region, start, explanation),
    };

    /// <summary>
    /// 离校2年内中职中专毕业生: a secondary-level education recorded as vocational (技工院校 / 中专, the
    /// registry's technical-school flag; a 普通高中 record does not count), graduated no more than the
    /// catalog's years before the start.
    /// </summary>
    private bool SecondaryVocationalWithinYears(PersonProfile person, Region region, DateOnly start, ExplanationBuilder explanation)
    {
        const string rule = "hiring.group.secondary_vocational_unemployed_2y";
        if (!catalog.TryResolve(HiringPolicyKeys.SecondaryVocationalUnemployed2yMaxYearsSinceLeaving, region, start, out var years))
        {
            explanation.Check(rule, false, $"{PersonFacts.Display(start)} 在 {region} 没有有效的中职中专毕业生规定，不能认定")
                .Fact("无政策的参数", HiringPolicyKeys.SecondaryVocationalUnemployed2yMaxYearsSinceLeaving);
            return false;
        }

        var education = PersonFacts.Current(person, PersonFactKind.Education)
            .Where(f => f.Education is { Level: EducationLevel.Secondary, TechnicalSchool: true, GraduationDate: { Year: > 0, Month: > 0, Day: > 0 } })
            .FirstOrDefault(f =>
            {
                var graduated = ProtoMapping.FromProto(f.Education.GraduationDate);
                return graduated <= start && start <= graduated.AddYears(years.Value.Integer);
            });
        var passed = education is not null;
        var check = explanation.Check(rule, passed, $"离校{years.Value.Display()}内的中职中专（技工院校）毕业生");
        if (education is null)
        {
            check.Fact("学历", "无符合条件的中职中专学历记录");
        }
        else
        {
            check.Fact("学历", $"中职中专 {education.Education.Institution}".Trim(), PersonFacts.Source(education))
                .Fact("毕业时间", PersonFacts.Display(ProtoMapping.FromProto(education.Education.GraduationDate)), PersonFacts.Source(education));
        }

        check.Uses(years);
        return passed;
    }
}
