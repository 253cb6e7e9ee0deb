using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Employment.ProfileCache;

/// <summary>
/// The process's one connection to Redis, or nothing when Redis is not configured. Connects in the
/// background with short timeouts and <c>AbortOnConnectFail=false</c>, so the multiplexer keeps
/// reconnecting on its own; a small circuit leaves Redis alone for
/// <see cref="ProfileCacheOptions.RedisRetryInterval"/> after a failure instead of paying a
/// timeout on every call while it is down. Subscribes to the invalidation channel and forwards its
/// messages to the in-process cache.
/// </summary>
internal sealed class RedisConnection : IDisposable
{
    private readonly ProfileCacheOptions _options;
    private readonly InProcessProfileCache _local;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly Task<ConnectionMultiplexer>? _connecting;
    private long _closedUntilTicks;
    private int _subscribed;

    public RedisConnection(ProfileCacheOptions options, InProcessProfileCache local, ILogger<RedisConnection> logger, TimeProvider time)
    {
        _options = options;
        _local = local;
        _logger = logger;
        _time = time;
        if (!string.IsNullOrWhiteSpace(options.RedisConfiguration))
        {
            _connecting = ConnectAsync(options.RedisConfiguration);
        }
    }

    /// <summary>Raised when the connection comes back after an outage (the registry replays its pending invalidations).</summary>
    public event Action? Restored;

    public bool Configured => _connecting is not null;

    /// <summary>Completes when the first connection attempt has (successfully or not) ended.</summary>
    public Task Connecting => _connecting ?? Task.CompletedTask;

    /// <summary>
    /// The database, or null when Redis is not configured, not connected, or resting after a failure.
    /// Waits at most the connect timeout for the first connection.
    /// </summary>
    public async ValueTask<IDatabase?> TryGetDatabaseAsync(CancellationToken cancellationToken)
    {
        if (_connecting is null || _time.GetUtcNow().UtcTicks < Interlocked.Read(ref _closedUntilTicks))
        {
            return null;
        }

        ConnectionMultiplexer multiplexer;
        try
        {
            // The first connection (a cold start includes loading the client): wait a little for it.
            multiplexer = _connecting.IsCompletedSuccessfully
                ? _connecting.Result
                : await _connecting.WaitAsync(_options.RedisConnectTimeout + _options.RedisOperationTimeout, _time, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException) when (!_connecting.IsCompleted)
        {
            // Still connecting: not a failure, so the next call (e.g. populating after a registry read) tries again.
            _logger.LogDebug("Redis profile cache still connecting; reading through to the registry");
            return null;
        }
        catch (Exception e) when (e is TimeoutException or RedisException)
        {
            ReportFailure(e);
            return null;
        }

        if (!multiplexer.IsConnected)
        {
            ReportFailure(null);
            return null;
        }

        EnsureSubscribed(multiplexer);
        return multiplexer.GetDatabase();
    }

    /// <summary>Runs one Redis command bounded by the operation timeout; a failure opens the circuit.</summary>
    public async Task<(bool Ok, T Value)> TryRunAsync<T>(Func<IDatabase, Task<T>> command, CancellationToken cancellationToken)
    {
        var database = await TryGetDatabaseAsync(cancellationToken).ConfigureAwait(false);
        if (database is null)
        {
            return (false, default!);
        }

        try
        {
            return (true, await command(database).WaitAsync(_options.RedisOperationTimeout, _time, cancellationToken).ConfigureAwait(false));
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            ReportFailure(e);
            return (false, default!);
        }
    }

    public void Dispose()
    {
        if (_connecting is { IsCompletedSuccessfully: true })
        {
            _connecting.Result.Dispose();
        }
        else
        {
            _connecting?.ContinueWith(t => t.Result.Dispose(), TaskContinuationOptions.OnlyOnRanToCompletion);
        }
    }

    private void ReportFailure(Exception? error)
    {
        var until = _time.GetUtcNow() + _options.RedisRetryInterval;
        var previous = Interlocked.Exchange(ref _closedUntilTicks, until.UtcTicks);
        if (previous < _time.GetUtcNow().UtcTicks - _options.RedisRetryInterval.Ticks)
        {
            // Once per outage rather than once per call.
            _logger.LogWarning("Redis profile cache unavailable, reading through to the registry: {Error}", error?.Message ?? "not connected");
        }
    }

    private async Task<ConnectionMultiplexer> ConnectAsync(string configuration)
    {
        var config = ConfigurationOptions.Parse(configuration);
        config.AbortOnConnectFail = false;
        config.ConnectTimeout = (int)_options.RedisConnectTimeout.TotalMilliseconds;
        config.SyncTimeout = (int)_options.RedisOperationTimeout.TotalMilliseconds;
        config.ConnectRetry = 1;
        config.KeepAlive = 1;
        var multiplexer = await ConnectionMultiplexer.ConnectAsync(config).ConfigureAwait(false);
        multiplexer.ConnectionFailed += (_, e) =>
        {
            if (e.ConnectionType == ConnectionType.Interactive)
            {
                _logger.LogWarning("Redis profile cache connection lost ({FailureType})", e.FailureType);
            }
        };
        multiplexer.ConnectionRestored += (_, e) =>
        {
            if (e.ConnectionType == ConnectionType.Subscription)
            {
                // Invalidations published meanwhile were missed: no in-process copy is fresh any more.
                _local.Distrust();
            }

            if (e.ConnectionType == ConnectionType.Interactive)
            {
                _logger.LogInformation("Redis profile cache connection restored");
                _local.Distrust();
                Interlocked.Exchange(ref _closedUntilTicks, 0);
                Restored?.Invoke();
            }
        };
        // On a cold start the handshake can outlast the connect timeout: the multiplexer then comes
        // back "connected" but refuses commands for a moment. Wait (briefly) until it answers.
        var deadline = _time.GetUtcNow() + _options.RedisConnectTimeout;
        while (multiplexer.IsConnected)
        {
            try
            {
                await multiplexer.GetDatabase().PingAsync().WaitAsync(_options.RedisOperationTimeout, _time).ConfigureAwait(false);
                break;
            }
            catch (Exception e) when (e is RedisException or TimeoutException && _time.GetUtcNow() < deadline)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(25), _time).ConfigureAwait(false);
            }
            catch (Exception e) when (e is RedisException or TimeoutException)
            {
                break;
            }
        }

        if (multiplexer.IsConnected)
        {
            EnsureSubscribed(multiplexer);
        }

        return multiplexer;
    }

    private void EnsureSubscribed(ConnectionMultiplexer multiplexer)
    {
        if (!_local.Enabled || Interlocked.Exchange(ref _subscribed, 1) == 1)
        {
            return;
        }

        // The multiplexer re-subscribes by itself after reconnecting.
        multiplexer.GetSubscriber().SubscribeAsync(ProfileKeys.InvalidationChannel, (_, message) =>
        {
            if (ProfileKeys.TryParseInvalidation(message, out var kind, out var id, out var version))
            {
                _local.Invalidate(kind, id, version);
            }
        }).ContinueWith(
            t =>
            {
                Interlocked.Exchange(ref _subscribed, 0);
                _logger.LogWarning("Could not subscribe to profile invalidations: {Error}", t.Exception?.GetBaseException().Message);
            },
            CancellationToken.None,
            TaskContinuationOptions.OnlyOnFaulted,
            TaskScheduler.Default);
    }
}
