using Employment.Policy.Model;
using Xunit;

namespace Policy.Tests;

/// <summary>
/// The catalog values of the social-insurance subsidies, the stabilisation refund's claimants, and the R26 payments
///, at the dates their clauses name and on both sides of each edge.
/// </summary>
public sealed class HiringMeasureClauseTests
{
    private static readonly Region Jiaozuo = Region.Jiaozuo;
    private static readonly Region Jiyuan = Region.Jiyuan;

    private static ParameterValue At(string key, Region region, int year, int month, int day) =>
        RealCatalog.Catalog.Resolve(key, region, new DateOnly(year, month, day));

    private static bool HasPolicy(string key, Region region, int year, int month, int day) =>
        RealCatalog.Catalog.TryResolve(key, region, new DateOnly(year, month, day), out _);

    [Fact]
    public void R21_D09_35_and_Jz15_3_keep_their_own_sizes_so_Henan_still_takes_medium_firms_in_Jiaozuo()
    {
        var henan = At("hiring.social_insurance_subsidy.new_hire.employer_size.medium", Jiaozuo, 2024, 6, 1);
        var jiaozuo = At("hiring.social_insurance_subsidy.small_firm_graduate.employer_size.medium", Jiaozuo, 2024, 6, 1);

        Assert.True(henan.Value.Boolean);
        Assert.Equal("35.", henan.Source.Clause);
        Assert.False(jiaozuo.Value.Boolean);
        Assert.Equal("焦政办〔2024〕15号", jiaozuo.Source.DocumentNumber);
        Assert.True(At("hiring.social_insurance_subsidy.small_firm_graduate.employer_size.small", Jiaozuo, 2024, 6, 1).Value.Boolean);
    }

    [Fact]
    public void R25_Jz15_3_runs_from_2024_01_01_to_2025_12_31_in_Jiaozuo_only_and_D09_reaches_Jiyuan()
    {
        const string graduate = "hiring.social_insurance_subsidy.small_firm_graduate.group.graduate_unemployed_2y";
        Assert.False(HasPolicy(graduate, Jiaozuo, 2023, 12, 31));
        Assert.True(HasPolicy(graduate, Jiaozuo, 2024, 1, 1));
        Assert.True(HasPolicy(graduate, Jiaozuo, 2025, 12, 31));
        Assert.False(HasPolicy(graduate, Jiaozuo, 2026, 1, 1));
        Assert.False(HasPolicy(graduate, Jiyuan, 2024, 6, 1));
        Assert.True(At("hiring.social_insurance_subsidy.new_hire.group.registered_unemployed", Jiyuan, 2024, 6, 1).Value.Boolean);
        Assert.True(At("hiring.social_insurance_subsidy.hard_to_employ.group.employment_difficulty", Jiyuan, 2024, 6, 1).Value.Boolean);
        Assert.Equal(1, At("hiring.social_insurance_subsidy.new_hire.max_years", Jiaozuo, 2025, 12, 31).Value.Integer);
    }

    [Fact]
    public void R25_36_10_flexible_worker_groups_run_from_2023_01_01_without_an_end()
    {
        const string key = "hiring.social_insurance_subsidy.flexible.group.graduate_unemployed_2y";
        Assert.False(HasPolicy(key, Jiaozuo, 2022, 12, 31));
        Assert.True(HasPolicy(key, Jiaozuo, 2023, 1, 1));
        Assert.True(HasPolicy(key, Jiaozuo, 2030, 1, 1));
        Assert.False(HasPolicy(key, Jiyuan, 2024, 1, 1));
    }

    [Theory]
    [InlineData("hiring.stabilisation.reference_type.social_group")]
    [InlineData("hiring.stabilisation.reference_type.foundation")]
    [InlineData("hiring.stabilisation.reference_type.social_service_organisation")]
    [InlineData("hiring.stabilisation.reference_type.law_firm")]
    [InlineData("hiring.stabilisation.reference_type.accounting_firm")]
    [InlineData("hiring.stabilisation.reference_type.individual_business_insured_as_unit")]
    public void R16_R17_the_six_participating_types_of_36_1_and_15_2_run_to_2024_12_31(string key)
    {
        Assert.Equal("（一）", At(key, Jiaozuo, 2023, 12, 31).Source.Clause);
        Assert.Equal("（二）", At(key, Jiaozuo, 2024, 1, 1).Source.Clause);
        Assert.False(HasPolicy(key, Jiaozuo, 2025, 1, 1));
        Assert.False(HasPolicy(key, Jiyuan, 2023, 6, 1));
    }

    [Fact]
    public void R26_Jz15_9_transport_subsidy_runs_2024_to_2025_and_its_amount_and_count_are_configuration()
    {
        Assert.False(HasPolicy("hiring.transport_subsidy.group.poverty_alleviated", Jiaozuo, 2023, 12, 31));
        Assert.True(HasPolicy("hiring.transport_subsidy.group.poverty_alleviated", Jiaozuo, 2024, 1, 1));
        Assert.False(HasPolicy("hiring.transport_subsidy.group.poverty_alleviated", Jiaozuo, 2026, 1, 1));
        Assert.True(RealCatalog.Catalog.IsConfiguration("hiring.transport_subsidy.amount"));
        Assert.True(RealCatalog.Catalog.IsConfiguration("hiring.transport_subsidy.max_per_year"));
    }

    [Fact]
    public void R26_D08_4_job_referral_runs_from_the_document_date_in_both_regions()
    {
        Assert.False(HasPolicy("hiring.job_referral.requires_licensed_agency", Jiaozuo, 2022, 2, 8));
        Assert.True(HasPolicy("hiring.job_referral.requires_licensed_agency", Jiaozuo, 2022, 2, 9));
        Assert.True(HasPolicy("hiring.job_referral.requires_free_placement", Jiyuan, 2024, 6, 1));
        Assert.True(RealCatalog.Catalog.IsConfiguration("hiring.job_referral.amount_per_placement"));
    }
}
