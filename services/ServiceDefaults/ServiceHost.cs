using System.Net;
using Grpc.AspNetCore.Server;
using Employment.ServiceDefaults.Clients;
using Employment.ServiceDefaults.Configuration;
using Employment.ServiceDefaults.Errors;
using Employment.ServiceDefaults.Health;
using Employment.ServiceDefaults.Logging;
using Employment.ServiceDefaults.Protocol;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Telemetry;
using Employment.ServiceDefaults.Time;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace Employment.ServiceDefaults;

/// <summary>
/// Builds a service host the same way everywhere: Kestrel speaking gRPC over HTTP/2 (cleartext with
/// prior knowledge by default, TLS with ALPN when a certificate is configured), the standard health
/// and reflection services, and the module's own services.
/// </summary>
/// <remarks>
/// Configuration (appsettings, environment <c>Employment__...</c>, or command line):
/// <c>Listen:Address</c> (default 127.0.0.1), <c>Listen:Port</c> (default the module's),
/// <c>Listen:CertificatePath</c> and <c>Listen:CertificatePassword</c> for TLS; <c>Authentication:…</c>
/// for the keys bearer tokens are verified with (<see cref="Security.TokenOptions"/>).
/// </remarks>
public static class ServiceHost
{
    public static WebApplication Build(IServiceModule module, string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Configuration.AddPlatformSources();
        builder.Logging.WithoutDecodedRequestLines();
        var listen = builder.Configuration.GetSection("Listen");
        var address = IPAddress.Parse(listen["Address"] ?? "127.0.0.1");
        var port = listen.GetValue("Port", module.DefaultPort);
        var certificatePath = listen["CertificatePath"];
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(address, port, endpoint =>
            {
                endpoint.Protocols = HttpProtocols.Http2;
                if (!string.IsNullOrEmpty(certificatePath))
                {
                    endpoint.UseHttps(certificatePath, listen["CertificatePassword"]);
                }
            });
        });

        builder.Services.AddGrpc(options =>
            {
                options.EnableDetailedErrors = builder.Environment.IsDevelopment() && builder.Configuration.GetValue("Grpc:DetailedErrors", false);
                // An application may carry its 申报材料 (three files of 4 MiB at most, the contracts' limits): past gRPC's 4 MB default.
                options.MaxReceiveMessageSize = ServiceClientRegistration.MaxMessageBytes;
            })
            // REST from the contracts' google.api.http rules, answered by the service that owns the RPC
            // (the gateway routes REST paths here): the proto3 JSON mapping, 64-bit integers as strings,
            // default values left out, as Google.Protobuf's JsonFormatter writes them.
            .AddJsonTranscoding(transcoding =>
            {
                transcoding.JsonSettings.WriteInt64sAsStrings = true;
                transcoding.JsonSettings.IgnoreDefaultValues = true;
                // The error body is the google.rpc.Status of the details trailer, its Any details by type.
                transcoding.TypeRegistry = StatusDetails.Types;
            });
        // "self" answers for the process itself: with no other check a host is still SERVING, not UNKNOWN.
        builder.Services.AddGrpcHealthChecks().AddCheck(LivenessHealth.ProcessCheck, () => HealthCheckResult.Healthy());
        builder.Services.AddGrpcReflection();
        module.ConfigureServices(builder);
        configure?.Invoke(builder);
        RecentHealthReport.Register(builder.Services);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<ChinaClock>();
        builder.Services.TryAddSingleton<Security.ProgressGuesses>();

        // Who is calling: verified bearer tokens, and each method's declared roles enforced on every call.
        builder.AddCallerVerification(module.Name);

        // Every string and repeated field of a request within its documented maximum (limits.proto).
        builder.Services.Configure<GrpcServiceOptions>(options => options.Interceptors.Add<RequestLimitsInterceptor>());

        // Every refusal, from any interceptor or handler, leaves with its details here, the one place
        // (inside the refusal log, outside the bank binding and request limits).
        builder.Services.AddSingleton(new ErrorDomain(module.Name));
        builder.Services.Configure<GrpcServiceOptions>(options =>
        {
            options.Interceptors.Add<DomainRuleMapping>();
            var mapping = options.Interceptors[^1];
            options.Interceptors.RemoveAt(options.Interceptors.Count - 1);
            options.Interceptors.Insert(0, mapping);
        });

        // Outermost of the interceptors: every refusal is logged, the access check's too.
        builder.Services.Configure<GrpcServiceOptions>(options =>
        {
            options.Interceptors.Add<CallOutcomeLogging>();
            var logging = options.Interceptors[^1];
            options.Interceptors.RemoveAt(options.Interceptors.Count - 1);
            options.Interceptors.Insert(0, logging);
        });
        builder.AddPlatformTelemetry(module.Name);

        var app = builder.Build();
        app.Use(app.Services.GetRequiredService<RpcMetrics>().InvokeAsync);
        app.Use(UndecodableMessage.InvokeAsync);
        app.Use(GrpcTimeoutHeaderCheck.InvokeAsync);

        // JwtBearer, then the declared-access policy (the fallback policy): before any endpoint runs.
        app.UseAuthentication();
        app.UseAuthorization();
        app.Use(RestQueryCheck.InvokeAsync);
        app.Use(RestBodyCheck.InvokeAsync);
        module.MapEndpoints(app);
        app.MapGrpcHealthChecksService();
        app.MapGrpcReflectionService();
        app.MapServedServices();

        // The same health checks over plain HTTP (GET, HTTP/2), for the gateway's active health probes.
        app.MapHealthChecks("/healthz");
        return app;
    }
}
