using System.Threading.RateLimiting;
using Employment.ServiceDefaults.Security;
using Grpc.Core;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;

namespace Employment.Gateway.Pipeline;

/// <summary>
/// Rate limits: anonymous callers share a window per client address (办理进度 lookups a stricter one
/// of their own, <see cref="GatewayOptions.ProgressRateLimit"/>), banks one per bank code;
/// counters, admins and services are not limited here. Refusals carry a retry hint: 429 with
/// Retry-After on REST, RESOURCE_EXHAUSTED with grpc-retry-pushback-ms on gRPC.
/// </summary>
public static class GatewayRateLimits
{
    public static IServiceCollection AddGatewayRateLimits(this IServiceCollection services, GatewayOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return services.AddRateLimiter(limiter =>
        {
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => Partition(context, options));
            limiter.OnRejected = (rejected, _) =>
            {
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : options.PublicRateLimit.Window;
                return new ValueTask(GatewayErrors.WriteAsync(
                    rejected.HttpContext, StatusCode.ResourceExhausted,
                    "请求过于频繁，请按提示的等待时间后重试。 (Too many requests: retry after the hinted delay.)", "RATE_LIMITED", retryAfter));
            };
        });
    }

    private static RateLimitPartition<string> Partition(HttpContext context, GatewayOptions options)
    {
        if (context.Request.Path.StartsWithSegments("/healthz"))
        {
            return RateLimitPartition.GetNoLimiter("operators");
        }

        var call = GatewayCall.Of(context);
        var caller = call.Caller ?? Caller.Anonymous;
        if (caller.Role == CallerRole.Public && IsProgressLookup(context, call))
        {
            return Window("progress:" + context.Connection.RemoteIpAddress, options.ProgressRateLimit);
        }

        return caller switch
        {
            { Role: CallerRole.Bank, BankCode: { } bank } => Window("bank:" + bank, options.BankRateLimit),
            { Role: CallerRole.Public } => Window("address:" + context.Connection.RemoteIpAddress, options.PublicRateLimit),
            _ => RateLimitPartition.GetNoLimiter("staff"),
        };
    }

    /// <summary>A guess at a reference and its 查询码: any service's progress RPC, or the 办理进度 page's form sent.</summary>
    private static bool IsProgressLookup(HttpContext context, GatewayCall call) =>
        call.MethodPath?.EndsWith("/" + ProgressCodes.MethodName, StringComparison.OrdinalIgnoreCase) == true
        || (HttpMethods.IsPost(context.Request.Method) && context.Request.Path.StartsWithSegments(ProgressPagePath));

    /// <summary>The 办理进度 page (<c>Web/</c>), whose POST performs a lookup.</summary>
    public const string ProgressPagePath = "/progress";

    private static RateLimitPartition<string> Window(string key, RateLimitOptions limit) =>
        limit.PermitLimit <= 0
            ? RateLimitPartition.GetNoLimiter(key)
            : RateLimitPartition.GetFixedWindowLimiter(key, _ => FixedWindow(limit));

    /// <summary>A configured limit as a fixed window that refuses at once (no queue), for every gateway limit.</summary>
    public static FixedWindowRateLimiterOptions FixedWindow(RateLimitOptions limit)
    {
        ArgumentNullException.ThrowIfNull(limit);
        return new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit.PermitLimit,
            Window = limit.Window,
            QueueLimit = 0,
            AutoReplenishment = true,
        };
    }
}
