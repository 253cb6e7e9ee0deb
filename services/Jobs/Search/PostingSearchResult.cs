namespace Employment.Jobs.Search;

/// <summary>One posting found, with its relevance (see <see cref="Relevance"/>; 0 when listed by date, pay or distance).</summary>
public sealed record PostingHit(
    string PostingId,
    string Title,
    string EmployerName,
    string OccupationCode,
    string CountyCode,
    EmploymentKind Kind,
    long PayMinFen,
    long PayMaxFen,
    PayPeriod PayPeriod,
    DateOnly PostedOn,
    int Score)
{
    /// <summary>With a point asked: how far the work place is, in km on the plane of <see cref="SearchDistance"/>.</summary>
    public double? DistanceKm { get; init; }
}

/// <summary>
/// How many postings match the text and every filter, per value of each filter dimension, so a
/// page can show "修武县 (12)" beside its filter.
/// </summary>
/// <param name="ByCounty">County code → postings.</param>
/// <param name="ByCity">City code → postings (counties summed).</param>
/// <param name="ByKind">Kind → postings.</param>
/// <param name="ByMonthlyPayFloor">For each floor of <see cref="SearchFacets.PayFloorsFen"/>: postings whose monthly top pay reaches it.</param>
public sealed record SearchFacets(
    IReadOnlyDictionary<string, int> ByCounty,
    IReadOnlyDictionary<string, int> ByCity,
    IReadOnlyDictionary<EmploymentKind, int> ByKind,
    IReadOnlyDictionary<long, int> ByMonthlyPayFloor)
{
    /// <summary>Monthly pay floors the facet counts: 3000, 5000, 8000 yuan.</summary>
    public static readonly long[] PayFloorsFen = [300_000, 500_000, 800_000];

    /// <summary>Least education asked (0 = none stated) → postings; the education filter passes the levels up to the seeker's.</summary>
    public IReadOnlyDictionary<int, int> ByMinEducation { get; init; } = new Dictionary<int, int>();

    /// <summary>Occupation 小类 (2-06-03; "" = not coded) → postings.</summary>
    public IReadOnlyDictionary<string, int> ByOccupationGroup { get; init; } = new Dictionary<string, int>();

    /// <summary>With a point: for each band of <see cref="SearchDistance.FacetBandsKm"/>, postings at most that far (within the radius asked).</summary>
    public IReadOnlyDictionary<int, int> ByDistanceKm { get; init; } = new Dictionary<int, int>();

    /// <summary>Not counted (a later page, or not asked for).</summary>
    public static SearchFacets None { get; } = new(
        new Dictionary<string, int>(), new Dictionary<string, int>(), new Dictionary<EmploymentKind, int>(), new Dictionary<long, int>());
}

/// <summary>
/// A page of hits, best first, and the next page's token ("" on the last). The total that match and
/// the facets come with the first page; later pages carry <see cref="TotalUnknown"/> and no facets
/// (as the platform's keyset pages carry total_size -1).
/// </summary>
public sealed record PostingSearchResult(IReadOnlyList<PostingHit> Hits, int Total, SearchFacets Facets, string NextPageToken)
{
    public const int TotalUnknown = -1;

    /// <summary>The total and facets are estimated from a sample (<see cref="SearchCounts.Estimated"/>).</summary>
    public bool CountsEstimated { get; init; }
}
