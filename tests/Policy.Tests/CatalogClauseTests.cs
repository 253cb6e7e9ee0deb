using Employment.Policy.Model;
using Xunit;

namespace Policy.Tests;

/// <summary>Values of the shipped catalog at the dates the rulings and clauses name, on both sides of each change.</summary>
public sealed class CatalogClauseTests
{
    private static readonly Region Jiaozuo = Region.Jiaozuo;

    private static ParameterValue At(string key, Region region, int year, int month, int day) =>
        RealCatalog.Catalog.Resolve(key, region, new DateOnly(year, month, day));

    private static bool HasPolicy(string key, Region region, int year, int month, int day) =>
        RealCatalog.Catalog.TryResolve(key, region, new DateOnly(year, month, day), out _);

    [Fact]
    public void R4_jz_2024_15_six_individual_subsidised_cap_is_20wan_until_2023_and_30wan_from_2024()
    {
        Assert.Equal(20_000_000, At("loans.individual.subsidised_cap", Jiaozuo, 2023, 12, 31).Value.Fen);
        var from2024 = At("loans.individual.subsidised_cap", Jiaozuo, 2024, 1, 1);
        Assert.Equal(30_000_000, from2024.Value.Fen);
        Assert.Equal("焦政办〔2024〕15号", from2024.Source.DocumentNumber);
        Assert.Equal(30_000_000, At("loans.individual.subsidised_cap", Jiaozuo, 2028, 9, 30).Value.Fen);
    }

    [Fact]
    public void R4_jz_2024_15_six_subsidy_share_is_100_percent_in_2023_and_50_percent_from_2024()
    {
        Assert.Equal(100m, At("loans.individual.subsidy_share_percent", Jiaozuo, 2023, 12, 31).Value.Decimal);
        Assert.Equal(50m, At("loans.individual.subsidy_share_percent", Jiaozuo, 2024, 1, 1).Value.Decimal);
    }

    [Fact]
    public void R4_individual_business_mixed_loan_splits_20_plus_30_in_2023_and_30_plus_20_in_2024()
    {
        Assert.Equal(50_000_000, At("loans.individual_business.mixed_total_cap", Jiaozuo, 2023, 6, 1).Value.Fen);
        Assert.Equal(20_000_000, At("loans.individual_business.mixed_subsidised_cap", Jiaozuo, 2023, 12, 31).Value.Fen);
        Assert.Equal(50_000_000, At("loans.individual_business.mixed_total_cap", Jiaozuo, 2024, 1, 1).Value.Fen);
        Assert.Equal(30_000_000, At("loans.individual_business.mixed_subsidised_cap", Jiaozuo, 2024, 1, 1).Value.Fen);
    }

    [Fact]
    public void R7_guarantor_multiple_is_36_on_2022_12_31_and_40_on_2023_01_01()
    {
        Assert.Equal(36m, At("loans.counter_guarantee.guarantor_multiple", Jiaozuo, 2022, 12, 31).Value.Decimal);
        Assert.Equal(40m, At("loans.counter_guarantee.guarantor_multiple", Jiaozuo, 2023, 1, 1).Value.Decimal);
    }

    [Fact]
    public void R7_no_counter_guarantee_up_to_10wan()
    {
        Assert.Equal(10_000_000, At("loans.counter_guarantee.exempt_max_amount", Jiaozuo, 2023, 1, 1).Value.Fen);
    }

    [Fact]
    public void R5_small_and_micro_enterprise_cap_is_300wan_in_2022_and_400wan_from_2024()
    {
        Assert.Equal(300_000_000, At("loans.small_micro.subsidised_cap", Jiaozuo, 2022, 6, 1).Value.Fen);
        Assert.Equal(400_000_000, At("loans.small_micro.subsidised_cap", Jiaozuo, 2024, 1, 1).Value.Fen);
        Assert.Equal(15m, At("loans.small_micro.hiring_ratio_percent", Jiaozuo, 2022, 6, 1).Value.Decimal);
        Assert.Equal(8m, At("loans.small_micro.hiring_ratio_percent_large_staff", Jiaozuo, 2022, 6, 1).Value.Decimal);
    }

    [Fact]
    public void R5_medium_enterprise_mixed_loan_is_150wan_subsidised_within_400wan_in_2023()
    {
        Assert.Equal(400_000_000, At("loans.enterprise_mixed.total_cap", Jiaozuo, 2023, 6, 1).Value.Fen);
        Assert.Equal(150_000_000, At("loans.enterprise_mixed.subsidised_cap", Jiaozuo, 2023, 6, 1).Value.Fen);
    }

    [Fact]
    public void R8_extension_requests_are_accepted_until_2023_12_31_only()
    {
        Assert.Equal(new DateOnly(2023, 12, 31), At("loans.extension.request_deadline", Jiaozuo, 2023, 12, 31).Value.Date);
        Assert.False(HasPolicy("loans.extension.max_count", Jiaozuo, 2024, 1, 1));
    }

    [Fact]
    public void R6_at_most_three_subsidised_loans()
    {
        Assert.Equal(3, At("loans.subsidised_loans.max_count", Jiaozuo, 2023, 6, 1).Value.Integer);
    }

    [Fact]
    public void R2_Jiyuan_and_Jiaozuo_differ_where_their_documents_differ()
    {
        // 焦政办〔2024〕15号 halves Jiaozuo's subsidy share from 2024; 济管〔2023〕19号 keeps Jiyuan's at 100%.
        Assert.Equal(50m, At("loans.individual.subsidy_share_percent", Jiaozuo, 2024, 6, 1).Value.Decimal);
        Assert.Equal(100m, At("loans.individual.subsidy_share_percent", Region.Jiyuan, 2024, 6, 1).Value.Decimal);
        // Jiaozuo's own cap does not reach Jiyuan.
        Assert.False(HasPolicy("loans.individual.subsidised_cap", Region.Jiyuan, 2024, 6, 1));
    }

    [Fact]
    public void R12_skill_upgrade_amounts_by_level_and_three_per_year()
    {
        Assert.Equal(100_000, At("training.skill_upgrade.amount_level5", Jiaozuo, 2023, 6, 1).Value.Fen);
        Assert.Equal(150_000, At("training.skill_upgrade.amount_level4", Jiaozuo, 2023, 6, 1).Value.Fen);
        Assert.Equal(200_000, At("training.skill_upgrade.amount_level3", Jiaozuo, 2023, 6, 1).Value.Fen);
        Assert.Equal(150_000, At("training.skill_upgrade.amount_unlevelled", Jiaozuo, 2023, 6, 1).Value.Fen);
        Assert.Equal(3, At("training.skill_upgrade.max_per_year", Jiaozuo, 2023, 6, 1).Value.Integer);
        Assert.False(HasPolicy("training.skill_upgrade.one_per_occupation_level", Jiaozuo, 2023, 12, 31));
        Assert.True(At("training.skill_upgrade.one_per_occupation_level", Jiaozuo, 2024, 1, 1).Value.Boolean);
    }

    [Fact]
    public void R9_absorption_and_expansion_subsidies_are_1000_yuan_for_contracts_starting_by_2023_12_31()
    {
        Assert.Equal(100_000, At("hiring.absorption.amount_per_hire", Jiaozuo, 2023, 12, 31).Value.Fen);
        Assert.Equal(100_000, At("hiring.expansion.amount_per_hire", Jiaozuo, 2023, 12, 31).Value.Fen);
        Assert.False(HasPolicy("hiring.absorption.amount_per_hire", Jiaozuo, 2024, 1, 1));
    }

    [Fact]
    public void R13_stabilisation_refund_is_60_percent_for_smes_and_30_for_large()
    {
        Assert.Equal(60m, At("hiring.stabilisation.refund_percent_smes", Jiaozuo, 2023, 6, 1).Value.Decimal);
        Assert.Equal(30m, At("hiring.stabilisation.refund_percent_large", Jiaozuo, 2023, 6, 1).Value.Decimal);
    }

    [Fact]
    public void R11_trainee_subsidy_is_70_percent_of_the_configured_minimum_wage_which_the_product_does_not_set()
    {
        Assert.Equal(70m, At("hiring.trainee.subsidy_percent_of_min_wage", Jiaozuo, 2023, 6, 1).Value.Decimal);
        Assert.Throws<Employment.Policy.ConfigurationMissingException>(() => At("hiring.trainee.local_min_wage_monthly", Jiaozuo, 2023, 6, 1));
    }

    [Fact]
    public void R10_registered_unemployed_youth_is_16_to_24()
    {
        Assert.Equal(16, At("categories.unemployed_youth.min_age", Jiaozuo, 2023, 6, 1).Value.Integer);
        Assert.Equal(24, At("categories.unemployed_youth.max_age", Jiaozuo, 2023, 6, 1).Value.Integer);
    }

    [Fact]
    public void R14_opening_subsidy_is_5000_yuan()
    {
        Assert.Equal(500_000, At("startup.opening_subsidy.amount", Region.Henan, 2022, 6, 1).Value.Fen);
    }
}
