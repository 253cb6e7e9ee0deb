using Employment.Jobs.Search;
using Employment.ServiceDefaults.Errors;
using Employment.ServiceDefaults.Paging;
using Xunit;

namespace Jobs.Tests.Search;

/// <summary>Synonyms, pay, regions, cursors and the checks a query passes before any engine sees it.</summary>
public sealed class SearchInputTests
{
    [Theory]
    [InlineData("会计")]
    [InlineData("财会")]
    [InlineData("记账")]
    [InlineData("会记")]
    [InlineData("财 会")]
    public void Accounting_words_and_a_misspelling_name_the_accountants_group(string term)
    {
        var codes = term.Contains(' ', StringComparison.Ordinal) ? [] : OccupationSynonyms.Shipped.CodesNamedBy(term);
        if (term.Contains(' ', StringComparison.Ordinal))
        {
            // Terms are looked up whole: two separate characters are no synonym.
            Assert.All(SearchText.Parse(term, OccupationSynonyms.Shipped).Terms, t => Assert.Empty(t.OccupationCodes));
            return;
        }

        Assert.Equal(["2-06-03"], codes);
    }

    [Fact]
    public void Electrician_and_e_commerce_name_different_occupations()
    {
        Assert.Equal(["6-31-01-03"], OccupationSynonyms.Shipped.CodesNamedBy("电工"));
        Assert.Equal(["4-01-02-02"], OccupationSynonyms.Shipped.CodesNamedBy("电商"));
        Assert.Empty(OccupationSynonyms.Shipped.CodesNamedBy("电"));
    }

    [Theory]
    [InlineData("成本会计", "2-06-03")] // a kind of 会计: the known ending names it
    [InlineData("货车司机", "4-02-02-02")] // listed whole: the 细类, not the drivers' 小类 its ending names
    [InlineData("商务车司机", "4-02-02")] // the ending 司机
    [InlineData("会计助理", "2-06-03")] // no known ending: the known beginning
    [InlineData("维护工程师", "")] // 护工 inside names nothing
    [InlineData("维修车间", "")] // nor 修车 inside
    [InlineData("工", "")] // one character is no part
    public void A_term_names_its_whole_then_its_known_ending_then_its_known_beginning(string term, string code)
    {
        Assert.Equal(code.Length == 0 ? [] : [code], OccupationSynonyms.Shipped.CodesNamedBy(term));
    }

    [Theory]
    [InlineData("搬运工（日结）", "4-02-04-01")]
    [InlineData("高级财务会计（包食宿）", "2-06-03")]
    [InlineData("学徒电工【急招】", "6-31-01-03")]
    [InlineData("行政文员", "")]
    [InlineData("（长白班）", "")]
    public void A_title_without_its_bracketed_notes_names_the_occupation_of_a_posting_filed_without_one(string title, string code)
    {
        Assert.Equal(code, OccupationSynonyms.Shipped.OccupationOfTitle(title));
    }

    [Fact]
    public void Every_shipped_code_has_the_shape_of_a_classification_code()
    {
        Assert.All(OccupationSynonyms.Shipped.Codes, code => Assert.Matches(@"^[1-8]-\d{2}-\d{2}(-\d{2})?$", code));
    }

    [Fact]
    public void Day_and_hour_pay_compare_as_a_month_of_21_75_days_or_174_hours()
    {
        Assert.Equal(435_000, MonthlyPay.Fen(20_000, PayPeriod.Day));
        Assert.Equal(348_000, MonthlyPay.Fen(2_000, PayPeriod.Hour));
        Assert.Equal(500_000, MonthlyPay.Fen(500_000, PayPeriod.Month));
    }

    [Fact]
    public void A_cursor_survives_its_token_and_a_foreign_token_is_invalid_input()
    {
        var cursor = new SearchCursor(Relevance.TitlePhrase, new DateOnly(2026, 11, 1), 123_456);
        Assert.Equal(cursor, SearchCursor.Decode(cursor.Encode()));
        Assert.Null(SearchCursor.Decode(""));
        foreach (var bad in new[] { "abc", "50", "djF8OXwyMDI2LTExLTAxfDE", "!!!!" })
        {
            var error = Assert.Throws<DomainRuleException>(() => SearchCursor.Decode(bad));
            Assert.Equal("page.page_token", error.Field);
        }
    }

    [Fact]
    public void A_page_size_over_the_platform_maximum_is_capped_and_zero_is_the_default()
    {
        Assert.Equal(Pages.MaxSize, SearchPlan.For(new PostingQuery { PageSize = 10_000 }, OccupationSynonyms.None).Size);
        Assert.Equal(Pages.DefaultSize, SearchPlan.For(new PostingQuery(), OccupationSynonyms.None).Size);
    }

    [Theory]
    [InlineData("page.page_size", -1, "", "")]
    [InlineData("region", 0, "4108", "")]
    [InlineData("region", 0, "410000", "")]
    [InlineData("query", 0, "", "long")]
    [InlineData("query", 0, "", "terms")]
    public void Bad_input_is_refused_naming_the_field(string field, int pageSize, string region, string text)
    {
        var query = new PostingQuery
        {
            PageSize = pageSize,
            Region = region,
            Text = text switch
            {
                "long" => new string('工', SearchText.MaxLength + 1),
                "terms" => string.Join(' ', Enumerable.Repeat("电工", SearchText.MaxTerms + 1)),
                _ => "",
            },
        };
        var error = Assert.Throws<DomainRuleException>(() => SearchPlan.For(query, OccupationSynonyms.None));
        Assert.Equal(DomainRuleKind.InvalidInput, error.Kind);
        Assert.Equal(field, error.Field);
    }

    [Fact]
    public void Negative_pay_is_refused()
    {
        var error = Assert.Throws<DomainRuleException>(() => SearchPlan.For(new PostingQuery { PayAtLeastFen = -1 }, OccupationSynonyms.None));
        Assert.Equal("pay", error.Field);
    }
}
