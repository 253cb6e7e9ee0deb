using Employment.Jobs.Data;
using Employment.Jobs.Search;
using Employment.ServiceDefaults.Time;
using Npgsql;
using Xunit;

namespace Jobs.Tests.Search;

/// <summary>
/// The counts of a broad search on PostgreSQL are made in the sample of one posting in
/// SearchCountCache.SampleRate (those whose key is a multiple of it) and scaled up, marked estimated;
/// a search with few matches is counted exactly.
/// </summary>
public sealed class SampledCountsTests : IAsyncLifetime
{
    private const int Rate = SearchCountCache.SampleRate;

    // Twenty blocks of 64 postings: block b is in county A when b is even, B when odd, so the sample
    // (the last posting of each block, keys 64, 128, …) holds ten of each. Every title says 会计; the
    // first posting of block 0 alone asks for 英语 in its description.
    private const int Postings = 20 * Rate;
    private const string CountyA = "410802", CountyB = "410882";

    private PostgresSearchDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _database = await PostgresSearchDatabase.CreateAsync();
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        var postings = Enumerable.Range(0, Postings).Select(i => new PostingDocument(
            $"s-{i:D5}", "焦作市某某有限公司", "会计", i == 0 ? "记账，会英语。" : "记账。", "", i / Rate % 2 == 1 ? CountyA : CountyB,
            EmploymentKind.FullTime, 400_000, 500_000, PayPeriod.Month, new DateOnly(2026, 5, 1), "test"));
        await PostgresBulkIndex.LoadAsync(connection, postings, OccupationSynonyms.Shipped, DateTimeOffset.UnixEpoch);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task A_search_the_sample_puts_above_the_exact_limit_is_counted_in_the_sample_and_scaled_up()
    {
        var result = await SearchAsync("会计", exactUpTo: 100);
        AssertScaledFromTheSample(result);
        Assert.Equal(10 * Rate, result.Facets.ByCounty[CountyB]);
        Assert.Equal(20 * Rate, result.Facets.ByKind[EmploymentKind.FullTime]);
    }

    [Fact]
    public async Task A_broad_browse_is_counted_in_the_sample_from_its_index()
    {
        var result = await SearchAsync("", exactUpTo: 100);
        AssertScaledFromTheSample(result);
        Assert.Equal(20 * Rate, result.Facets.ByMonthlyPayFloor[300_000]);
        Assert.Equal(0, result.Facets.ByMonthlyPayFloor[800_000]);
    }

    [Fact]
    public async Task A_search_below_the_exact_limit_is_counted_posting_by_posting()
    {
        var broad = await SearchAsync("会计", exactUpTo: 10_000);
        Assert.False(broad.CountsEstimated);
        Assert.Equal(Postings, broad.Total);

        // One match, outside the sample: the sample says none, so it is counted exactly.
        var narrow = await SearchAsync("英语", exactUpTo: 100);
        AssertTheOnePostingAskingForEnglish(narrow);
    }

    [Fact]
    public async Task A_text_most_postings_say_walks_the_sample_and_a_rare_one_reads_only_its_sampled_matches_with_the_same_counts()
    {
        // Once ANALYZE has run, the statistics say every posting holds 会计: its count reads every sampled posting's
        // tokens. 英语 is among no most common word: its count ANDs the text's index with the sample's.
        await using (var connection = new NpgsqlConnection(_database.ConnectionString))
        {
            await connection.OpenAsync();
            await using var analyze = new NpgsqlCommand("ANALYZE postings", connection);
            await analyze.ExecuteNonQueryAsync();
        }

        var common = await SearchAsync("会计", exactUpTo: 100);
        AssertScaledFromTheSample(common);

        var rare = await SearchAsync("英语 会计", exactUpTo: 100);
        AssertTheOnePostingAskingForEnglish(rare);
    }

    // Every posting, counted in the sample: ten sampled in each county, times the rate.
    private static void AssertScaledFromTheSample(PostingSearchResult result)
    {
        Assert.True(result.CountsEstimated);
        Assert.Equal(20 * Rate, result.Total);
        Assert.Equal(10 * Rate, result.Facets.ByCounty[CountyA]);
    }

    // The first posting of block 0, outside the sample: counted exactly.
    private static void AssertTheOnePostingAskingForEnglish(PostingSearchResult result)
    {
        Assert.False(result.CountsEstimated);
        Assert.Equal(1, result.Total);
        Assert.Equal(1, result.Facets.ByCounty[CountyB]);
    }

    private async Task<PostingSearchResult> SearchAsync(string text, int exactUpTo)
    {
        await using var db = (PostgresJobsDbContext)_database.NewContext();
        var counts = new SearchCountCache(TimeProvider.System, TimeSpan.Zero) { ExactUpTo = exactUpTo };
        return await new PostgresPostingSearch(db, OccupationSynonyms.Shipped, ChinaClock.System, counts).SearchAsync(new PostingQuery { Text = text, PageSize = 5 });
    }
}
