using System.Collections.Concurrent;

namespace Employment.Jobs.Search;

/// <summary>The total and the facets of a search's matches (what its first page shows beside the hits).</summary>
public sealed record SearchCounts(int Total, SearchFacets Facets);

/// <summary>
/// The counts of recent searches, kept per text and filter set for a short time. Counting is what a
/// broad first page costs (every match is read; the page itself reads only its rows), and the same
/// few queries come again and again: the figures in the README say how much this saves. A count may
/// lag a new or removed posting by at most <see cref="Lifetime"/>; the hits never do. One per process
/// (a singleton): each replica keeps its own.
/// </summary>
public sealed class SearchCountCache(TimeProvider time, TimeSpan lifetime, int capacity = 10_000)
{
    /// <summary>How long counts are kept when the host does not say.</summary>
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, (DateTimeOffset Until, SearchCounts Counts)> _entries = new(StringComparer.Ordinal);

    public TimeSpan Lifetime => lifetime;

    /// <summary>The counts kept for <paramref name="key"/>, or null when none are or they are too old.</summary>
    public SearchCounts? Find(string key)
    {
        if (_entries.TryGetValue(key, out var entry))
        {
            if (entry.Until > time.GetUtcNow())
            {
                return entry.Counts;
            }

            _entries.TryRemove(KeyValuePair.Create(key, entry));
        }

        return null;
    }

    public void Keep(string key, SearchCounts counts)
    {
        if (lifetime <= TimeSpan.Zero)
        {
            return;
        }

        // Bounded: past the capacity the old entries go first, then all of them (a burst of distinct
        // queries must not grow the process).
        if (_entries.Count >= capacity)
        {
            var now = time.GetUtcNow();
            foreach (var (k, v) in _entries)
            {
                if (v.Until <= now)
                {
                    _entries.TryRemove(k, out _);
                }
            }

            if (_entries.Count >= capacity)
            {
                _entries.Clear();
            }
        }

        _entries[key] = (time.GetUtcNow() + lifetime, counts);
    }
}
