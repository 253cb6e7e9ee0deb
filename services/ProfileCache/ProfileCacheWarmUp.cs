using Microsoft.Extensions.Hosting;

namespace Employment.ProfileCache;

/// <summary>
/// Connects to Redis when the host starts, so that the first requests find the connection made.
/// Waits at most <see cref="ProfileCacheOptions.StartupRedisWait"/> and never fails the start:
/// without Redis the cache reads through to the registry, and the connection keeps trying.
/// </summary>
internal sealed class ProfileCacheWarmUp(RedisConnection redis, ProfileCacheOptions options) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await redis.Connecting.WaitAsync(options.StartupRedisWait, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is TimeoutException or StackExchange.Redis.RedisException)
        {
            // Not connected yet: reads go to the registry until it is.
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
