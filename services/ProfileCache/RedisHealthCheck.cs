using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Employment.ProfileCache;

/// <summary>
/// The profile cache's Redis, for the host's health (grpc.health.v1 and <c>/healthz</c>): a PING
/// through the process's multiplexer. Registered only when Redis is configured.
/// </summary>
/// <remarks>
/// Unhealthy while Redis cannot be reached, although reads then go through to the registry and keep
/// working: the operator sees the outage where every other dependency is reported.
/// </remarks>
internal sealed class RedisHealthCheck(RedisConnection redis) : IHealthCheck
{
    public const string Name = "redis";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var latency = await redis.PingAsync(cancellationToken).ConfigureAwait(false);
        return latency is { } answered
            ? HealthCheckResult.Healthy($"PING answered in {answered.TotalMilliseconds:0.#} ms")
            : new HealthCheckResult(context.Registration.FailureStatus, "Redis unreachable; profiles are read through to the registry");
    }
}
