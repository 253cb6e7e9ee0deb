using System.Threading.RateLimiting;
using Employment.ServiceDefaults.Security;
using Grpc.Core;
using Microsoft.AspNetCore.Http;

namespace Employment.Gateway.Pipeline;

/// <summary>
/// Throttles a client address whose tokens keep failing (2,000 forged-token calls
/// were never throttled, because a refused call never reached the rate limiter). Each refused token
/// costs its address one permit of the public limit's size and window; while the address has none
/// left, a call carrying a token this gateway has not already verified is answered RESOURCE_EXHAUSTED
/// before its signature is even checked, so forging tokens costs the gateway almost nothing. What
/// fails is throttled, not who succeeds: valid tokens never use a permit, and a token already verified
/// (<see cref="VerifiedTokens"/>) still passes while its address is throttled, so one attacker behind
/// an office's NAT does not lock the office's clerks out.
/// </summary>
public sealed class FailedTokenThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string>? _failures;
    private readonly TimeSpan _window;
    private readonly VerifiedTokens? _verified;

    public FailedTokenThrottle(GatewayOptions options, VerifiedTokens? verified = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _verified = verified;
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
        if (_failures.GetStatistics(address)?.CurrentAvailablePermits == 0 && !KnownGood(context))
        {
            await GatewayErrors.WriteAsync(context, StatusCode.ResourceExhausted,
                "该地址被拒绝的令牌过多，请按提示的等待时间后重试。 (Too many refused tokens from this address: retry after the hinted delay.)", "TOO_MANY_REFUSED_TOKENS", _window);
            return;
        }

        await next(context);
        if (PlatformAuthentication.TokenFailure(context) is not null)
        {
            using var _ = _failures.AttemptAcquire(address);
        }
    }

    public void Dispose() => _failures?.Dispose();

    private bool KnownGood(HttpContext context) =>
        _verified is not null && context.Request.Headers.Authorization.ToString() is { Length: > 7 } header
        && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && _verified.Knows(header[7..].Trim());
}
