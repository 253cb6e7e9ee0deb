namespace Employment.Jobs.Search;

/// <summary>
/// How a search's matches are listed. Every order lists the same matches (the ones the total and
/// the facets count); only <see cref="Relevance"/> ranks them by <see cref="Search.Relevance"/> levels.
/// </summary>
public enum SearchOrder
{
    /// <summary>Best level first, then newest (browsing without text: newest).</summary>
    Relevance = 0,

    /// <summary>Newest posting first, whatever the level.</summary>
    Newest = 1,

    /// <summary>Highest monthly top pay first (面议, no figure, last), then the later indexed.</summary>
    Pay = 2,

    /// <summary>Nearest work place first; needs a point (<see cref="PostingQuery.Near"/>).</summary>
    Distance = 3,
}
