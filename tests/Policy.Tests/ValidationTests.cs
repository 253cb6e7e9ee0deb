using Employment.Policy.Loading;
using Xunit;

namespace Policy.Tests;

/// <summary>Loading fails, naming file and line, for every kind of catalog defect (issue: "Loading and validation").</summary>
public sealed class ValidationTests
{
    private const string Measure = """
        measures:
          - id: m1
            domain: loans
            title: 测试
            clause: （七）
            lines: 800-801
            parameters:
        """;

    /// <summary>One measure whose parameters are the given list items (written from column 0).</summary>
    private static string WithParameters(string items) =>
        Measure + "\n" + string.Join("\n", items.Split('\n').Select(line => "      " + line));

    private static CatalogValidationException LoadFails(TestCatalog catalog, params string[] requiredKeys) =>
        Assert.Throws<CatalogValidationException>(() => CatalogLoader.Load(catalog.Root, requiredKeys));

    [Fact]
    public void With_names_yaml_a_key_without_a_Chinese_name_and_a_name_without_a_key_are_errors()
    {
        using var catalog = new TestCatalog().Document("d1").Measures("d1", "loans", WithParameters("""

              - key: loans.x
                value: 1
                unit: count
                from: 2023-01-01
            """));
        File.WriteAllText(Path.Combine(catalog.Root, CatalogLoader.NamesFile), "names:\n  loans.y: 不存在的参数\n");

        var errors = LoadFails(catalog).Errors;
        Assert.Contains(errors, e => e.Message.Contains("loans.x has no Chinese name", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message.StartsWith("loans.y: a name must be given once", StringComparison.Ordinal));
    }

    [Fact]
    public void The_shipped_catalog_names_every_key_in_Chinese_for_the_public_list()
    {
        Assert.True(File.Exists(Path.Combine(RealCatalog.CatalogPath, CatalogLoader.NamesFile)));
        var unnamed = RealCatalog.Catalog.Measures.SelectMany(m => m.Parameters).Select(p => p.Key)
            .Concat(RealCatalog.Catalog.Configuration.Select(c => c.Key))
            .Where(key => !System.Text.RegularExpressions.Regex.IsMatch(RealCatalog.Catalog.NameOf(key), @"\p{IsCJKUnifiedIdeographs}"))
            .Distinct()
            .ToList();
        Assert.Empty(unnamed);
    }

    [Fact]
    public void Unknown_unit_is_an_error_at_its_line()
    {
        using var catalog = new TestCatalog().Document("d1").Measures("d1", "loans", WithParameters("""

              - key: loans.x
                value: 1
                unit: yuan
                from: 2023-01-01
            """));
        var error = Assert.Single(LoadFails(catalog).Errors);
        Assert.EndsWith("loans.yaml", error.Location.File);
        Assert.Equal(11, error.Location.Line);
        Assert.Contains("unknown unit 'yuan'", error.Message);
    }

    [Fact]
    public void Missing_clause_is_a_missing_citation()
    {
        using var catalog = new TestCatalog().Document("d1").Measures("d1", "loans", """
            measures:
              - id: m1
                domain: loans
                title: 测试
                parameters:
                  - key: loans.x
                    value: 1
                    unit: count
                    from: 2023-01-01
            """);
        var errors = LoadFails(catalog).Errors;
        Assert.Contains(errors, e => e.Message == "missing 'clause'" && e.Location.Line == 2);
    }

    [Fact]
    public void Missing_document_number_is_a_missing_citation()
    {
        using var catalog = new TestCatalog().Document("d1");
        var file = Path.Combine(catalog.Root, "documents", "d1", "document.yaml");
        File.WriteAllLines(file, File.ReadAllLines(file).Where(l => !l.Contains("number:")));
        Assert.Contains(LoadFails(catalog).Errors, e => e.Message == "missing 'number'" && e.Location.File == file);
    }

    [Fact]
    public void Overlapping_periods_for_one_key_and_region_are_an_error()
    {
        using var catalog = new TestCatalog().Document("d1").Measures("d1", "loans", WithParameters("""

              - key: loans.x
                value: 1
                unit: count
                from: 2023-01-01
                until: 2023-12-31
              - key: loans.x
                value: 2
                unit: count
                from: 2023-12-31
            """));
        var error = Assert.Single(LoadFails(catalog).Errors);
        Assert.Equal(14, error.Location.Line);
        Assert.Contains("overlaps", error.Message);
    }

    [Fact]
    public void The_same_key_in_two_regions_does_not_overlap()
    {
        using var catalog = new TestCatalog().Document("d1").Measures("d1", "loans", WithParameters("""

              - key: loans.x
                value: 1
                unit: count
                from: 2023-01-01
              - key: loans.x
                value: 2
                unit: count
                region: "419001"
                from: 2023-01-01
            """));
        Assert.NotNull(CatalogLoader.Load(catalog.Root));
    }

    [Fact]
    public void From_after_until_is_an_error()
    {
        using var catalog = new TestCatalog().Document("d1").Measures("d1", "loans", WithParameters("""

              - key: loans.x
                value: 1
                unit: count
                from: 2024-01-01
                until: 2023-12-31
            """));
        Assert.Contains("is after 'until'", Assert.Single(LoadFails(catalog).Errors).Message);
    }

    [Fact]
    public void A_key_that_code_reads_but_the_catalog_lacks_is_an_error()
    {
        using var catalog = new TestCatalog().Document("d1").Measures("d1", "loans", WithParameters("""

              - key: loans.x
                value: 1
                unit: count
                from: 2023-01-01
            """));
        var error = Assert.Single(LoadFails(catalog, "loans.x", "loans.missing").Errors);
        Assert.Contains("'loans.missing'", error.Message);
    }

    [Fact]
    public void Unknown_fields_and_bad_values_are_errors()
    {
        using var catalog = new TestCatalog().Document("d1").Measures("d1", "loans", WithParameters("""

              - key: loans.x
                value: 12.5
                unit: fen
                from: 2023-01-01
                untill: 2023-12-31
            """));
        var errors = LoadFails(catalog).Errors;
        Assert.Contains(errors, e => e.Message.Contains("unknown field 'untill'"));
        Assert.Contains(errors, e => e.Message.Contains("value '12.5' of loans.x is not a valid fen value"));
    }

    [Fact]
    public void A_key_with_two_units_is_an_error()
    {
        using var catalog = new TestCatalog().Document("d1").Measures("d1", "loans", WithParameters("""

              - key: loans.x
                value: 1
                unit: count
                from: 2023-01-01
                until: 2023-06-30
              - key: loans.x
                value: 1
                unit: months
                from: 2023-07-01
            """));
        Assert.Contains("differs from count", Assert.Single(LoadFails(catalog).Errors).Message);
    }

    [Fact]
    public void Invalid_yaml_is_reported_with_its_line()
    {
        using var catalog = new TestCatalog().Document("d1").Measures("d1", "loans", "measures:\n  - id: [unclosed\n");
        Assert.Contains("not valid YAML", Assert.Single(LoadFails(catalog).Errors).Message);
    }
}
