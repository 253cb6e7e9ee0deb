using System.Text.RegularExpressions;
using Employment.Policy.Model;
using Employment.TestInfrastructure;
using Xunit;

namespace Policy.Tests;

/// <summary>
/// "A ruling the loans service asked for" (R30) and "the rulings R1–R30 are in the
/// repository": services/Policy/catalog/RULINGS.md holds every ruling the catalog cites, word for
/// word as the project's policy notes have it.
/// </summary>
public sealed partial class RulingsTests
{
    private static ParameterValue At(string key, Region region, int year, int month, int day) =>
        RealCatalog.Catalog.Resolve(key, region, new DateOnly(year, month, day));

    [Theory]
    [InlineData(2022, 6, 1, 100)]
    [InlineData(2023, 12, 31, 100)]
    [InlineData(2024, 1, 1, 50)]
    public void R30_a_Jiaozuo_partnership_takes_the_individual_share(int year, int month, int day, int percent)
    {
        var partnership = At("loans.partnership.subsidy_share_percent", Region.Jiaozuo, year, month, day);
        var individual = At("loans.individual.subsidy_share_percent", Region.Jiaozuo, year, month, day);
        Assert.Equal(percent, partnership.Value.Decimal);
        Assert.Equal(individual.Value.Decimal, partnership.Value.Decimal);
        Assert.Equal("R30", partnership.Source.RulingId);
        Assert.Equal(individual.Source.DocumentNumber, partnership.Source.DocumentNumber);
    }

    [Fact]
    public void R30_a_Jiyuan_partnership_takes_Jiyuans_individual_share()
    {
        var partnership = At("loans.partnership.subsidy_share_percent", Region.Jiyuan, 2023, 6, 1);
        Assert.Equal(100m, partnership.Value.Decimal);
        Assert.Equal("R30", partnership.Source.RulingId);
        Assert.Contains("全额贴息", partnership.Source.Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void R30_R3_a_2022_small_and_micro_enterprise_share_stays_configuration()
    {
        Assert.False(RealCatalog.Catalog.TryResolve("loans.small_micro.subsidy_share_percent", Region.Jiaozuo, new DateOnly(2022, 6, 1), out var value) && !value.IsSample,
            "No document gives the 2022 small and micro enterprise share: it is configuration (R3), never a catalog value.");
    }

    [Fact]
    public void Every_ruling_the_catalog_cites_is_in_RULINGS_md()
    {
        var rulings = Headings().Matches(File.ReadAllText(RulingsFile())).Select(m => m.Groups["id"].Value).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("R30", rulings);
        var cited = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "services", "Policy", "catalog"), "*.yaml", SearchOption.AllDirectories)
            .SelectMany(f => Cited().Matches(File.ReadAllText(f)).Select(m => m.Groups["id"].Value))
            .ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(cited);
        Assert.Empty(cited.Except(rulings));
    }

    private static string RulingsFile() => Path.Combine(RepositoryPaths.Root, "services", "Policy", "catalog", "RULINGS.md");

    [GeneratedRegex(@"^\*\*(?<id>R\d+) ", RegexOptions.Multiline)]
    private static partial Regex Headings();

    [GeneratedRegex(@"ruling: (?<id>R\d+)")]
    private static partial Regex Cited();
}
