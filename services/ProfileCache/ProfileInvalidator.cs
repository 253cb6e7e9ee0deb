using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Employment.ProfileCache;

/// <summary>The registry's invalidation on every write (see <see cref="IProfileInvalidator"/>).</summary>
internal sealed class ProfileInvalidator : IProfileInvalidator, IDisposable
{
    // Records the latest version (never lowering it), deletes the entry and tells every process.
    private const string InvalidateScript = """
        local latest = tonumber(redis.call('GET', KEYS[2]) or '-1')
        if tonumber(ARGV[1]) > latest then
          redis.call('SET', KEYS[2], ARGV[1], 'PX', ARGV[2])
        else
          redis.call('PEXPIRE', KEYS[2], ARGV[2])
        end
        redis.call('DEL', KEYS[1])
        redis.call('PUBLISH', ARGV[3], ARGV[4])
        return 1
        """;

    private readonly RedisConnection _redis;
    private readonly InProcessProfileCache _local;
    private readonly ProfileCacheOptions _options;
    private readonly ILogger _logger;

    // Invalidations Redis could not take, replayed when it is back (latest version per profile).
    private readonly ConcurrentDictionary<(ProfileKind Kind, string Id), long> _pending = new();

    // While invalidations are pending, retried every RedisRetryInterval (the restored event alone
    // fires before the connection takes commands).
    private readonly ITimer _retry;
    private int _replaying;

    public ProfileInvalidator(RedisConnection redis, InProcessProfileCache local, ProfileCacheOptions options, ILogger<ProfileInvalidator> logger, TimeProvider time)
    {
        _redis = redis;
        _local = local;
        _options = options;
        _logger = logger;
        _retry = time.CreateTimer(_ => _ = ReplayPendingAsync(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _redis.Restored += () => _ = ReplayPendingAsync();
    }

    public void Dispose() => _retry.Dispose();

    public Task InvalidatePersonAsync(string personId, long newVersion, CancellationToken cancellationToken = default) =>
        InvalidateAsync(ProfileKind.Person, personId, newVersion, cancellationToken);

    public Task InvalidateEmployerAsync(string employerId, long newVersion, CancellationToken cancellationToken = default) =>
        InvalidateAsync(ProfileKind.Employer, employerId, newVersion, cancellationToken);

    internal int PendingCount => _pending.Count;

    private async Task InvalidateAsync(ProfileKind kind, string id, long newVersion, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        _local.Invalidate(kind, id, newVersion);
        if (!_redis.Configured)
        {
            return;
        }

        if (!await TrySendAsync(kind, id, newVersion, cancellationToken).ConfigureAwait(false))
        {
            _pending.AddOrUpdate((kind, id), newVersion, (_, existing) => Math.Max(existing, newVersion));
            _retry.Change(_options.RedisRetryInterval, _options.RedisRetryInterval);
            _logger.LogWarning("Redis unavailable: invalidation of {Kind} {Id} version {Version} kept to replay", ProfileKeys.KindName(kind), id, newVersion);
            return;
        }

        if (!_pending.IsEmpty)
        {
            await ReplayPendingAsync().ConfigureAwait(false);
        }
    }

    private async Task<bool> TrySendAsync(ProfileKind kind, string id, long version, CancellationToken cancellationToken)
    {
        var (ok, _) = await _redis.TryRunAsync(
            db => db.ScriptEvaluateAsync(
                InvalidateScript,
                [ProfileKeys.Entry(kind, id), ProfileKeys.Version(kind, id)],
                [version, (long)_options.VersionKeyTtl.TotalMilliseconds, ProfileKeys.InvalidationChannel, ProfileKeys.InvalidationMessage(kind, id, version)]),
            cancellationToken).ConfigureAwait(false);
        return ok;
    }

    private async Task ReplayPendingAsync()
    {
        if (Interlocked.Exchange(ref _replaying, 1) == 1)
        {
            return;
        }

        try
        {
            foreach (var ((kind, id), version) in _pending.ToArray())
            {
                if (!await TrySendAsync(kind, id, version, CancellationToken.None).ConfigureAwait(false))
                {
                    return;
                }

                _pending.TryRemove(new KeyValuePair<(ProfileKind, string), long>((kind, id), version));
            }

            if (_pending.IsEmpty)
            {
                _retry.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
                _logger.LogInformation("Pending profile invalidations replayed");
            }
        }
        catch (Exception e)
        {
            _logger.LogWarning("Replaying profile invalidations failed: {Error}", e.Message);
        }
        finally
        {
            Interlocked.Exchange(ref _replaying, 0);
        }
    }
}
