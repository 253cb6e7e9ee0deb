using Employment.Jobs.Search;
using Employment.ServiceDefaults.Errors;
using Xunit;

namespace Jobs.Tests;

/// <summary>
/// The orders a search lists its matches in (newest, highest pay, nearest), on every engine over
/// <see cref="PostingCorpus"/>: each lists exactly the matches the relevance order lists and the
/// total counts, in its own order, page after page without a repeat or a gap; a hit says how far it
/// is when a point is asked; a token is good only for the order it was given for.
/// </summary>
public abstract class SearchOrderContract<TCorpus>(TCorpus corpus) : IClassFixture<TCorpus>
    where TCorpus : CorpusFixture
{
    private SearchDatabase Db => corpus.Database;

    [Theory]
    [InlineData("")]
    [InlineData("会计")]
    [InlineData("电工")]
    public async Task Newest_first_lists_the_same_matches_as_relevance_by_posting_date(string text)
    {
        var ranked = await AllPagesAsync(new PostingQuery { Text = text, PageSize = 7 });
        var newest = await AllPagesAsync(new PostingQuery { Text = text, PageSize = 7, Order = SearchOrder.Newest });
        Assert.Equal(ranked.Select(h => h.PostingId).Order(StringComparer.Ordinal), newest.Select(h => h.PostingId).Order(StringComparer.Ordinal));
        Assert.Equal(newest.OrderByDescending(h => h.PostedOn).Select(h => h.PostedOn), newest.Select(h => h.PostedOn));
        Assert.All(newest, h => Assert.Equal(Relevance.Browse, h.Score));
        Assert.Equal((await Db.SearchAsync(new PostingQuery { Text = text, Order = SearchOrder.Newest })).Total, newest.Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("会计")]
    public async Task Highest_pay_first_lists_every_match_once_by_monthly_top_pay(string text)
    {
        var listed = await AllPagesAsync(new PostingQuery { Text = text, PageSize = 6, Order = SearchOrder.Pay });
        var ranked = await AllPagesAsync(new PostingQuery { Text = text, PageSize = 50 });
        Assert.Equal(ranked.Select(h => h.PostingId).Order(StringComparer.Ordinal), listed.Select(h => h.PostingId).Order(StringComparer.Ordinal));
        var monthly = listed.Select(h => MonthlyPay.Fen(h.PayMaxFen, h.PayPeriod)).ToList();
        Assert.Equal(monthly.OrderDescending(), monthly);
        if (text.Length == 0)
        {
            // The filler repeats pay figures: the ties are what the key in the token carries across pages.
            Assert.True(monthly.Distinct().Count() < monthly.Count);
        }
    }

    [Fact]
    public async Task Nearest_first_lists_the_postings_within_the_radius_by_distance_and_says_how_far()
    {
        var distance = new SearchDistance(PostingCorpus.Centre, 20);
        var listed = await AllPagesAsync(new PostingQuery { Near = PostingCorpus.Centre, WithinKm = 20, PageSize = 5, Order = SearchOrder.Distance });
        var expected = PostingCorpus.All.Where(p => distance.PlaneKmTo(p.Location!.Value) <= 20).ToDictionary(p => p.PostingId, p => corpus.StatedKm(distance, p.Location!.Value));
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), listed.Select(h => h.PostingId).Order(StringComparer.Ordinal));
        Assert.All(listed, h => Assert.Equal(expected[h.PostingId], h.DistanceKm!.Value, 6));
        Assert.Equal(listed.Select(h => h.DistanceKm!.Value).Order(), listed.Select(h => h.DistanceKm!.Value));
    }

    [Fact]
    public async Task A_hit_says_how_far_it_is_only_when_a_point_is_asked()
    {
        var near = await Db.SearchAsync(new PostingQuery { Text = "电工", Near = PostingCorpus.Centre, WithinKm = 50 });
        Assert.NotEmpty(near.Hits);
        Assert.All(near.Hits, h => Assert.InRange(h.DistanceKm!.Value, 0, 50));
        Assert.All((await Db.SearchAsync(new PostingQuery { Text = "电工" })).Hits, h => Assert.Null(h.DistanceKm));
    }

    [Fact]
    public async Task Nearest_first_without_a_point_is_refused_naming_the_order()
    {
        var error = await Assert.ThrowsAsync<DomainRuleException>(() => Db.SearchAsync(new PostingQuery { Order = SearchOrder.Distance }));
        Assert.Equal("order", error.Field);
        Assert.Equal("order", (await Assert.ThrowsAsync<DomainRuleException>(() => Db.SearchAsync(new PostingQuery { Order = (SearchOrder)9 }))).Field);
    }

    [Fact]
    public async Task A_page_token_is_refused_by_a_search_in_another_order()
    {
        var byPay = await Db.SearchAsync(new PostingQuery { PageSize = 3, Order = SearchOrder.Pay });
        var ranked = await Db.SearchAsync(new PostingQuery { Text = "会计", PageSize = 2 });
        foreach (var (order, token) in new[] { (SearchOrder.Relevance, byPay.NextPageToken), (SearchOrder.Newest, byPay.NextPageToken), (SearchOrder.Pay, ranked.NextPageToken) })
        {
            var error = await Assert.ThrowsAsync<DomainRuleException>(() => Db.SearchAsync(new PostingQuery { Text = "会计", PageSize = 2, Order = order, PageToken = token }));
            Assert.Equal("page.page_token", error.Field);
        }
    }

    private async Task<List<PostingHit>> AllPagesAsync(PostingQuery query)
    {
        var hits = new List<PostingHit>();
        var token = "";
        for (var pages = 0; pages < 200; pages++)
        {
            var page = await Db.SearchAsync(query with { PageToken = token });
            hits.AddRange(page.Hits);
            token = page.NextPageToken;
            if (token.Length == 0)
            {
                Assert.Equal(hits.Count, hits.Select(h => h.PostingId).Distinct().Count());
                return hits;
            }
        }

        throw new InvalidOperationException("more than 200 pages");
    }
}

public sealed class SqliteSearchOrderTests(SqliteCorpus corpus) : SearchOrderContract<SqliteCorpus>(corpus);

public sealed class PostgresSearchOrderTests(PostgresCorpus corpus) : SearchOrderContract<PostgresCorpus>(corpus);
