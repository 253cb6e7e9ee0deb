using Employment.Common.V1;
using Employment.Policy.Categories;
using Employment.Policy.Explanations;
using Employment.Policy.Model;

namespace Employment.Loans.Domain.Eligibility;

/// <summary>
/// Whether a person meets the personal conditions for a subsidised loan (符合财政贴息申请条件的个人), and
/// whether they have an honours route (R4), from their registry profile on the intended issue date.
/// <para>
/// The documents use "符合创业担保贷款申请条件的人员" without defining it (2022 catalog, open question 3).
/// Until a ruling says otherwise, the product counts the groups these documents name for startup
/// support, each decided by the applicant categories of R10 with its own clause: registered
/// unemployed, employment difficulty, disabled, veterans, graduates (graduation year, within two years
/// of leaving, college students and recent graduates), returning migrant workers and people lifted out
/// of poverty. Which of them matched is quoted in the answer, with their checks.
/// </para>
/// </summary>
public sealed class PersonalSubsidyConditions(ApplicantCategories categories)
{
    private delegate bool Category(PersonProfile profile, Region region, DateOnly date, ExplanationBuilder explanation);

    public sealed record Result(bool Met, string BasisZh, IReadOnlyList<Check> Checks, HonoursRoute HonoursRoute);

    public Result Evaluate(PersonProfile profile, Region region, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(profile);
        Category[] groups =
        [
            categories.RegisteredUnemployed,
            categories.EmploymentDifficulty,
            categories.Disabled,
            categories.Veteran,
            categories.GraduateInGraduationYear,
            categories.GraduateWithinTwoYearsOfLeaving,
            categories.CollegeStudentOrRecentGraduate,
            categories.ReturningMigrantWorker,
            categories.PovertyAlleviated,
        ];

        var matched = new List<Check>();
        foreach (var group in groups)
        {
            var explanation = new ExplanationBuilder(date);
            if (group(profile, region, date, explanation))
            {
                matched.AddRange(explanation.Build("").Checks.Where(c => c.Passed));
            }
        }

        var basis = matched.Count > 0
            ? "属于" + string.Join("、", matched.Select(c => c.DescriptionZh))
            : "人社登记信息中未见符合贴息条件的人员类别（登记失业、就业困难、残疾、退役军人、高校毕业生、返乡农民工、脱贫人口）";
        var honour = PersonFacts.Current(profile, PersonFactKind.Honour).Any(f => PersonFacts.InForceOn(f, date));
        return new Result(matched.Count > 0, basis, matched, honour ? HonoursRoute.CityLevelHonour : HonoursRoute.None);
    }
}
