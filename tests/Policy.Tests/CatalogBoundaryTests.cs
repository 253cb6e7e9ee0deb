using Employment.Policy.Model;
using Xunit;

namespace Policy.Tests;

/// <summary>
/// Every value of the shipped catalog, checked on both sides of its period (ruling R1): it is the
/// value in force on its first and last day, and not the day before or the day after, where a
/// neighbouring value or "no policy" takes over.
/// </summary>
public sealed class CatalogBoundaryTests
{
    public static TheoryData<string, string, string> Values()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var value in RealCatalog.Catalog.Keys.SelectMany(k => RealCatalog.Catalog.History(k, Region.Parse("410802")).Concat(RealCatalog.Catalog.History(k, Region.Jiyuan))).Distinct())
        {
            data.Add(value.Key, value.Region.Code, value.From.ToString("yyyy-MM-dd"));
        }

        return data;
    }

    private static ParameterValue Find(string key, string region, string from) =>
        RealCatalog.Catalog.History(key, Region.Parse(region)).Single(v => v.Region.Code == region && v.From.ToString("yyyy-MM-dd") == from);

    [Theory]
    [MemberData(nameof(Values))]
    public void In_force_from_its_first_day_and_not_the_day_before(string key, string region, string from)
    {
        var value = Find(key, region, from);
        Assert.Same(value, Resolve(key, value.Region, value.From));
        if (value.From > DateOnly.MinValue)
        {
            Assert.NotSame(value, Resolve(key, value.Region, value.From.AddDays(-1)));
        }
    }

    [Theory]
    [MemberData(nameof(Values))]
    public void In_force_to_its_last_day_and_not_the_day_after(string key, string region, string from)
    {
        var value = Find(key, region, from);
        if (value.Until is not { } until)
        {
            Assert.Same(value, Resolve(key, value.Region, new DateOnly(2099, 12, 31)));
            return;
        }

        Assert.Same(value, Resolve(key, value.Region, until));
        Assert.NotSame(value, Resolve(key, value.Region, until.AddDays(1)));
    }

    [Theory]
    [MemberData(nameof(Values))]
    public void Cites_a_clause_a_reader_can_open_in_the_documents_text(string key, string region, string from)
    {
        var value = Find(key, region, from);
        if (value.Source.IsConfiguration)
        {
            return;
        }

        Assert.False(string.IsNullOrWhiteSpace(value.Source.DocumentNumber), $"{key} at {value.Location}: no document number");
        if (value.Source.SeedFile is null)
        {
            // A law outside the documents' texts (the 劳动法's ages, R29): the ruling that brings it in is the reader's way to it.
            Assert.False(string.IsNullOrWhiteSpace(value.Source.RulingId), $"{key} at {value.Location}: no text and no ruling cited");
            return;
        }

        Assert.False(string.IsNullOrWhiteSpace(value.Source.Clause), $"{key} at {value.Location}: no clause");
        var text = Path.Combine(RealCatalog.TextsPath, value.Source.SeedFile);
        Assert.True(File.Exists(text), $"{key}: the document's text {value.Source.SeedFile} is not in the repository");
        Assert.False(string.IsNullOrWhiteSpace(value.Source.SeedLines), $"{key} at {value.Location}: no lines cited");
        var lines = File.ReadAllLines(text);
        foreach (var part in value.Source.SeedLines!.Split(',', StringSplitOptions.TrimEntries))
        {
            var bounds = part.Split('-').Select(int.Parse).ToArray();
            Assert.All(bounds, line => Assert.InRange(line, 1, lines.Length));
        }

        // The quote is the document's own words (white space aside, as the printed text breaks lines):
        // each part between the catalog's ellipses is found in the text.
        Assert.False(string.IsNullOrWhiteSpace(value.Source.Quote), $"{key} at {value.Location}: no quote");
        var words = WithoutSpace(string.Concat(lines));
        foreach (var part in value.Source.Quote!.Trim('「', '」').Split('…', StringSplitOptions.RemoveEmptyEntries))
        {
            var quoted = WithoutSpace(part);
            Assert.True(quoted.Length == 0 || words.Contains(quoted, StringComparison.Ordinal), $"{key} at {value.Location}: 「{part}」 is not in {value.Source.DocumentNumber}'s text");
        }
    }

    private static string WithoutSpace(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static ParameterValue? Resolve(string key, Region region, DateOnly date) =>
        RealCatalog.Catalog.TryResolve(key, region, date, out var value) ? value : null;
}
