using System.Diagnostics;
using System.Diagnostics.Metrics;
using Employment.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Employment.ServiceDefaults.Telemetry;

/// <summary>
/// One histogram of gRPC calls, by service, method and gRPC status (OpenTelemetry's RPC semantic
/// conventions): its count is the rate, its buckets the latency, and the status tag the errors.
/// ASP.NET Core's own <c>http.server.request.duration</c> cannot tell them apart, since a failed gRPC
/// call is still HTTP 200.
/// </summary>
public sealed class RpcMetrics : IDisposable
{
    public const string MeterName = PlatformTelemetry.SourcePrefix + "Rpc";

    private readonly Meter _meter;
    private readonly Histogram<double> _duration;
    private readonly AccessRules _rules;

    public RpcMetrics(IMeterFactory meters, AccessRules rules)
    {
        _meter = meters.Create(MeterName);
        _rules = rules;
        _duration = _meter.CreateHistogram<double>(
            "rpc.server.call.duration",
            unit: "s",
            description: "Duration of gRPC calls answered (or proxied) by this host.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] });
    }

    /// <summary>Times every gRPC request that passes (registered first in the pipeline).</summary>
    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (context.Request.ContentType?.StartsWith("application/grpc", StringComparison.OrdinalIgnoreCase) != true)
        {
            await next(context);
            return;
        }

        // Nothing listens (no exporter, no MeterListener): the call's tags are not even built.
        if (!_duration.Enabled)
        {
            await next(context);
            return;
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            Record(context, Stopwatch.GetElapsedTime(started));
        }
    }

    private void Record(HttpContext context, TimeSpan elapsed)
    {
        // Only the contracts' own method names become tags: a caller inventing paths cannot grow the series.
        var path = context.Request.Path.Value ?? "";
        var known = _rules.IsKnown(path);
        var slash = path.LastIndexOf('/');
        var tags = new TagList
        {
            { "rpc.system", "grpc" },
            { "rpc.service", known && slash > 0 ? path[1..slash] : "unknown" },
            { "rpc.method", known && slash > 0 ? path[(slash + 1)..] : "unknown" },
            { "rpc.grpc.status_code", GrpcStatus.Of(context) },
        };
        _duration.Record(elapsed.TotalSeconds, tags);
    }

    public void Dispose() => _meter.Dispose();
}

/// <summary>The gRPC status a call ended with, from the trailers (or Trailers-Only headers), else from the HTTP status.</summary>
public static class GrpcStatus
{
    public static int Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (int.TryParse(context.Response.Headers.GrpcStatus.ToString(), out var trailersOnly))
        {
            return trailersOnly;
        }

        var trailers = context.Features.Get<IHttpResponseTrailersFeature>()?.Trailers;
        if (trailers is not null && int.TryParse(trailers.GrpcStatus.ToString(), out var status))
        {
            return status;
        }

        // No grpc-status at all: the HTTP status as gRPC clients map it (PROTOCOL-HTTP2, "HTTP to gRPC status").
        return context.Response.StatusCode switch
        {
            400 => 13, // INTERNAL
            401 => 16, // UNAUTHENTICATED
            403 => 7,  // PERMISSION_DENIED
            404 => 12, // UNIMPLEMENTED
            429 or 502 or 503 or 504 => 14, // UNAVAILABLE
            _ => 2,    // UNKNOWN
        };
    }
}
