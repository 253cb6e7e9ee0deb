using Employment.Jobs.Domain.Matching;
using Employment.Jobs.Search;
using Employment.ServiceDefaults.Errors;
using Employment.TestInfrastructure;
using Xunit;

namespace Jobs.Tests;

/// <summary>
/// the filters beyond region, kind, pay and date, on every engine over <see cref="PostingCorpus"/>:
/// distance from a point, education, occupation code, each with its facet; bad values refused naming
/// the field; the counts kept briefly while the hits never are.
/// </summary>
public abstract class SearchFiltersContract<TCorpus>(TCorpus corpus) : IClassFixture<TCorpus>
    where TCorpus : CorpusFixture
{
    private SearchDatabase Db => corpus.Database;

    [Theory]
    [InlineData(3)]
    [InlineData(8)]
    [InlineData(25)]
    public async Task Distance_filter_returns_the_postings_within_the_radius_of_the_point(double km)
    {
        var distance = new SearchDistance(PostingCorpus.Centre, km);
        var result = await Db.SearchAsync(new PostingQuery { Near = PostingCorpus.Centre, WithinKm = km, PageSize = 200 });
        var expected = PostingCorpus.All.Where(p => distance.PlaneKmTo(p.Location!.Value) <= km).Select(p => p.PostingId).Order(StringComparer.Ordinal);
        Assert.Equal(expected, result.Hits.Select(h => h.PostingId).Order(StringComparer.Ordinal));
        Assert.NotEmpty(result.Hits);
        // The plane agrees with the great circle except on the very edge of the circle.
        Assert.All(PostingCorpus.All.Where(p => Math.Abs(PostingCorpus.Centre.KmTo(p.Location!.Value) - km) > km * 0.001), p =>
            Assert.Equal(PostingCorpus.Centre.KmTo(p.Location!.Value) <= km, result.Hits.Any(h => h.PostingId == p.PostingId)));
    }

    [Fact]
    public async Task Distance_facet_counts_each_band_within_the_radius()
    {
        var result = await Db.SearchAsync(new PostingQuery { Near = PostingCorpus.Centre, WithinKm = 30, PageSize = 1 });
        var distance = new SearchDistance(PostingCorpus.Centre, 30);
        foreach (var band in SearchDistance.FacetBandsKm)
        {
            Assert.Equal(PostingCorpus.All.Count(p => distance.PlaneKmTo(p.Location!.Value) <= Math.Min(band, 30)), result.Facets.ByDistanceKm[band]);
        }

        Assert.Empty((await Db.SearchAsync(new PostingQuery { PageSize = 1 })).Facets.ByDistanceKm);
    }

    [Fact]
    public async Task Education_filter_passes_postings_asking_at_most_that_level_and_its_facet_counts_each_level()
    {
        var result = await Db.SearchAsync(new PostingQuery { Education = 2, PageSize = 200 });
        Assert.Equal(PostingCorpus.All.Count(p => p.MinEducation <= 2), result.Total);
        Assert.All(result.Hits, h => Assert.True(PostingCorpus.All.Single(p => p.PostingId == h.PostingId).MinEducation <= 2));
        var all = await Db.SearchAsync(new PostingQuery { PageSize = 1 });
        for (var level = 0; level <= 5; level++)
        {
            Assert.Equal(PostingCorpus.All.Count(p => p.MinEducation == level), all.Facets.ByMinEducation.GetValueOrDefault(level));
        }
    }

    [Fact]
    public async Task Occupation_code_filter_takes_a_group_or_one_code_and_its_facet_counts_each_group()
    {
        var accountants = await Db.SearchAsync(new PostingQuery { OccupationCode = "2-06-03" });
        // 出纳 was filed without a code and is indexed under the accountants its title names.
        Assert.Equal(["n-caiwu", "n-chuna", "n-jizhang", "n-zhuban"], accountants.Hits.Select(h => h.PostingId).Order(StringComparer.Ordinal));
        var electricians = await Db.SearchAsync(new PostingQuery { OccupationCode = "6-31-01-03", Text = "维修" });
        // 维修电工 says it in the title; the older 电工 in its description (小区水电维修).
        Assert.Equal(["n-weixiu", "n-diangong-old"], electricians.Hits.Select(h => h.PostingId));
        var all = await Db.SearchAsync(new PostingQuery { PageSize = 1 });
        Assert.Equal(4, all.Facets.ByOccupationGroup["2-06-03"]);
        Assert.Equal(3, all.Facets.ByOccupationGroup["6-31-01"]);
    }

    [Theory]
    [InlineData(0.0, 0.0, 10.0, "near")]
    [InlineData(113.2, 35.2, 10.0, "near")] // swapped
    [InlineData(95.0, 113.2, 10.0, "near")]
    [InlineData(35.2, 113.2, 0.0, "within_km")]
    [InlineData(35.2, 113.2, -5.0, "within_km")]
    [InlineData(35.2, 113.2, 100_000.0, "within_km")]
    [InlineData(35.2, 113.2, double.NaN, "within_km")]
    public async Task Off_map_points_and_radii_out_of_range_are_refused_naming_the_field(double latitude, double longitude, double km, string field)
    {
        var error = await Assert.ThrowsAsync<DomainRuleException>(() =>
            Db.SearchAsync(new PostingQuery { Near = new GeoPoint(latitude, longitude), WithinKm = km }));
        Assert.Equal(field, error.Field);
        Assert.Equal(DomainRuleKind.InvalidInput, error.Kind);
    }

    [Fact]
    public async Task A_radius_without_a_point_a_bad_education_or_code_is_refused_naming_the_field()
    {
        Assert.Equal("near", (await Assert.ThrowsAsync<DomainRuleException>(() => Db.SearchAsync(new PostingQuery { WithinKm = 5 }))).Field);
        Assert.Equal("education", (await Assert.ThrowsAsync<DomainRuleException>(() => Db.SearchAsync(new PostingQuery { Education = 9 }))).Field);
        Assert.Equal("occupation_code", (await Assert.ThrowsAsync<DomainRuleException>(() => Db.SearchAsync(new PostingQuery { OccupationCode = "会计" }))).Field);
    }

    [Fact(Timeout = 60_000)]
    public async Task Counts_are_kept_for_their_lifetime_and_hits_are_never_kept()
    {
        await using var database = await corpus.CreateDatabaseAsync();
        var time = new SettableClock(DateTimeOffset.UtcNow);
        var cache = new SearchCountCache(time, TimeSpan.FromSeconds(30));
        await database.IndexAsync([PostingCorpus.Named[0]]);
        Task<PostingSearchResult> Search() => database.SearchAsync(new PostingQuery { Text = "会计" }, cache);
        Assert.Equal(1, (await Search()).Total);

        await database.IndexAsync([PostingCorpus.Named[1]]);
        var within = await Search();
        Assert.Equal(2, within.Hits.Count);
        Assert.Equal(1, within.Total);

        time.UtcNow += TimeSpan.FromSeconds(31);
        Assert.Equal(2, (await Search()).Total);
    }
}

public sealed class SqliteSearchFiltersTests(SqliteCorpus corpus) : SearchFiltersContract<SqliteCorpus>(corpus);

public sealed class PostgresSearchFiltersTests(PostgresCorpus corpus) : SearchFiltersContract<PostgresCorpus>(corpus);
