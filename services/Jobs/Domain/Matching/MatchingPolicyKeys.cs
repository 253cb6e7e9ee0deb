using Employment.Policy.Categories;

namespace Employment.Jobs.Domain.Matching;

/// <summary>
/// The catalog keys matching reads (through the category functions, R10): whether the priority groups'
/// categories are recognised in the seeker's region on the match date. The module requires
/// <see cref="All"/> at start-up.
/// </summary>
public static class MatchingPolicyKeys
{
    /// <summary>零就业家庭人员: 《关于做好全省当前重点经济工作的通知》(D07) "5.": 把脱贫人口、低保人员、零就业家庭人员等作为重点.</summary>
    public const string ZeroEmploymentHouseholdRecognised = "categories.zero_employment_household.recognised";

    public static IReadOnlyList<string> All { get; } =
    [
        CategoryPolicyKeys.EmploymentDifficultyRecognised,
        ZeroEmploymentHouseholdRecognised,
    ];
}
