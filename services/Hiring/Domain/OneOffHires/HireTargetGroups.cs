using Employment.Common.V1;
using Employment.Policy;
using Employment.Policy.Categories;
using Employment.Policy.Explanations;
using Employment.Policy.Model;

namespace Employment.Hiring.Domain.OneOffHires;

/// <summary>
/// Whether a hired person belongs to one target group on the contract start: the shared hire categories
/// (<see cref="HireCategories"/>), which read the registration (R19) and "未就业" (R20) on the day before
/// the contract start, since the hire itself closes the one and starts the other.
/// </summary>
internal sealed class HireTargetGroups(PolicyCatalog catalog)
{
    private readonly HireCategories _categories = new(catalog);

    public static string NameZh(TargetGroup group) => group switch
    {
        TargetGroup.GraduateInGraduationYear => "毕业年度高校毕业生",
        TargetGroup.GraduateUnemployed2y => "离校2年内未就业高校毕业生",
        TargetGroup.RegisteredUnemployedYouth => "登记失业的16至24岁青年",
        _ => "登记失业半年以上人员",
    };

    public bool Judge(TargetGroup group, PersonProfile person, Region region, DateOnly contractStart, ExplanationBuilder explanation) => group switch
    {
        TargetGroup.GraduateInGraduationYear => _categories.GraduateInGraduationYear(person, region, contractStart, explanation),
        TargetGroup.GraduateUnemployed2y => _categories.GraduateUnemployedWithinTwoYears(person, region, contractStart, explanation),
        TargetGroup.RegisteredUnemployedYouth => _categories.RegisteredUnemployedYouth(person, region, contractStart, explanation),
        _ => _categories.RegisteredUnemployedAtLeastMonths(person, region, contractStart, explanation),
    };
}
