using Employment.Common.V1;
using Employment.Policy.Categories;
using Xunit;

namespace Policy.Tests;

/// <summary>
/// The groups a decision found the person in, read from its explanation for the bureau's figures by group: each is a
/// group the catalog's audiences gather (so a figure by audience counts it), whether the category's check stands on its
/// own or was judged apart and nested as a passed fact; a failed one, or a condition that is no group, counts nowhere.
/// </summary>
public sealed class DecidedGroupsTests
{
    [Fact]
    public void Every_group_a_category_rule_decides_is_one_an_audience_of_the_catalog_gathers()
    {
        var gathered = RealCatalog.Catalog.Audiences.SelectMany(a => a.Groups).ToHashSet(StringComparer.Ordinal);

        Assert.All(DecidedGroups.Known, group => Assert.Contains(group, gathered));
    }

    [Fact]
    public void Passed_category_checks_own_or_nested_are_the_groups_and_failed_ones_or_conditions_are_not()
    {
        var explanation = new Explanation
        {
            Checks =
            {
                new Check { RuleId = "category.employment_difficulty", Passed = true },
                new Check { RuleId = "category.veteran", Passed = false },
                new Check { RuleId = "category.not_employed_before_event", Passed = true },
                new Check
                {
                    RuleId = "hiring.absorption.target_group",
                    Passed = true,
                    FactsUsed =
                    {
                        new Fact { Name = "category.registered_unemployed_youth_before_hire", Value = DecidedGroups.PassedPrefix + "登记失业的16至24岁青年" },
                        new Fact { Name = "category.graduate_unemployed_2y", Value = "未通过：离校2年内未就业高校毕业生" },
                    },
                },
            },
        };

        Assert.Equal(["employment_difficulty", "registered_unemployed_youth"], DecidedGroups.Of(explanation));
        Assert.Empty(DecidedGroups.Of(null));
    }
}
