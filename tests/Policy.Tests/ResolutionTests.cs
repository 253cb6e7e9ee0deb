using Employment.Policy;
using Employment.Policy.Loading;
using Employment.Policy.Model;
using Xunit;

namespace Policy.Tests;

/// <summary>Resolution by region and date (rulings R1, R2, R3) on a small catalog written here.</summary>
public sealed class ResolutionTests : IDisposable
{
    private readonly TestCatalog _files = new TestCatalog()
        .Document("ha", region: "410000")
        .Measures("ha", "loans", """
            measures:
              - id: cap
                domain: loans
                title: 省级额度
                clause: （一）
                parameters:
                  - key: loans.cap
                    value: 10000000
                    unit: fen
                    from: 2022-01-01
            """)
        .Document("jz")
        .Measures("jz", "loans", """
            measures:
              - id: cap
                domain: loans
                title: 市级额度
                clause: （六）
                parameters:
                  - key: loans.cap
                    value: 20000000
                    unit: fen
                    from: 2023-01-01
                    until: 2023-12-31
                  - key: loans.cap
                    value: 30000000
                    unit: fen
                    from: 2024-01-01
                    until: 2028-09-30
                    ruling: R4
                  - key: loans.only_here
                    value: 3
                    unit: count
                    from: 2023-01-01
                    until: 2023-12-31
            """)
        .Configuration("hiring", """
            configuration:
              - key: hiring.min_wage
                unit: fen
                domain: hiring
                title: 当地月最低工资标准
                why: the documents give no figure
            """);

    private readonly PolicyCatalog _catalog;

    public ResolutionTests() => _catalog = CatalogLoader.Load(_files.Root);

    public void Dispose() => _files.Dispose();

    private long Cap(string region, int year, int month, int day) =>
        _catalog.Resolve("loans.cap", Region.Parse(region), new DateOnly(year, month, day)).Value.Fen;

    [Fact]
    public void R1_the_value_changes_on_the_boundary_day()
    {
        Assert.Equal(20000000, Cap("410800", 2023, 12, 31));
        Assert.Equal(30000000, Cap("410800", 2024, 1, 1));
        Assert.Equal(30000000, Cap("410800", 2028, 9, 30));
    }

    [Fact]
    public void R2_the_most_specific_region_in_force_wins_and_otherwise_the_province_applies()
    {
        Assert.Equal(20000000, Cap("410802", 2023, 6, 1)); // a district of Jiaozuo inherits the city's value
        Assert.Equal(10000000, Cap("419001", 2023, 6, 1)); // Jiyuan has none: Henan's applies
        Assert.Equal(10000000, Cap("410800", 2022, 6, 1)); // before the city's period: Henan's applies
        Assert.Equal(10000000, Cap("410800", 2028, 10, 1)); // after it, too
    }

    [Fact]
    public void R1_outside_every_period_is_no_policy_never_the_nearest_value()
    {
        Assert.False(_catalog.TryResolve("loans.only_here", Region.Jiaozuo, new DateOnly(2024, 1, 1), out _));
        Assert.False(_catalog.TryResolve("loans.cap", Region.Jiaozuo, new DateOnly(2021, 12, 31), out _));
        var error = Assert.Throws<NoPolicyException>(() => _catalog.Resolve("loans.only_here", Region.Jiaozuo, new DateOnly(2022, 12, 31)));
        Assert.Equal("loans.only_here", error.Key);
    }

    [Fact]
    public void R2_a_value_of_a_sibling_region_never_applies()
    {
        Assert.False(_catalog.TryResolve("loans.only_here", Region.Jiyuan, new DateOnly(2023, 6, 1), out _));
    }

    [Fact]
    public void R3_a_configuration_value_nobody_set_fails_naming_key_region_and_date()
    {
        var error = Assert.Throws<ConfigurationMissingException>(() => _catalog.Resolve("hiring.min_wage", Region.Jiaozuo, new DateOnly(2023, 3, 1)));
        Assert.Contains("hiring.min_wage", error.Message);
        Assert.Contains("410800", error.Message);
        Assert.Contains("2023-03-01", error.Message);
    }

    [Fact]
    public void R3_a_configured_value_resolves_with_its_own_source()
    {
        var deployment = Path.Combine(_files.Root, "deployment");
        Directory.CreateDirectory(deployment);
        File.WriteAllText(Path.Combine(deployment, "values.yaml"), """
            values:
              - key: hiring.min_wage
                value: 190000
                unit: fen
                region: "410800"
                from: 2022-01-01
                source: 示例值 (sample for tests)
                sample: true
            """);
        var catalog = CatalogLoader.Load(_files.Root, null, deployment);
        var value = catalog.Resolve("hiring.min_wage", Region.Jiaozuo, new DateOnly(2023, 3, 1));
        Assert.Equal(190000, value.Value.Fen);
        Assert.True(value.IsSample);
        Assert.True(value.Source.IsConfiguration);
    }

    [Fact]
    public void A_resolved_value_carries_its_citation_and_ruling()
    {
        var value = _catalog.Resolve("loans.cap", Region.Jiaozuo, new DateOnly(2024, 1, 1));
        Assert.Equal("焦政办〔2023〕36号", value.Source.DocumentNumber);
        Assert.Equal("（六）", value.Source.Clause);
        Assert.Equal("R4", value.Source.RulingId);
    }

    [Fact]
    public void An_unknown_key_is_a_programming_error()
    {
        Assert.Throws<ArgumentException>(() => _catalog.TryResolve("loans.typo", Region.Jiaozuo, new DateOnly(2023, 1, 1), out _));
    }

    [Fact]
    public void History_lists_the_region_then_its_parents()
    {
        var history = _catalog.History("loans.cap", Region.Jiaozuo);
        Assert.Equal([20000000L, 30000000L, 10000000L], history.Select(v => v.Value.Fen));
    }

    [Fact]
    public void The_policy_list_holds_measures_in_force_grouped_by_domain()
    {
        var list = _catalog.MeasuresInForce(Region.Jiaozuo, new DateOnly(2023, 6, 1));
        Assert.Equal(["ha/cap", "jz/cap"], list["loans"].Select(m => m.QualifiedId).Order());
        var jiyuan = _catalog.MeasuresInForce(Region.Jiyuan, new DateOnly(2023, 6, 1));
        Assert.Equal(["ha/cap"], jiyuan["loans"].Select(m => m.QualifiedId));
    }

    [Fact]
    public void R2_a_provincial_value_the_city_replaces_does_not_apply_in_the_city_but_applies_in_Jiyuan()
    {
        var henan = _catalog.Measures.Single(m => m.QualifiedId == "ha/cap");
        var city = _catalog.Measures.Single(m => m.QualifiedId == "jz/cap");
        Assert.Empty(_catalog.ValuesApplying(henan, Region.Jiaozuo, new DateOnly(2023, 6, 1)));
        Assert.Equal(["loans.cap", "loans.only_here"], _catalog.ValuesApplying(city, Region.Jiaozuo, new DateOnly(2023, 6, 1)).Select(v => v.Key));
        Assert.Equal([10000000L], _catalog.ValuesApplying(henan, Region.Jiyuan, new DateOnly(2023, 6, 1)).Select(v => v.Value.Fen));
        Assert.Empty(_catalog.ValuesApplying(city, Region.Jiyuan, new DateOnly(2023, 6, 1)));
    }

    [Theory]
    [InlineData("CN", true)]
    [InlineData("410000", true)]
    [InlineData("410802", true)]
    [InlineData("419001", true)]
    [InlineData("411000", true)]
    [InlineData("110000", false)]
    [InlineData("110105", false)]
    public void The_catalog_covers_the_nation_and_the_regions_its_documents_govern(string region, bool covered) =>
        Assert.Equal(covered, _catalog.Covers(Region.Parse(region)));

    [Theory]
    [InlineData("410802", "410802,410800,410000,CN")]
    [InlineData("410800", "410800,410000,CN")]
    [InlineData("419001", "419001,410000,CN")]
    [InlineData("410000", "410000,CN")]
    [InlineData("CN", "CN")]
    public void R2_region_chain(string region, string chain) =>
        Assert.Equal(chain, string.Join(",", Region.Parse(region).Chain().Select(r => r.Code)));
}
