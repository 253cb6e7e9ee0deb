using Employment.Jobs.Search;
using Xunit;

namespace Jobs.Tests.Search;

/// <summary>The analysis both engines index and query with: normalisation, bigrams, single characters, words.</summary>
public sealed class TextAnalysisTests
{
    [Fact]
    public void Full_width_letters_digits_and_spaces_become_half_width_lower_case()
    {
        Assert.Equal("cad制图 c++ 2024年", TextNormalizer.Normalize("ＣＡＤ制图\u3000Ｃ＋＋ ２０２４年"));
        Assert.Equal("", TextNormalizer.Normalize(null));
    }

    [Fact]
    public void A_title_is_its_bigrams_in_order_then_its_characters()
    {
        Assert.Equal(["财务", "务会", "会计", "财", "务", "会", "计"], TextAnalyzer.IndexTokens("财务会计"));
    }

    [Fact]
    public void Ascii_words_and_chinese_runs_keep_reading_order()
    {
        Assert.Equal(["java", "开发", "发工", "工程", "程师", "开", "发", "工", "程", "师"], TextAnalyzer.IndexTokens("Ｊａｖａ开发工程师"));
        Assert.Equal(["电工", "c1", "驾照", "电", "工", "驾", "照"], TextAnalyzer.IndexTokens("电工（C1驾照）"));
    }

    [Fact]
    public void A_lone_character_between_separators_is_indexed_once_in_the_tail()
    {
        Assert.Equal(["普工", "普", "工", "男"], TextAnalyzer.IndexTokens("普工/男"));
    }

    [Fact]
    public void A_two_character_query_is_its_bigram_never_its_characters()
    {
        // 电工 must not find 电子商务 through the character 电.
        Assert.Equal(["电工"], TextAnalyzer.TermTokens("电工"));
        Assert.DoesNotContain("电工", TextAnalyzer.IndexTokens("电子商务专员"));
    }

    [Fact]
    public void A_one_character_query_is_the_character()
    {
        Assert.Equal(["厨"], TextAnalyzer.TermTokens("厨"));
        Assert.Contains("厨", TextAnalyzer.IndexTokens("后厨帮工"));
    }

    [Fact]
    public void Terms_split_on_white_space_and_a_term_with_a_lone_character_inside_is_not_a_phrase()
    {
        var text = SearchText.Parse("  会计　焦作  a电b ", OccupationSynonyms.None);
        Assert.Equal(["会计", "焦作", "a电b"], text.Terms.Select(t => t.Text));
        Assert.True(text.Terms[0].IsPhrase);
        Assert.False(text.Terms[2].IsPhrase);
        Assert.Equal(["a", "电", "b"], text.Terms[2].Tokens);
    }

    [Fact]
    public void Punctuation_alone_is_no_term_and_the_search_browses()
    {
        Assert.True(SearchText.Parse("！？ ，", OccupationSynonyms.None).IsBrowse);
        Assert.True(SearchText.Parse(null, OccupationSynonyms.None).IsBrowse);
    }
}
