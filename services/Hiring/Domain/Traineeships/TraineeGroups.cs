using Employment.Common.V1;
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
        // R20 on the traineeship start: both checks are made (not short-circuited) so the explanation shows each.
        HiringPolicyKeys.TraineeGroupGraduateUnemployed2y =>
            _categories.GraduateWithinTwoYearsOfLeaving(person, region, start, explanation)
            & HireCategories.NotEmployedBefore(person, start, explanation, "见习开始日"),
        HiringPolicyKeys.TraineeGroupSecondaryVocationalUnemployed2y =>
            _categories.SecondaryVocationalWithinTwoYearsOfLeaving(person, region, start, explanation)
            & HireCategories.NotEmployedBefore(person, start, explanation, "见习开始日"),
        _ => _categories.UnemployedYouth(person, region, start, explanation),
    };
}
