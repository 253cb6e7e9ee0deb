using System.Threading.RateLimiting;
using Employment.ServiceDefaults.Security;
using Grpc.Core;
using Microsoft.AspNetCore.Http;

namespace Employment.Gateway.Pipeline;

/// <summary>
/// Throttles a client address whose tokens keep failing (issue 12, item 6: 2,000 forged-token calls
/// were never throttled, because a refused call never reached the rate limiter). Each refused token
/// costs its address one permit of the public limit's size and window; while the address has none
/// left, a call carrying a token is answered RESOURCE_EXHAUSTED before its signature is even checked,
/// so forging tokens costs the gateway almost nothing. Valid tokens never use a permit.
/// </summary>
public sealed class FailedTokenThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string>? _failures;
    private readonly TimeSpan _window;

    public FailedTokenThrottle(GatewayOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var limit = options.PublicRateLimit;
        _window = limit.Window;
        _failures = limit.PermitLimit <= 0 ? null : PartitionedRateLimiter.Create<string, string>(address =>
            RateLimitPartition.GetFixedWindowLimiter(address, _ => GatewayRateLimits.FixedWindow(limit)));
    }

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (_failures is null || context.Request.Headers.Authorization.Count == 0)
        {
            await next(context);
            return;
        }

        var address = "failed:" + context.Connection.RemoteIpAddress;
        if (_failures.GetStatistics(address)?.CurrentAvailablePermits == 0)
        {
            await GatewayErrors.WriteAsync(context, StatusCode.ResourceExhausted, "Too many refused tokens from this address: retry after the hinted delay.", _window);
            return;
        }

        await next(context);
        if (PlatformAuthentication.TokenFailure(context) is not null)
        {
            using var _ = _failures.AttemptAcquire(address);
        }
    }

    public void Dispose() => _failures?.Dispose();
}
