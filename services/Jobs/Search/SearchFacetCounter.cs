using Employment.Policy.Model;
namespace Employment.Jobs.Search;

/// <summary>
/// Sums the rows of the engines' one grouped count (county × kind × education × 小类, with the pay
/// floors and distance bands counted in each row) into the total and every facet.
/// </summary>
public sealed class SearchFacetCounter(IReadOnlyList<int> bandsKm)
{
    private readonly Dictionary<string, int> _byCounty = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _byCity = new(StringComparer.Ordinal);
    private readonly Dictionary<EmploymentKind, int> _byKind = [];
    private readonly Dictionary<int, int> _byEducation = [];
    private readonly Dictionary<string, int> _byGroup = new(StringComparer.Ordinal);
    private readonly Dictionary<long, int> _byFloor = SearchFacets.PayFloorsFen.ToDictionary(f => f, _ => 0);
    private readonly Dictionary<int, int> _byBand = bandsKm.ToDictionary(b => b, _ => 0);
    private int _total;

    /// <param name="floorCounts">Per floor of <see cref="SearchFacets.PayFloorsFen"/>, in order.</param>
    /// <param name="bandCounts">Per band of the counter's bands, in order.</param>
    public void Add(string county, EmploymentKind kind, int minEducation, string occupationGroup, int count, IReadOnlyList<int> floorCounts, IReadOnlyList<int> bandCounts)
    {
        ArgumentNullException.ThrowIfNull(floorCounts);
        ArgumentNullException.ThrowIfNull(bandCounts);
        _total += count;
        Increment(_byCounty, county, count);
        Increment(_byCity, Region.CityOf(county), count);
        Increment(_byKind, kind, count);
        Increment(_byEducation, minEducation, count);
        Increment(_byGroup, occupationGroup, count);
        for (var i = 0; i < SearchFacets.PayFloorsFen.Length; i++)
        {
            _byFloor[SearchFacets.PayFloorsFen[i]] += floorCounts[i];
        }

        for (var i = 0; i < bandsKm.Count; i++)
        {
            _byBand[bandsKm[i]] += bandCounts[i];
        }
    }

    public SearchCounts Counts() => new(_total, new SearchFacets(_byCounty, _byCity, _byKind, _byFloor)
    {
        ByMinEducation = _byEducation,
        ByOccupationGroup = _byGroup,
        ByDistanceKm = _byBand,
    });

    /// <summary>Counts made in a sample of one posting in <paramref name="rate"/>, scaled to all postings and marked estimated.</summary>
    public static SearchCounts Scaled(SearchCounts sampled, int rate)
    {
        ArgumentNullException.ThrowIfNull(sampled);
        static Dictionary<TKey, int> Times<TKey>(IReadOnlyDictionary<TKey, int> counts, int rate)
            where TKey : notnull => counts.ToDictionary(c => c.Key, c => c.Value * rate);
        var f = sampled.Facets;
        return new SearchCounts(sampled.Total * rate, new SearchFacets(Times(f.ByCounty, rate), Times(f.ByCity, rate), Times(f.ByKind, rate), Times(f.ByMonthlyPayFloor, rate))
        {
            ByMinEducation = Times(f.ByMinEducation, rate),
            ByOccupationGroup = Times(f.ByOccupationGroup, rate),
            ByDistanceKm = Times(f.ByDistanceKm, rate),
        }, Estimated: true);
    }

    private static void Increment<TKey>(Dictionary<TKey, int> counts, TKey key, int count)
        where TKey : notnull => counts[key] = counts.GetValueOrDefault(key) + count;
}
