using Google.Protobuf;
using Microsoft.Extensions.Caching.Memory;

namespace Employment.ProfileCache;

/// <summary>
/// This process's own copies of profiles, bounded by <see cref="ProfileCacheOptions.InProcessEntries"/>.
/// A copy is fresh for <see cref="ProfileCacheOptions.Ttl"/> and then kept for
/// <see cref="ProfileCacheOptions.StaleRetention"/> more, to be served when the registry is down.
/// </summary>
/// <remarks>
/// Invalidation messages record the latest version per profile here, so a copy older than a known
/// write is never fresh, even when it arrives after the message (a read racing a write). When the
/// Redis connection comes back, messages may have been missed: every copy then stops being fresh
/// (<see cref="Distrust"/>), though it stays available as a stale fallback.
/// </remarks>
internal sealed class InProcessProfileCache : IDisposable
{
    private readonly MemoryCache? _cache;
    private readonly ProfileCacheOptions _options;
    private readonly TimeProvider _time;
    private long _generation;

    public InProcessProfileCache(ProfileCacheOptions options, TimeProvider time)
    {
        _options = options;
        _time = time;
        if (options.InProcessEntries > 0)
        {
            _cache = new MemoryCache(new MemoryCacheOptions
            {
                // Entries and version marks, one unit each: room for a mark per entry.
                SizeLimit = options.InProcessEntries * 2L,
                CompactionPercentage = 0.1,
            });
        }
    }

    public bool Enabled => _cache is not null;

    /// <summary>A copy served as fresh: within the TTL, not older than a known write, not distrusted.</summary>
    public bool TryGetFresh<T>(ProfileKind kind, string id, out T profile)
        where T : class, IMessage<T>
    {
        profile = null!;
        if (TryGetAny<T>(kind, id, out var entry) && IsFresh(kind, id, entry))
        {
            profile = (T)entry.Profile;
            return true;
        }

        return false;
    }

    /// <summary>Any copy still retained, fresh or not (for the stale fallback).</summary>
    public bool TryGetRetained<T>(ProfileKind kind, string id, out Entry entry)
        where T : class, IMessage<T> => TryGetAny<T>(kind, id, out entry);

    public void Set(ProfileKind kind, string id, IMessage profile, long version, DateTimeOffset readFromRegistryAt)
    {
        if (_cache is null || version < KnownVersion(kind, id))
        {
            return;
        }

        var entry = new Entry(profile, version, readFromRegistryAt, Volatile.Read(ref _generation));
        var freshFor = _options.Ttl - (_time.GetUtcNow() - readFromRegistryAt);
        var keepFor = (freshFor > TimeSpan.Zero ? freshFor : TimeSpan.Zero) + _options.StaleRetention;
        if (keepFor <= TimeSpan.Zero)
        {
            return;
        }

        _cache.Set(EntryKey(kind, id), entry, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = keepFor });
    }

    /// <summary>Records a write: copies older than <paramref name="version"/> stop being fresh.</summary>
    public void Invalidate(ProfileKind kind, string id, long version)
    {
        if (_cache is null)
        {
            return;
        }

        if (version > KnownVersion(kind, id))
        {
            _cache.Set(VersionKey(kind, id), version, new MemoryCacheEntryOptions
            {
                Size = 1,
                AbsoluteExpirationRelativeToNow = _options.Ttl + _options.StaleRetention,
                Priority = CacheItemPriority.High,
            });
        }
    }

    /// <summary>Every copy held now stops being fresh (invalidations may have been missed).</summary>
    public void Distrust() => Interlocked.Increment(ref _generation);

    public long KnownVersion(ProfileKind kind, string id) =>
        _cache is not null && _cache.TryGetValue(VersionKey(kind, id), out long version) ? version : long.MinValue;

    public void Dispose() => _cache?.Dispose();

    private bool TryGetAny<T>(ProfileKind kind, string id, out Entry entry)
        where T : class, IMessage<T>
    {
        if (_cache is not null && _cache.TryGetValue(EntryKey(kind, id), out Entry? found) && found is { Profile: T })
        {
            entry = found;
            return true;
        }

        entry = null!;
        return false;
    }

    private bool IsFresh(ProfileKind kind, string id, Entry entry) =>
        entry.Generation == Volatile.Read(ref _generation)
        && _time.GetUtcNow() - entry.ReadFromRegistryAt < _options.Ttl
        && entry.Version >= KnownVersion(kind, id);

    private static string EntryKey(ProfileKind kind, string id) => ProfileKeys.Entry(kind, id);

    private static string VersionKey(ProfileKind kind, string id) => ProfileKeys.Version(kind, id);

    /// <summary>A retained copy: the profile, its version, and when it was read from the registry.</summary>
    public sealed record Entry(IMessage Profile, long Version, DateTimeOffset ReadFromRegistryAt, long Generation);
}
