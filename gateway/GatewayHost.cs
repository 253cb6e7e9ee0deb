using System.Net;
using Employment.Gateway.Health;
using Employment.Gateway.OpenApi;
using Employment.Gateway.Pipeline;
using Employment.Gateway.Rest;
using Employment.ServiceDefaults;
using Employment.ServiceDefaults.Configuration;
using Employment.ServiceDefaults.Logging;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Yarp.ReverseProxy.Health;

namespace Employment.Gateway;

/// <summary>
/// Builds the gateway, both as its own program and inside the local launcher: Kestrel ports, YARP
/// from the <c>ReverseProxy</c> section (YARP's own schema), and the pipeline
/// log → strip identity headers → roles → rate limits → REST transcoding or proxy; the public site's
/// pages are one more cluster (<see cref="SiteRoute"/>).
/// </summary>
/// <remarks>
/// Defaults come from <c>gateway.json</c> beside the assembly; appsettings, <c>Employment__</c>
/// environment variables and the command line override them (e.g.
/// <c>--ReverseProxy:Clusters:applicants:Destinations:applicants-1:Address=http://10.0.0.5:5101</c>).
/// </remarks>
public static class GatewayHost
{
    public const string DefaultsFile = "gateway.json";

    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Configuration.AddPlatformSources(DefaultsFile);
        builder.Logging.WithoutDecodedRequestLines();
        var options = builder.Configuration.GetSection(GatewayOptions.SectionName).Get<GatewayOptions>() ?? new GatewayOptions();
        builder.Services.AddSingleton(options);
        builder.WebHost.ConfigureKestrel(kestrel => Listen(kestrel, options));

        builder.AddCallerVerification("gateway");
        builder.AddPlatformTelemetry("gateway");
        builder.Services.AddSingleton<GatewayAccess>();
        var bindings = new HttpBindings(ContractDescriptors.Files);
        builder.Services.AddSingleton(bindings);
        var subsidyRoutes = SubsidyRoutes.AddTo(builder.Configuration);
        builder.Services.AddSingleton(subsidyRoutes);
        var routes = RestRoutes.AddTo(builder.Configuration, bindings, subsidyRoutes);
        builder.Services.AddSingleton(routes);
        builder.Services.AddGatewayGrpcServices(routes);
        builder.Services.AddSingleton<OpenApiDocument>();
        builder.Services.AddGatewayRateLimits(options);
        builder.Services.AddSingleton(sp => new FailedTokenThrottle(sp.GetRequiredService<GatewayOptions>(), sp.GetService<VerifiedTokens>()));
        builder.Services.AddReverseProxy().LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"));
        builder.Services.AddSingleton<IPassiveHealthCheckPolicy, RefusedConnectionHealthPolicy>();
        configure?.Invoke(builder);

        var app = builder.Build();
        app.Use(app.Services.GetRequiredService<RpcMetrics>().InvokeAsync);
        // Every REST and page answer says what it is and nothing else: a browser never sniffs a JSON
        // answer into a script or a page (gRPC clients read no such header, so their answers skip it).
        app.Use((context, next) =>
        {
            if (context.Request.ContentType?.StartsWith("application/grpc", StringComparison.OrdinalIgnoreCase) != true)
            {
                // Once, whoever wrote the answer: a page proxied from the public site already carries it.
                context.Response.OnStarting(() =>
                {
                    if (!context.Response.Headers.ContainsKey(Microsoft.Net.Http.Headers.HeaderNames.XContentTypeOptions))
                    {
                        context.Response.Headers.XContentTypeOptions = "nosniff";
                    }

                    return Task.CompletedTask;
                });
            }

            return next(context);
        });
        app.UseMiddleware<RequestLogMiddleware>();
        app.UseMiddleware<IdentityHeaderStripping>();
        app.Use(app.Services.GetRequiredService<FailedTokenThrottle>().InvokeAsync);
        // JwtBearer reads a token only from the authorization header: without one its answer is always
        // "no result", so an anonymous call skips the authentication work (the profile).
        app.UseWhen(TokenAuthentication.HasToken, branch => branch.UseAuthentication());
        app.UseMiddleware<AccessMiddleware>();
        // The access check has already judged a call that names an RPC by the declared-access policy;
        // the fallback policy judges everything else (not the same policy twice per call).
        app.UseWhen(context => !GatewayCall.Of(context).Judged, branch => branch.UseAuthorization());
        app.UseRateLimiter();
        app.MapGet("/healthz", GatewayHealth.Summary);
        app.MapGet("/healthz/details", GatewayHealth.Details);
        app.MapGatewayGrpcServices();
        app.MapGet("/openapi.json", (OpenApiDocument document) => Results.Text(document.Json, "application/json; charset=utf-8"));
        // Anything no route takes gets an answer a client can read, not an empty 404 or 405.
        app.MapFallback("{*path}", GatewayErrors.NoSuchRouteAsync);
        app.MapReverseProxy(proxy =>
        {
            proxy.Use(ProxyErrors.InvokeAsync);
            // Before load balancing, so that a call refused at connect is balanced again over the other copies.
            proxy.Use(ConnectRetry.InvokeAsync);
            proxy.UseSessionAffinity();
            proxy.UseLoadBalancing();
            proxy.UsePassiveHealthChecks();
        });
        return app;
    }

    private static void Listen(KestrelServerOptions kestrel, GatewayOptions options)
    {
        kestrel.AddServerHeader = false;
        var address = IPAddress.Parse(options.Address);
        if (!string.IsNullOrEmpty(options.CertificatePath))
        {
            // TLS lets ALPN choose HTTP/2 (gRPC) or HTTP/1.1 (REST) on one port.
            kestrel.Listen(address, options.TlsPort, endpoint =>
            {
                endpoint.Protocols = HttpProtocols.Http1AndHttp2;
                endpoint.UseHttps(options.CertificatePath, options.CertificatePassword);
            });
            return;
        }

        kestrel.Listen(address, options.HttpPort, endpoint => endpoint.Protocols = HttpProtocols.Http1);
        kestrel.Listen(address, options.GrpcPort, endpoint => endpoint.Protocols = HttpProtocols.Http2);
    }
}
