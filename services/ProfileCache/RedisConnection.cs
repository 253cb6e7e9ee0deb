using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Employment.ProfileCache;

/// <summary>
/// The process's one <see cref="ConnectionMultiplexer"/>, or nothing when Redis is not configured.
/// The client does the reconnecting: <c>AbortOnConnectFail=false</c> lets the process start without
/// Redis and keeps trying in the background (every <see cref="ProfileCacheOptions.RedisRetryInterval"/>);
/// <c>BacklogPolicy.FailFast</c> makes a command fail at once while no connection is up instead of
/// queueing it; subscriptions are restored by the client after a reconnect.
/// </summary>
/// <remarks>
/// What is left here: a command that times out on a connection that is up (a Redis that hangs
/// rather than closes) leaves Redis alone for <see cref="ProfileCacheOptions.RedisRetryInterval"/>,
/// so a hung server costs one timeout per interval, not one per call; and when the connection comes
/// back, in-process copies stop counting as fresh (invalidations published meanwhile were missed).
/// </remarks>
internal sealed class RedisConnection : IAsyncDisposable, IDisposable
{
    private readonly ProfileCacheOptions _options;
    private readonly InProcessProfileCache _local;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly Task<ConnectionMultiplexer>? _connecting;
    private long _restingUntilTicks;
    private int _subscribed;

    public RedisConnection(ProfileCacheOptions options, InProcessProfileCache local, ILogger<RedisConnection> logger, TimeProvider time)
    {
        _options = options;
        _local = local;
        _logger = logger;
        _time = time;
        if (!string.IsNullOrWhiteSpace(options.RedisConfiguration))
        {
            _connecting = ConnectAsync(ClientConfiguration(options));
        }
    }

    /// <summary>Raised when the connection comes back after an outage (the registry replays its pending invalidations).</summary>
    public event Action? Restored;

    public bool Configured => _connecting is not null;

    /// <summary>Completes when the first connection attempt has (successfully or not) ended.</summary>
    public Task Connecting => _connecting ?? Task.CompletedTask;

    /// <summary>
    /// The database, or null when Redis is not configured, not connected, or resting after a timeout.
    /// Waits at most the connect timeout for the first connection.
    /// </summary>
    public async ValueTask<IDatabase?> TryGetDatabaseAsync(CancellationToken cancellationToken)
    {
        if (_connecting is null || _time.GetUtcNow().UtcTicks < Interlocked.Read(ref _restingUntilTicks))
        {
            return null;
        }

        ConnectionMultiplexer multiplexer;
        try
        {
            multiplexer = await _connecting.WaitAsync(_options.RedisConnectTimeout, _time, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // Still making the first connection: read through to the registry meanwhile.
            _logger.LogDebug("Redis profile cache still connecting; reading through to the registry");
            return null;
        }

        if (!multiplexer.IsConnected)
        {
            return null;
        }

        if (Volatile.Read(ref _subscribed) == 0)
        {
            // Redis was down when the process started: subscribe now that it answers.
            _ = SubscribeAsync(multiplexer);
        }

        return multiplexer.GetDatabase();
    }

    /// <summary>Runs one Redis command (bounded by the client's operation timeout); false when Redis did not answer.</summary>
    public async Task<(bool Ok, T Value)> TryRunAsync<T>(Func<IDatabase, Task<T>> command, CancellationToken cancellationToken)
    {
        var database = await TryGetDatabaseAsync(cancellationToken).ConfigureAwait(false);
        if (database is null)
        {
            return (false, default!);
        }

        try
        {
            return (true, await command(database).WaitAsync(cancellationToken).ConfigureAwait(false));
        }
        catch (RedisTimeoutException e)
        {
            Rest(e);
            return (false, default!);
        }
        catch (RedisException e)
        {
            // The connection dropped under the command: the client reconnects by itself.
            _logger.LogDebug("Redis command failed: {Error}", e.Message);
            return (false, default!);
        }
    }

    /// <summary>PING through the multiplexer (for the health check); null when Redis is not reachable.</summary>
    public async Task<TimeSpan?> PingAsync(CancellationToken cancellationToken)
    {
        if (_connecting is null)
        {
            return null;
        }

        try
        {
            var multiplexer = await _connecting.WaitAsync(_options.RedisConnectTimeout, _time, cancellationToken).ConfigureAwait(false);
            return multiplexer.IsConnected ? await multiplexer.GetDatabase().PingAsync().WaitAsync(cancellationToken).ConfigureAwait(false) : null;
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_connecting is not null)
        {
            try
            {
                await (await _connecting.ConfigureAwait(false)).DisposeAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is RedisException or TimeoutException)
            {
                // Never connected: nothing to close.
            }
        }
    }

    public void Dispose()
    {
        // A host disposes asynchronously; this is for a container disposed synchronously.
        _connecting?.ContinueWith(t => t.Result.Dispose(), CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
    }

    private static ConfigurationOptions ClientConfiguration(ProfileCacheOptions options)
    {
        var config = ConfigurationOptions.Parse(options.RedisConfiguration!);
        config.AbortOnConnectFail = false;
        config.ConnectTimeout = (int)options.RedisConnectTimeout.TotalMilliseconds;
        config.SyncTimeout = (int)options.RedisOperationTimeout.TotalMilliseconds;
        config.AsyncTimeout = (int)options.RedisOperationTimeout.TotalMilliseconds;
        config.ConnectRetry = 1;
        config.KeepAlive = 1;
        config.BacklogPolicy = BacklogPolicy.FailFast;
        config.ReconnectRetryPolicy = new LinearRetry((int)options.RedisRetryInterval.TotalMilliseconds);
        return config;
    }

    private void Rest(Exception error)
    {
        var until = _time.GetUtcNow() + _options.RedisRetryInterval;
        var previous = Interlocked.Exchange(ref _restingUntilTicks, until.UtcTicks);
        if (previous < _time.GetUtcNow().UtcTicks - _options.RedisRetryInterval.Ticks)
        {
            // Once per outage rather than once per call.
            _logger.LogWarning("Redis profile cache not answering, reading through to the registry: {Error}", error.Message);
        }
    }

    private async Task<ConnectionMultiplexer> ConnectAsync(ConfigurationOptions config)
    {
        var multiplexer = await ConnectionMultiplexer.ConnectAsync(config).ConfigureAwait(false);
        multiplexer.ConnectionFailed += (_, e) =>
        {
            if (e.ConnectionType == ConnectionType.Interactive)
            {
                _logger.LogWarning("Redis profile cache connection lost ({FailureType}); reading through to the registry", e.FailureType);
            }
        };
        multiplexer.ConnectionRestored += (_, e) =>
        {
            // Invalidations published meanwhile were missed: no in-process copy is fresh any more.
            _local.Distrust();
            if (e.ConnectionType == ConnectionType.Interactive)
            {
                _logger.LogInformation("Redis profile cache connection restored");
                Interlocked.Exchange(ref _restingUntilTicks, 0);
                _ = SubscribeAsync(multiplexer);
                Restored?.Invoke();
            }
        };
        await SubscribeAsync(multiplexer).ConfigureAwait(false);
        return multiplexer;
    }

    /// <summary>Subscribes once to the invalidation channel; the client keeps the subscription across reconnects.</summary>
    private async Task SubscribeAsync(ConnectionMultiplexer multiplexer)
    {
        if (!_local.Enabled || !multiplexer.IsConnected || Interlocked.Exchange(ref _subscribed, 1) == 1)
        {
            return;
        }

        try
        {
            await multiplexer.GetSubscriber().SubscribeAsync(RedisChannel.Literal(ProfileKeys.InvalidationChannel), (_, message) =>
            {
                if (ProfileKeys.TryParseInvalidation(message, out var kind, out var id, out var version))
                {
                    _local.Invalidate(kind, id, version);
                }
            }).ConfigureAwait(false);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            // A refused or slow SUBSCRIBE (RedisTimeoutException is a TimeoutException, not a RedisException)
            // must not fail the connection itself: tried again when the connection is restored.
            Interlocked.Exchange(ref _subscribed, 0);
            _logger.LogWarning("Could not subscribe to profile invalidations: {Error}", e.Message);
        }
    }
}
