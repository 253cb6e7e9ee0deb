using Employment.ServiceDefaults.Configuration;
using Employment.Web.Kit.Hosting;
using Employment.Web.Kit.SignIn;
using Employment.Web.Public.Site;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
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
        builder.ListenForTheGateway();
        // The antiforgery keys, as every copy of the site must read them.
        builder.ShareKeysAmongCopies("public-site");
        if (options.HallOpen)
        {
            builder.Services.TrustTheGatewaysForwarding(options.TrustedProxyNetworks);
            builder.Services.AddBrowserSignIn(options.SignIn);
        }

        builder.AddPublicSite(options);
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseSiteErrors(PublicSite.ErrorPage);
        if (options.HallOpen)
        {
            app.UseForwardedHeaders();
            app.UseAuthentication();
            app.UseAuthorization();
        }

        // Alive is all the gateway asks: a page whose service is down still renders, saying so.
        app.MapGet("/healthz", () => Results.Text("ok"));
        app.MapPublicSite();
        return app;
    }
}
