using Employment.Policy.Model;
using Employment.Training.Domain;
using Xunit;

namespace Training.Tests.Domain;

/// <summary>The training figures as the shipped catalog holds them, each by its ruling and clause.</summary>
public sealed class TrainingCatalogTests
{
    private static readonly Region Jiaozuo = Region.Jiaozuo;
    private static readonly Region Jiyuan = Region.Jiyuan;

    [Theory]
    [InlineData(TrainingPolicyKeys.SkillUpgradeAmountLevel5, 2023, 100_000)]
    [InlineData(TrainingPolicyKeys.SkillUpgradeAmountLevel4, 2023, 150_000)]
    [InlineData(TrainingPolicyKeys.SkillUpgradeAmountLevel3, 2023, 200_000)]
    [InlineData(TrainingPolicyKeys.SkillUpgradeAmountUnlevelled, 2023, 150_000)]
    [InlineData(TrainingPolicyKeys.SkillUpgradeAmountLevel5, 2024, 100_000)]
    [InlineData(TrainingPolicyKeys.SkillUpgradeAmountLevel4, 2024, 150_000)]
    [InlineData(TrainingPolicyKeys.SkillUpgradeAmountLevel3, 2024, 200_000)]
    [InlineData(TrainingPolicyKeys.SkillUpgradeAmountUnlevelled, 2024, 150_000)]
    public void R12_R24_skill_upgrade_amounts_by_level_cite_their_clause(string key, int year, long fen)
    {
        var value = ShippedCatalog.Catalog.Resolve(key, Jiaozuo, new DateOnly(year, 6, 1));
        Assert.Equal(fen, value.Value.Fen);
        Assert.Equal(year == 2023 ? "焦政办〔2023〕36号" : "焦政办〔2024〕15号", value.Source.DocumentNumber);
        Assert.Equal(year == 2023 ? "（三）" : "（十二）", value.Source.Clause);
    }

    [Fact]
    public void R3_every_kind_taken_has_its_review_amount_and_time_limit_among_the_keys_the_service_requires()
    {
        // 复核 and 办结时限: a decision and a read look up the measure's keys; a kind whose keys the service does not require would fail there.
        var kinds = typeof(TrainingPolicyKeys).Assembly.GetTypes()
            .Where(t => t.GetInterfaces().Contains(typeof(Employment.Persistence.Submissions.IRegisteredKind<Employment.Training.V1.SubsidyKind>)))
            .SelectMany(t => (IReadOnlyList<Employment.Persistence.Submissions.TakenKind<Employment.Training.V1.SubsidyKind>>)t.GetProperty("Taken")!.GetValue(null)!)
            .ToList();

        Assert.NotEmpty(kinds);
        // Every kind class in the service is listed once, so the keys derived from the list cover it.
        Assert.Equal(kinds.Select(k => k.Kind).Order(), Employment.Training.UseCases.ApplicationKindList.Kinds.Taken.Select(k => k.Kind).Order());
        Assert.All(kinds, k => Assert.Contains(Employment.Persistence.Reviews.DecisionReviews.KeyOf(k.Measure), TrainingPolicyKeys.All));
        Assert.All(kinds, k => Assert.Contains(Employment.Persistence.Reviews.DecisionTimeLimits.KeyOf(k.Measure), TrainingPolicyKeys.All));
    }

    [Fact]
    public void R24_the_2024_employment_contract_condition_is_data_in_force_only_in_2024()
    {
        Assert.False(ShippedCatalog.Catalog.TryResolve(TrainingPolicyKeys.SkillUpgradeRequiresEmploymentContract, Jiaozuo, new DateOnly(2023, 12, 31), out _));
        var value = ShippedCatalog.Catalog.Resolve(TrainingPolicyKeys.SkillUpgradeRequiresEmploymentContract, Jiaozuo, new DateOnly(2024, 1, 1));
        Assert.True(value.Value.Boolean);
        Assert.Contains("R24", value.Source.RulingId, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2023, 6, 1)]
    [InlineData(2024, 6, 1)]
    public void R27_Jiyuan_has_no_skill_upgrade_measure(int year, int month, int day)
    {
        foreach (var key in TrainingPolicyKeys.All.Where(k => k.StartsWith("training.skill_upgrade.", StringComparison.Ordinal)))
        {
            Assert.False(ShippedCatalog.Catalog.TryResolve(key, Jiyuan, new DateOnly(year, month, day), out _), key);
        }
    }

    [Fact]
    public void R1_no_skill_upgrade_policy_from_2025_01_01()
    {
        Assert.False(ShippedCatalog.Catalog.TryResolve(TrainingPolicyKeys.SkillUpgradeMaxPerYear, Jiaozuo, new DateOnly(2025, 1, 1), out _));
        Assert.True(ShippedCatalog.Catalog.TryResolve(TrainingPolicyKeys.SkillUpgradeMaxPerYear, Jiaozuo, new DateOnly(2024, 12, 31), out _));
    }

    [Theory]
    [InlineData(TrainingPolicyKeys.VocationalTrainingAmountPerCourse)]
    [InlineData(TrainingPolicyKeys.ApprenticeshipMaxTrainingYears)]
    public void R3_R26_figures_the_documents_do_not_give_are_configuration_without_a_shipped_value(string key)
    {
        Assert.True(ShippedCatalog.Catalog.IsConfiguration(key));
        Assert.False(ShippedCatalog.Catalog.TryResolve(key, Jiaozuo, new DateOnly(2024, 6, 1), out _));
    }

    [Theory]
    [InlineData(TrainingPolicyKeys.ApprenticeshipAmountPerYearIntermediate, 500_000)]
    [InlineData(TrainingPolicyKeys.ApprenticeshipAmountPerYearSenior, 600_000)]
    public void R26_apprenticeship_amounts_are_Henans_and_reach_Jiyuan_too(string key, long fen)
    {
        Assert.Equal(fen, ShippedCatalog.Catalog.Resolve(key, Jiaozuo, new DateOnly(2024, 6, 1)).Value.Fen);
        Assert.Equal(fen, ShippedCatalog.Catalog.Resolve(key, Jiyuan, new DateOnly(2024, 6, 1)).Value.Fen);
    }
}
