using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Employment.ServiceDefaults.Telemetry;

/// <summary>
/// Traces and metrics for every host of the platform (each service and the gateway), with OpenTelemetry.
/// </summary>
/// <remarks>
/// A caller's W3C <c>traceparent</c> is continued through the gateway (YARP forwards the current
/// activity) to the service, and from the service to the registry (HttpClient), by the runtime itself:
/// ASP.NET Core starts an activity for each request (continuing the caller's trace) and HttpClient
/// sends it on, so log lines carry the trace id with no SDK. The OpenTelemetry SDK, which records each
/// activity (tags, propagators, sampling), is added only when its recordings go somewhere: an OTLP
/// endpoint is configured (<c>OpenTelemetry:OtlpEndpoint</c> or the standard
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>). Without one it recorded every call for nobody, about 10 µs
/// of CPU per call and hop (the gateway profile). The launcher configures none.
/// <c>OpenTelemetry:RecordWithoutExporter=true</c> adds the SDK anyway (<see cref="RecordWithoutExporterKey"/>).
/// </remarks>
public static class PlatformTelemetry
{
    /// <summary>Our own activity sources and meters all start with this.</summary>
    public const string SourcePrefix = "Employment.";

    public static void AddPlatformTelemetry(this WebApplicationBuilder builder, string serviceName)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var endpoint = builder.Configuration["OpenTelemetry:OtlpEndpoint"] ?? builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        builder.Services.AddSingleton<RpcMetrics>();
        var exporting = !string.IsNullOrWhiteSpace(endpoint);
        if (!exporting && !builder.Configuration.GetValue<bool>(RecordWithoutExporterKey))
        {
            return;
        }

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(options => options.Filter = context => !IsHealthProbe(context.Request.Path))
                .AddHttpClientInstrumentation()
                // Npgsql reports every command on its own ActivitySource named "Npgsql".
                .AddSource("Npgsql")
                .AddSource(SourcePrefix + "*"))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddMeter(RpcMetrics.MeterName));
        if (exporting)
        {
            telemetry.UseOtlpExporter(OpenTelemetry.Exporter.OtlpExportProtocol.Grpc, new Uri(endpoint!));
        }
    }

    /// <summary>
    /// Adds the SDK with no exporter, for an in-process listener that wants the spans as an exporter
    /// would see them (named by route, with their tags), such as the loans service's trace test. The
    /// SDK listens process-wide: in a process holding several hosts it records every host's activities.
    /// </summary>
    public const string RecordWithoutExporterKey = "OpenTelemetry:RecordWithoutExporter";

    // Load balancers and the gateway probe these every few seconds: no trace for them.
    private static bool IsHealthProbe(Microsoft.AspNetCore.Http.PathString path) =>
        path.StartsWithSegments("/healthz") || path.StartsWithSegments("/grpc.health.v1.Health");
}
