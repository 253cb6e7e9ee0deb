namespace Employment.Jobs.Search;

/// <summary>
/// How a hit ranks: one level per posting (the best that applies), then the newer posting, then
/// the later indexed. Levels rather than a tf-idf float, so that both engines rank alike, a test can
/// state the order, and keyset paging has a stable key. "The occupation the words name" is a posting's
/// code (or, filed without one, the code its title names) among those the terms name (财会, 成本会计 →
/// 2-06-03): of two titles that say 司机, the lorry driver's outranks the forklift driver's.
/// </summary>
public static class Relevance
{
    /// <summary>Every term is a phrase in the title, and the posting is of the occupation the words name.</summary>
    public const int TitleOccupation = 8;

    /// <summary>Every term is a phrase (its tokens adjacent) in the title: 会计 in 财务会计.</summary>
    public const int TitlePhrase = 7;

    /// <summary>Every term's tokens are in the title, not adjacent: 会计师 in 会计、统计师.</summary>
    public const int TitleTokens = 6;

    /// <summary>Of the occupation the words name, and every term a phrase in the description (电工证 in "持低压电工证上岗").</summary>
    public const int OccupationText = 5;

    /// <summary>Of the occupation the words name (财会 → 2-06-03); the text does not say them.</summary>
    public const int Occupation = 4;

    /// <summary>Every term is a phrase in the title or description.</summary>
    public const int TextPhrase = 3;

    /// <summary>Every term matches somewhere (text tokens or occupation).</summary>
    public const int Matched = 2;

    /// <summary>
    /// A neighbour: of another occupation in the 小类 of one the words name (焊工 → the other 6-18-02
    /// workers), and the words match nothing else of it. Shown after every posting they do match.
    /// </summary>
    public const int Neighbour = 1;

    /// <summary>Browsing without text: newest first.</summary>
    public const int Browse = 0;
}
