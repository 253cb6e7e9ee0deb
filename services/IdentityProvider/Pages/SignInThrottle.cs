using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using static Employment.IdentityProvider.Pages.ProviderPages;

namespace Employment.IdentityProvider.Pages;

/// <summary>
/// Sign-in attempts limited per address (<see cref="IdentityProviderOptions.SignInAttemptsPerAddressPerMinute"/>,
/// ASP.NET Core's rate limiter, a sliding minute), the address being the caller's as the gateway forwards it
/// (X-Forwarded-For from a trusted proxy). Past the limit the attempt is answered 429 with Retry-After and a page
/// saying when to try again, and kept in the sign-in log; nothing is locked.
/// </summary>
public static partial class SignInThrottle
{
    public const string Policy = "sign-in-attempts";

    public static void AddSignInThrottle(this IServiceCollection services, IdentityProviderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        services.Configure<ForwardedHeadersOptions>(forwarded =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // The gateway adds one hop; a caller's own X-Forwarded-For beyond it is not believed.
            forwarded.ForwardLimit = 1;
            foreach (var network in options.TrustedProxyNetworks)
            {
                forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(Policy, context => RateLimitPartition.GetSlidingWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new SlidingWindowRateLimiterOptions
                {
                    PermitLimit = options.SignInAttemptsPerAddressPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    SegmentsPerWindow = 6,
                    QueueLimit = 0,
                }));
            limiter.OnRejected = async (rejected, cancellationToken) =>
            {
                var context = rejected.HttpContext;
                var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? (int)Math.Ceiling(after.TotalSeconds) : 10;
                Throttled(context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SignInThrottle)), context.Request.Path, Address(context));
                context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.WriteAsync(Frame("请稍后再试", $"从本网络登录的尝试过于频繁，请 {seconds} 秒后再试。", "<p class=\"hint\">这不会锁定您的账号。</p>"), cancellationToken);
            };
        });
    }

    /// <summary>The caller's address from the trusted gateway's header, before anything reads it; then the limiter.</summary>
    public static void UseSignInThrottle(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseForwardedHeaders();
        app.UseRateLimiter();
    }

    [LoggerMessage(EventId = 4217, Level = LogLevel.Warning, Message = "Sign-in attempts throttled: {Path} from {Address}")]
    private static partial void Throttled(ILogger logger, string path, string address);
}
