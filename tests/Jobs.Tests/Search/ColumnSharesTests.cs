using Employment.Jobs.Data;
using Employment.Jobs.Search;
using Xunit;

namespace Jobs.Tests.Search;

/// <summary>
/// How much of the postings a text search would count, from PostgreSQL's statistics: what decides whether its
/// count in the sample ANDs the text's index with the sample's (a small share) or reads every sampled posting.
/// </summary>
public sealed class ColumnSharesTests
{
    private static readonly PostgresColumnShares.Shares Statistics = new(
        TitleWords: new Dictionary<string, double>(),
        Words: new Dictionary<string, double> { ["电工"] = 0.05, ["倒班"] = 0.30 },
        Codes: new Dictionary<string, double> { ["6-31-01-03"] = 0.05 },
        Groups: new Dictionary<string, double> { ["6-31-01"] = 0.02 });

    private static double ShareOf(string query) => Statistics.OfText(SearchText.Parse(query, OccupationSynonyms.Shipped));

    [Fact]
    public void A_terms_word_and_its_occupation_overlap_so_the_larger_counts_not_their_sum()
    {
        // 电工 names 6-31-01-03 (5 %) beside its 小类 6-31-01 (2 %); the word is in 5 %: most are the same postings.
        Assert.Equal(0.07, ShareOf("电工"), 6);
        Assert.Equal(0.30, ShareOf("倒班"), 6);
    }

    [Fact]
    public void Every_term_must_match_so_the_rarest_term_bounds_the_share_and_a_word_the_statistics_miss_is_rare()
    {
        Assert.Equal(0.07, ShareOf("倒班 电工"), 6);
        Assert.Equal(0, ShareOf("倒班 英语"), 6);
        Assert.Equal(1, ShareOf(""), 6);
    }
}
