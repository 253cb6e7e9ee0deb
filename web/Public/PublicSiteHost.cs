using System.Net;
using Employment.ServiceDefaults.Configuration;
using Employment.Web.Public.Site;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Employment.Web.Public;

/// <summary>
/// Builds the public site (the job seekers' pages), both as its own program and inside the local
/// launcher: one HTTP/1.1 port (<c>Listen:Address</c>, <c>Listen:Port</c>) that only the gateway calls (a YARP cluster like any service's), the
/// pages, and <c>/healthz</c> for the gateway's health checks.
/// </summary>
/// <remarks>
/// Defaults come from <c>public-site.json</c> beside the assembly; appsettings, <c>Employment__</c>
/// environment variables and the command line override them (e.g. <c>--Services:job-matching=http://10.0.0.5:5105</c>).
/// </remarks>
public static class PublicSiteHost
{
    public const string DefaultsFile = "public-site.json";

    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Configuration.AddPlatformSources(DefaultsFile);
        var options = builder.Configuration.GetSection(PublicSiteOptions.SectionName).Get<PublicSiteOptions>() ?? new PublicSiteOptions();
        builder.Services.AddSingleton(options);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            // The gateway is its only caller: HTTP/1.1 on loopback or the pod's address (port 0: one the system chooses).
            var listen = builder.Configuration.GetSection("Listen");
            kestrel.Listen(IPAddress.Parse(listen["Address"] ?? "127.0.0.1"), listen.GetValue<int>("Port"), endpoint => endpoint.Protocols = HttpProtocols.Http1);
        });
        SharedKeys(builder);
        builder.AddPublicSite(options);
        configure?.Invoke(builder);

        var app = builder.Build();
        // Alive is all the gateway asks: a page whose service is down still renders, saying so.
        app.MapGet("/healthz", () => Results.Text("ok"));
        app.MapPublicSite();
        return app;
    }

    /// <summary>
    /// A form rendered by one copy of the site is posted to whichever copy the gateway picks, so every
    /// copy reads the same antiforgery keys: in the platform's Redis (<c>ConnectionStrings:Redis</c>) where
    /// there is one; a single local copy keeps ASP.NET Core's own per-user key folder.
    /// </summary>
    private static void SharedKeys(WebApplicationBuilder builder)
    {
        var protection = builder.Services.AddDataProtection().SetApplicationName("employment-public-site");
        if (builder.Configuration.GetConnectionString("Redis") is { Length: > 0 } redis)
        {
            var connection = new Lazy<StackExchange.Redis.IConnectionMultiplexer>(() => StackExchange.Redis.ConnectionMultiplexer.Connect(redis));
            protection.PersistKeysToStackExchangeRedis(() => connection.Value.GetDatabase(), "employment:public-site:data-protection-keys");
        }
    }
}
