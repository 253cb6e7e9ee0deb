namespace Employment.Jobs.Search;

/// <summary>
/// How a hit ranks: one level per posting (the best that applies), then the newer posting, then
/// the later indexed. Levels rather than a tf-idf float, so that both engines rank alike, a test can
/// state the order, and keyset paging has a stable key.
/// </summary>
public static class Relevance
{
    /// <summary>Every term is a phrase (its tokens adjacent) in the title: 会计 in 财务会计.</summary>
    public const int TitlePhrase = 5;

    /// <summary>Every term's tokens are in the title, not adjacent: 会计师 in 会计、统计师.</summary>
    public const int TitleTokens = 4;

    /// <summary>The posting's occupation is one a term names (财会 → 2-06-03) and the title does not say it.</summary>
    public const int Occupation = 3;

    /// <summary>Every term is a phrase in the title or description.</summary>
    public const int TextPhrase = 2;

    /// <summary>Every term matches somewhere (text tokens or occupation).</summary>
    public const int Matched = 1;

    /// <summary>Browsing without text: newest first.</summary>
    public const int Browse = 0;
}
