using Employment.Hiring.Domain;
using Employment.Policy;
using Employment.Policy.Model;
using Xunit;

namespace Hiring.Tests.Domain;

/// <summary>The hiring keys in the shipped catalog: present, cited, Jiaozuo's only in 410800 (R2, R27).</summary>
public sealed class HiringCatalogTests
{
    private static PolicyCatalog Catalog => ShippedCatalog.Catalog;

    [Fact]
    public void R3_every_kind_taken_has_its_review_amount_and_time_limit_among_the_keys_the_service_requires()
    {
        // 复核 and 办结时限: a decision and a read look up the measure's keys; a kind whose keys the service does not require would fail there.
        var kinds = typeof(HiringPolicyKeys).Assembly.GetTypes()
            .Where(t => t.GetInterfaces().Contains(typeof(Employment.Persistence.Submissions.IRegisteredKind<Employment.Hiring.V1.SubsidyKind>)))
            .SelectMany(t => (IReadOnlyList<Employment.Persistence.Submissions.TakenKind<Employment.Hiring.V1.SubsidyKind>>)t.GetProperty("Taken")!.GetValue(null)!)
            .ToList();

        Assert.NotEmpty(kinds);
        // Every kind class in the service is listed once, so the keys derived from the list cover it.
        Assert.Equal(kinds.Select(k => k.Kind).Order(), Employment.Hiring.UseCases.ClaimKindList.Kinds.Taken.Select(k => k.Kind).Order());
        Assert.All(kinds, k => Assert.Contains(Employment.Persistence.Reviews.DecisionReviews.KeyOf(k.Measure), HiringPolicyKeys.All));
        Assert.All(kinds, k => Assert.Contains(Employment.Persistence.Reviews.DecisionTimeLimits.KeyOf(k.Measure), HiringPolicyKeys.All));
    }

    [Fact]
    public void R9_every_key_the_hiring_domain_reads_is_in_the_catalog()
    {
        foreach (var key in HiringPolicyKeys.All)
        {
            Assert.True(Catalog.Contains(key), key);
        }
    }

    [Fact]
    public void R9_jz_2023_36_four_and_eleven_pay_1000_yuan_in_Jiaozuo_for_contracts_starting_in_2023_only()
    {
        var absorption = Catalog.Resolve(HiringPolicyKeys.AbsorptionAmountPerHire, Region.Parse("410802"), new DateOnly(2023, 12, 31));
        Assert.Equal(100_000, absorption.Value.Fen);
        Assert.Equal("焦政办〔2023〕36号", absorption.Source.DocumentNumber);
        Assert.Equal("（十一）", absorption.Source.Clause);
        Assert.Equal(100_000, Catalog.Resolve(HiringPolicyKeys.ExpansionAmountPerHire, Region.Jiaozuo, new DateOnly(2023, 1, 1)).Value.Fen);
        Assert.False(Catalog.TryResolve(HiringPolicyKeys.AbsorptionAmountPerHire, Region.Jiaozuo, new DateOnly(2024, 1, 1), out _));
        Assert.False(Catalog.TryResolve(HiringPolicyKeys.ExpansionAmountPerHire, Region.Jiaozuo, new DateOnly(2022, 12, 31), out _));
    }

    [Fact]
    public void R27_jy_2023_19_no_absorption_or_expansion_key_reaches_Jiyuan()
    {
        // Jiyuan has no local 吸纳/扩岗 measure and no Henan one sets them, so nothing reaches 419001; the
        // trainee keys do, from Henan D09 (see TraineeshipTests).
        foreach (var key in HiringPolicyKeys.All.Where(k => k.StartsWith("hiring.absorption.", StringComparison.Ordinal)
                     || k.StartsWith("hiring.expansion.", StringComparison.Ordinal)
                     || k.StartsWith("hiring.individual_business.", StringComparison.Ordinal)))
        {
            Assert.DoesNotContain(Catalog.History(key, Region.Jiyuan), v => v.Region == Region.Jiyuan);
            Assert.False(Catalog.TryResolve(key, Region.Jiyuan, new DateOnly(2023, 6, 1), out _), key);
        }
    }

    [Fact]
    public void R9_the_exclusion_of_absorption_and_expansion_is_cited_to_jz_2023_36_four_for_both()
    {
        var date = new DateOnly(2023, 6, 1);
        Assert.Equal("（四）", Catalog.Resolve(HiringPolicyKeys.AbsorptionExclusiveWithExpansion, Region.Jiaozuo, date).Source.Clause);
        Assert.Equal("（四）", Catalog.Resolve(HiringPolicyKeys.ExpansionExclusiveWithAbsorption, Region.Jiaozuo, date).Source.Clause);
        Assert.Equal("（十三）", Catalog.Resolve(HiringPolicyKeys.AbsorptionGroupRegisteredUnemployed6m, Region.Jiaozuo, date).Source.Clause);
        Assert.False(Catalog.Resolve(HiringPolicyKeys.ExpansionGroupRegisteredUnemployed6m, Region.Jiaozuo, date).Value.Boolean);
    }
}
