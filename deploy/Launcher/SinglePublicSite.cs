using Employment.Web.Public;

namespace Employment.Launcher;

/// <summary>
/// <c>Employment.Launcher public-site [arguments]</c>: the job seekers' pages as their own process, in
/// the launcher's environment, with public-site.json's defaults overridden by its arguments (where
/// each service listens: <c>--Services:job-matching=http://…</c>; where it listens: <c>--Listen:Port=…</c>).
/// The gateway routes the pages to it. SIGTERM or Ctrl-C stops it.
/// </summary>
internal static class SinglePublicSite
{
    public static async Task<int> RunAsync(string[] args)
    {
        var app = PublicSiteHost.Build([$"--environment={LaunchEnvironment.Resolve(args)}", "--Logging:LogLevel:Default=Warning", "--Logging:LogLevel:Microsoft.Hosting.Lifetime=Warning", .. args]);
        await app.RunAsync();
        return 0;
    }
}
