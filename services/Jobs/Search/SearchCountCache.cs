using System.Collections.Concurrent;

namespace Employment.Jobs.Search;

/// <summary>The total and the facets of a search's matches (what its first page shows beside the hits).</summary>
/// <param name="Estimated">
/// Counted in a sample of the postings and scaled up (<see cref="SearchCountCache.SampleRate"/>), not
/// one by one: a page says 约 (about) beside them.
/// </param>
public sealed record SearchCounts(int Total, SearchFacets Facets, bool Estimated = false);

/// <summary>
/// How the counts of searches are kept: per text and filter set, for <see cref="Lifetime"/>, in the
/// service's database (<c>Data/SearchCountStore</c>), where every copy of the service reads them.
/// Counting is what a broad first page costs (every match is read; the page itself reads only its
/// rows), and the same few queries come again and again. When counts lapse, one caller takes the
/// recount and the others are answered with the last counts meanwhile, so a lapse costs one count,
/// not one per caller; counts never made yet are made once too, the other callers waiting for them. A count may lag a new or removed posting by a lifetime and one count's time;
/// the hits never do.
/// </summary>
public sealed class SearchCountCache(TimeProvider time, TimeSpan lifetime)
{
    /// <summary>How long counts are kept when the host does not say.</summary>
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromSeconds(30);

    public TimeProvider Time => time;

    /// <summary>How long counts serve before they are counted again (zero: never kept).</summary>
    public TimeSpan Lifetime => lifetime;

    /// <summary>
    /// One posting in this many is in the sample (its key a multiple of it): a search first counts its
    /// matches there, which reads the same few rows whatever it asks.
    /// </summary>
    public const int SampleRate = 64;

    /// <summary>
    /// Up to how many matches (as the sample puts them) a search is counted exactly; above, its counts
    /// are the sample's times <see cref="SampleRate"/>. A count estimated from k sampled matches is off by
    /// about √k × <see cref="SampleRate"/> (one standard error: ±2.5 % at 100,000 matches, ±0.8 % at
    /// a million); the measured error is in the job-matching README.
    /// </summary>
    public int ExactUpTo { get; init; } = 10_000;

    private readonly ConcurrentDictionary<string, Lazy<Task<SearchCounts>>> _counting = new(StringComparer.Ordinal);

    /// <summary>
    /// Counts once in this process however many callers ask at once: the first caller's
    /// <paramref name="count"/> runs and the others await it. When the first caller's count fails (its
    /// request ended), each of the others counts for itself.
    /// </summary>
    public async Task<SearchCounts> ShareAsync(string key, Func<Task<SearchCounts>> count)
    {
        ArgumentNullException.ThrowIfNull(count);
        var mine = new Lazy<Task<SearchCounts>>(count);
        var shared = _counting.GetOrAdd(key, mine);
        try
        {
            return await shared.Value;
        }
        catch (Exception) when (!ReferenceEquals(shared, mine))
        {
            return await count();
        }
        finally
        {
            if (ReferenceEquals(shared, mine))
            {
                _counting.TryRemove(KeyValuePair.Create(key, mine));
            }
        }
    }
}
