using System.Net;
using Employment.ServiceDefaults.Configuration;
using Employment.Web.Kit.Hosting;
using Employment.Web.Kit.SignIn;
using Employment.Web.Workbench.Site;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Employment.Web.Workbench;

/// <summary>
/// Builds the clerks' workbench, as its own program and inside the local launcher: one HTTP/1.1 port that only the
/// gateway calls (<c>/workbench/…</c> is routed here), the screens, the sign-in through the identity provider, and
/// <c>/healthz</c> for the gateway's health checks.
/// </summary>
/// <remarks>
/// Defaults come from <c>workbench.json</c> beside the assembly; appsettings, <c>Employment__</c> environment
/// variables and the command line override them (<c>--Workbench:Authority=…</c>, <c>--Services:applicants=…</c>).
/// </remarks>
public static class WorkbenchHost
{
    public const string DefaultsFile = "workbench.json";

    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Configuration.AddPlatformSources(DefaultsFile);
        var options = builder.Configuration.GetSection(WorkbenchOptions.SectionName).Get<WorkbenchOptions>() ?? new WorkbenchOptions();
        builder.Services.AddSingleton(options);
        builder.ListenForTheGateway();
        // The session cookies and the forms' tokens, as every copy of the workbench must read them.
        builder.ShareKeysAmongCopies("workbench");
        builder.Services.TrustTheGatewaysForwarding(options.TrustedProxyNetworks);
        builder.Services.AddBrowserSignIn(options.SignIn);
        builder.Services.AddScreenClients(builder.Configuration, options);
        builder.Services.AddWorkbenchScreens();
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseSiteErrors(WorkbenchSite.ErrorPage);
        app.UseForwardedHeaders();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        // Alive is all the gateway asks: a screen whose service is down still renders, saying so.
        app.MapGet("/healthz", () => Results.Text("ok"));
        app.MapWorkbenchScreens();
        return app;
    }
}
