using Employment.Jobs.Search;
using Employment.ServiceDefaults.Errors;
using Employment.ServiceDefaults.Paging;
using Xunit;

namespace Jobs.Tests;

/// <summary>
/// What every engine answers alike, over <see cref="PostingCorpus"/>: the cases (会计 finds
/// 财务会计 and 主办会计; 电工 does not return 电子商务), the ranking levels, filters, facets, keyset
/// paging to the last page, and bad input. Run once per engine by the sealed classes below.
/// </summary>
public abstract class PostingSearchContract<TCorpus>(TCorpus corpus) : IClassFixture<TCorpus>
    where TCorpus : CorpusFixture
{
    private SearchDatabase Db => corpus.Database;

    [Fact]
    public async Task Accounting_finds_financial_and_chief_accountants_titles_first()
    {
        var result = await Db.SearchAsync(new PostingQuery { Text = "会计", PageSize = 50 });
        var ids = Ids(result);
        Assert.Contains("n-caiwu", ids);
        Assert.Contains("n-zhuban", ids);
        Assert.Equal(Relevance.TitleOccupation, Hit(result, "n-caiwu").Score);
        Assert.Equal(Relevance.TitleOccupation, Hit(result, "n-zhuban").Score);
        // Titles saying 会计 of another occupation (an auditor's assistant) come next; then the 出纳
        // filed without a code, an accountant by its title, whose description says 会计; then the
        // posting coded as an accountant whose text never says it.
        Assert.Equal(Relevance.TitlePhrase, Hit(result, "n-cpa").Score);
        Assert.Equal(Relevance.OccupationText, Hit(result, "n-chuna").Score);
        Assert.Equal(Relevance.Occupation, Hit(result, "n-jizhang").Score);
        AssertRanked(result);
        Assert.Equal(result.Hits.Count, result.Total);
    }

    [Fact]
    public async Task Electrician_does_not_return_e_commerce()
    {
        var result = await Db.SearchAsync(new PostingQuery { Text = "电工" });
        var ids = Ids(result);
        Assert.DoesNotContain("n-dianshang", ids);
        Assert.DoesNotContain("n-dianzi", ids);
        Assert.All(result.Hits, h => Assert.DoesNotContain("电子", h.Title, StringComparison.Ordinal));
        // Title hits, the newer first on a tie, then the description hit.
        Assert.Equal(["n-diangong", "n-weixiu", "n-diangong-old", "n-wuye"], ids);
        Assert.Equal(Relevance.TextPhrase, Hit(result, "n-wuye").Score);
    }

    [Fact]
    public async Task A_synonym_finds_the_occupation_whatever_its_title_says()
    {
        var ids = Ids(await Db.SearchAsync(new PostingQuery { Text = "财会" }));
        Assert.Equal(["n-caiwu", "n-chuna", "n-jizhang", "n-zhuban"], ids.Order(StringComparer.Ordinal));
        Assert.Contains("n-chache", Ids(await Db.SearchAsync(new PostingQuery { Text = "铲车" })));
        Assert.Contains("n-dianshang", Ids(await Db.SearchAsync(new PostingQuery { Text = "电商" })));
    }

    [Fact]
    public async Task A_posting_filed_without_a_code_is_found_by_the_occupation_its_title_names()
    {
        // 搬运工（日结） was filed without a code: its title, less the bracketed note, names 装卸搬运工.
        var result = await Db.SearchAsync(new PostingQuery { Text = "装卸搬运工" });
        Assert.Equal(Relevance.Occupation, Hit(result, "n-linshi").Score);
        Assert.Contains("n-linshi", Ids(await Db.SearchAsync(new PostingQuery { OccupationCode = "4-02-04-01" })));
    }

    [Fact]
    public async Task A_word_names_the_occupation_of_its_known_ending_and_finds_titles_that_do_not_say_it()
    {
        // 成本会计 is a kind of 会计: the accountant postings rank as its occupation though none says 成本会计.
        var result = await Db.SearchAsync(new PostingQuery { Text = "成本会计" });
        Assert.Equal(["n-caiwu", "n-chuna", "n-jizhang", "n-zhuban"], Ids(result).Order(StringComparer.Ordinal));
        Assert.All(result.Hits, h => Assert.Equal(Relevance.Occupation, h.Score));
    }

    [Fact]
    public async Task Adjacent_characters_in_the_title_outrank_the_same_characters_apart()
    {
        var result = await Db.SearchAsync(new PostingQuery { Text = "会计师" });
        Assert.Equal(Relevance.TitlePhrase, Hit(result, "n-cpa").Score);
        Assert.Equal(Relevance.TitleTokens, Hit(result, "n-split").Score);
        Assert.True(Ids(result).IndexOf("n-cpa") < Ids(result).IndexOf("n-split"));
    }

    [Fact]
    public async Task Full_width_text_and_one_character_queries_match()
    {
        Assert.Equal(["n-cad"], Ids(await Db.SearchAsync(new PostingQuery { Text = "cad" })));
        Assert.Contains("n-cad", Ids(await Db.SearchAsync(new PostingQuery { Text = "ＣＡＤ 制图" })));
        var one = await Db.SearchAsync(new PostingQuery { Text = "叉", PageSize = 200 });
        Assert.Contains("n-chache", Ids(one));
    }

    [Fact]
    public async Task Every_term_must_match()
    {
        Assert.Equal(["n-weixiu"], Ids(await Db.SearchAsync(new PostingQuery { Text = "电工 图纸" })));
        Assert.Empty((await Db.SearchAsync(new PostingQuery { Text = "电工 保育" })).Hits);
    }

    [Fact]
    public async Task A_city_holds_its_counties_and_a_county_only_itself()
    {
        var city = await Db.SearchAsync(new PostingQuery { Region = "410800", PageSize = 200 });
        Assert.DoesNotContain(city.Facets.ByCounty.Keys, c => c == "419001");
        Assert.Equal(PostingCorpus.All.Count(p => p.CountyCode != "419001"), city.Total);
        var county = await Db.SearchAsync(new PostingQuery { Text = "会计", Region = "410821" });
        Assert.Equal(["n-zhuban"], Ids(county));
        var jiyuan = await Db.SearchAsync(new PostingQuery { Text = "财会", Region = "419001" });
        Assert.Equal(["n-jizhang"], Ids(jiyuan));
    }

    [Fact]
    public async Task Pay_filters_compare_day_and_hour_pay_as_a_month()
    {
        // 200 yuan a day is 4350 a month: the day labourer (250 a day, 5437.50) reaches it.
        var result = await Db.SearchAsync(new PostingQuery { PayAtLeastFen = 20_000, PayPeriod = PayPeriod.Day, PageSize = 200, Kind = EmploymentKind.PartTime });
        Assert.Contains("n-linshi", Ids(result));
        Assert.DoesNotContain("n-shizhong", Ids(result)); // 22 an hour is 3828 a month
        var expected = PostingCorpus.All.Count(p => p.Kind == EmploymentKind.PartTime && MonthlyPay.Fen(p.PayMaxFen, p.PayPeriod) >= 435_000);
        Assert.Equal(expected, result.Total);

        var atMost = await Db.SearchAsync(new PostingQuery { PayAtMostFen = 300_000, PageSize = 200 });
        Assert.Equal(PostingCorpus.All.Count(p => MonthlyPay.Fen(p.PayMinFen, p.PayPeriod) <= 300_000), atMost.Total);
    }

    [Fact]
    public async Task Kind_and_posted_since_filter()
    {
        var welfare = await Db.SearchAsync(new PostingQuery { Kind = EmploymentKind.PublicWelfare, PostedSince = new DateOnly(2026, 10, 1) });
        Assert.Equal(["n-gongyi"], Ids(welfare));
        var recent = await Db.SearchAsync(new PostingQuery { PostedSince = new DateOnly(2026, 11, 1), PageSize = 200 });
        Assert.Equal(PostingCorpus.All.Count(p => p.PostedOn >= new DateOnly(2026, 11, 1)), recent.Total);
        Assert.All(recent.Hits, h => Assert.True(h.PostedOn >= new DateOnly(2026, 11, 1)));
    }

    [Fact]
    public async Task Facets_count_every_match_per_county_city_kind_and_pay_floor()
    {
        var result = await Db.SearchAsync(new PostingQuery { PageSize = 1 });
        var all = PostingCorpus.All;
        Assert.Equal(all.Count, result.Total);
        Assert.Single(result.Hits);
        foreach (var county in PostingCorpus.Counties)
        {
            Assert.Equal(all.Count(p => p.CountyCode == county), result.Facets.ByCounty.GetValueOrDefault(county));
        }

        Assert.Equal(all.Count(p => p.CountyCode != "419001"), result.Facets.ByCity["410800"]);
        Assert.Equal(all.Count(p => p.CountyCode == "419001"), result.Facets.ByCity["419001"]);
        foreach (var kind in Enum.GetValues<EmploymentKind>())
        {
            Assert.Equal(all.Count(p => p.Kind == kind), result.Facets.ByKind.GetValueOrDefault(kind));
        }

        foreach (var floor in SearchFacets.PayFloorsFen)
        {
            Assert.Equal(all.Count(p => MonthlyPay.Fen(p.PayMaxFen, p.PayPeriod) >= floor), result.Facets.ByMonthlyPayFloor[floor]);
        }

        // A facet is what its filter would return.
        var partTime = await Db.SearchAsync(new PostingQuery { Kind = EmploymentKind.PartTime, PageSize = 1 });
        Assert.Equal(result.Facets.ByKind[EmploymentKind.PartTime], partTime.Total);
        var electricians = await Db.SearchAsync(new PostingQuery { Text = "电工" });
        Assert.Equal(2, electricians.Facets.ByCounty["410883"]);
    }

    [Fact]
    public async Task Browsing_without_text_lists_everything_newest_first()
    {
        var result = await Db.SearchAsync(new PostingQuery { Text = " ！ " });
        Assert.Equal(Pages.DefaultSize, result.Hits.Count);
        Assert.Equal(PostingCorpus.All.Count, result.Total);
        Assert.Equal("n-diangong", result.Hits[0].PostingId);
        Assert.All(result.Hits, h => Assert.Equal(Relevance.Browse, h.Score));
        AssertRanked(result);
    }

    [Fact]
    public async Task Keyset_pages_reach_the_last_posting_without_repeats_or_gaps()
    {
        var seen = new List<PostingHit>();
        var token = "";
        var pages = 0;
        do
        {
            var page = await Db.SearchAsync(new PostingQuery { PageSize = 7, PageToken = token });
            Assert.True(page.Hits.Count <= 7);
            seen.AddRange(page.Hits);
            token = page.NextPageToken;
            pages++;
        }
        while (token != "" && pages < 100);

        Assert.Equal(PostingCorpus.All.Count, seen.Count);
        Assert.Equal(seen.Count, seen.Select(h => h.PostingId).Distinct().Count());
        Assert.Equal((PostingCorpus.All.Count + 6) / 7, pages);
        AssertRanked(new PostingSearchResult(seen, seen.Count, null!, ""));
    }

    [Fact]
    public async Task Pages_of_a_ranked_query_continue_the_same_order()
    {
        var whole = await Db.SearchAsync(new PostingQuery { Text = "会计", PageSize = 200 });
        var paged = new List<string>();
        var token = "";
        do
        {
            var page = await Db.SearchAsync(new PostingQuery { Text = "会计", PageSize = 2, PageToken = token });
            paged.AddRange(Ids(page));
            token = page.NextPageToken;
        }
        while (token != "");

        Assert.Equal(Ids(whole), paged);
    }

    [Fact]
    public async Task Total_and_facets_come_with_the_first_page_only()
    {
        var first = await Db.SearchAsync(new PostingQuery { Text = "会计", PageSize = 2 });
        Assert.Equal(6, first.Total);
        Assert.Equal(6, first.Facets.ByKind[EmploymentKind.FullTime]);
        var second = await Db.SearchAsync(new PostingQuery { Text = "会计", PageSize = 2, PageToken = first.NextPageToken });
        Assert.Equal(2, second.Hits.Count);
        Assert.Equal(PostingSearchResult.TotalUnknown, second.Total);
        Assert.Empty(second.Facets.ByCounty);
        var without = await Db.SearchAsync(new PostingQuery { Text = "会计", WithFacets = false });
        Assert.Equal(6, without.Hits.Count);
        Assert.Equal(PostingSearchResult.TotalUnknown, without.Total);
    }

    [Fact]
    public async Task A_page_size_over_the_maximum_is_capped()
    {
        var result = await Db.SearchAsync(new PostingQuery { PageSize = 5_000 });
        Assert.Equal(Pages.MaxSize, result.Hits.Count);
        Assert.NotEqual("", result.NextPageToken);
    }

    [Fact]
    public async Task Bad_input_is_refused_before_the_database()
    {
        var token = await Assert.ThrowsAsync<DomainRuleException>(() => Db.SearchAsync(new PostingQuery { PageToken = "not-ours" }));
        Assert.Equal("page.page_token", token.Field);
        var size = await Assert.ThrowsAsync<DomainRuleException>(() => Db.SearchAsync(new PostingQuery { PageSize = -3 }));
        Assert.Equal("page.page_size", size.Field);
    }

    [Fact]
    public async Task Text_that_looks_like_query_syntax_is_only_text()
    {
        foreach (var text in new[] { "电工 OR 会计", "\"电工\"", "电工'; DROP TABLE postings; --", "title:会计", "a & b | !c <-> d", "NEAR(电工 会计)" })
        {
            var result = await Db.SearchAsync(new PostingQuery { Text = text });
            Assert.True(result.Total >= 0);
        }

        Assert.Equal(PostingCorpus.All.Count, (await Db.SearchAsync(new PostingQuery())).Total);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_changed_posting_is_found_by_its_new_title_and_a_removed_one_not_at_all()
    {
        await using var database = await corpus.CreateDatabaseAsync();
        var posting = PostingCorpus.Named[0];
        await database.IndexAsync([posting, PostingCorpus.Named[6]]);
        Assert.Equal(["n-caiwu"], Ids(await database.SearchAsync(new PostingQuery { Text = "会计" })));

        await database.IndexAsync([posting with { Title = "成本核算员", Description = "", OccupationCode = "" }]);
        Assert.Empty((await database.SearchAsync(new PostingQuery { Text = "会计" })).Hits);
        Assert.Equal(["n-caiwu"], Ids(await database.SearchAsync(new PostingQuery { Text = "核算" })));
        Assert.Equal(2, (await database.SearchAsync(new PostingQuery())).Total);

        Assert.True(await database.WithEngineAsync(e => e.RemoveAsync("n-caiwu")));
        Assert.False(await database.WithEngineAsync(e => e.RemoveAsync("n-caiwu")));
        Assert.Empty((await database.SearchAsync(new PostingQuery { Text = "核算" })).Hits);
        Assert.Equal(["n-diangong"], Ids(await database.SearchAsync(new PostingQuery())));
    }

    private static List<string> Ids(PostingSearchResult result) => result.Hits.Select(h => h.PostingId).ToList();

    private static PostingHit Hit(PostingSearchResult result, string id) => Assert.Single(result.Hits, h => h.PostingId == id);

    // Best level first, then newer; never the other way round.
    private static void AssertRanked(PostingSearchResult result)
    {
        for (var i = 1; i < result.Hits.Count; i++)
        {
            var (before, after) = (result.Hits[i - 1], result.Hits[i]);
            Assert.True(
                before.Score > after.Score || (before.Score == after.Score && before.PostedOn >= after.PostedOn),
                $"{before.PostingId} ({before.Score}, {before.PostedOn}) is listed before {after.PostingId} ({after.Score}, {after.PostedOn}).");
        }
    }
}

/// <summary>The contract on the embedded engine (SQLite FTS5).</summary>
public sealed class SqlitePostingSearchTests(SqliteCorpus corpus) : PostingSearchContract<SqliteCorpus>(corpus);

/// <summary>The contract on PostgreSQL (tsvector and GIN), a real server from tests/run.sh.</summary>
public sealed class PostgresPostingSearchTests(PostgresCorpus corpus) : PostingSearchContract<PostgresCorpus>(corpus);
