using Employment.Common.V1;

namespace Employment.Policy.Categories;

/// <summary>
/// The groups (人员类别) a decision found the person in, as the catalog names them (the group of a key
/// <c>&lt;measure&gt;.group.&lt;group&gt;</c> or <c>categories.&lt;group&gt;.recognised</c>, which audiences.yaml gathers):
/// read from the decision's explanation, where each applicant category's check (<see cref="ApplicantCategories"/>,
/// <see cref="HireCategories"/>) stands passed either as a check of its own or, judged apart for a measure with
/// several target groups, as a fact named by its rule id and valued "通过：…". So the figures count people by
/// group exactly as they were decided, not as the registry shows them later.
/// </summary>
public static class DecidedGroups
{
    /// <summary>How a judge records a category check judged apart and passed, as a fact of its group check.</summary>
    public const string PassedPrefix = "通过：";

    // Each category rule and the catalog group it decides. The "_before_hire" rules read the same group on the day
    // before the contract start (R19, R20): when, not who. "category.not_employed_before_event" is a condition, no group.
    private static readonly Dictionary<string, string> GroupOfRule = new(StringComparer.Ordinal)
    {
        ["category.college_graduate_graduation_year"] = "college_graduate_graduation_year",
        ["category.college_student"] = "college_student",
        ["category.disabled"] = "disabled",
        ["category.employment_difficulty"] = "employment_difficulty",
        ["category.graduate_unemployed_1y"] = "graduate_unemployed_1y",
        ["category.graduate_unemployed_2y"] = "graduate_unemployed_2y",
        ["category.new_citizen"] = "new_citizen",
        ["category.poverty_alleviated"] = "poverty_alleviated",
        ["category.registered_unemployed"] = "registered_unemployed",
        ["category.registered_unemployed_before_hire"] = "registered_unemployed",
        ["category.registered_unemployed_6m"] = "registered_unemployed_6m",
        ["category.registered_unemployed_6m_before_hire"] = "registered_unemployed_6m",
        ["category.registered_unemployed_youth_before_hire"] = "registered_unemployed_youth",
        ["category.returning_migrant_worker"] = "returning_migrant_worker",
        ["category.secondary_vocational_2y"] = "secondary_vocational_unemployed_2y",
        ["category.subsistence_allowance"] = "subsistence_allowance",
        ["category.unemployed_youth"] = "unemployed_youth",
        ["category.veteran"] = "veteran",
        ["category.zero_employment_household"] = "zero_employment_household",
    };

    /// <summary>Every group a category rule decides: each must be one an audience of the catalog gathers.</summary>
    public static IReadOnlyCollection<string> Known => [.. GroupOfRule.Values.Distinct(StringComparer.Ordinal)];

    /// <summary>The groups the explanation's passed category checks decided, each once, in order of name.</summary>
    public static IReadOnlyList<string> Of(Explanation? explanation)
    {
        if (explanation is null)
        {
            return [];
        }

        var groups = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var check in explanation.Checks)
        {
            if (check.Passed && GroupOfRule.TryGetValue(check.RuleId, out var own))
            {
                groups.Add(own);
            }

            foreach (var fact in check.FactsUsed)
            {
                if (fact.Value.StartsWith(PassedPrefix, StringComparison.Ordinal) && GroupOfRule.TryGetValue(fact.Name, out var nested))
                {
                    groups.Add(nested);
                }
            }
        }

        return [.. groups];
    }
}
