using Microsoft.Extensions.Hosting;

namespace Employment.ProfileCache;

/// <summary>
/// Starts connecting to Redis when the host starts, so that the first requests find the connection
/// made. Never delays or fails the start: without Redis the cache reads through to the registry.
/// </summary>
internal sealed class ProfileCacheWarmUp(RedisConnection redis) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = redis.Configured; // resolving the connection has started it
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
