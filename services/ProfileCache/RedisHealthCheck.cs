using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Employment.ProfileCache;

/// <summary>
/// The profile cache's Redis, for the host's health (grpc.health.v1 and <c>/healthz</c>): a PING
/// through the process's multiplexer. Registered only when Redis is configured.
/// </summary>
/// <remarks>
/// Registered with failure status Degraded: while Redis cannot be reached, reads go through to the
/// registry and keep working, so the host stays SERVING (and in the gateway's rotation) while
/// <c>/healthz</c> and the health report show Redis degraded, where the operator sees every dependency.
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
