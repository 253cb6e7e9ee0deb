using Employment.Web.Workbench;

namespace Employment.Launcher;

/// <summary>
/// <c>Employment.Launcher workbench [arguments]</c>: the clerks' workbench as its own process, in the launcher's
/// environment, with workbench.json's defaults overridden by its arguments (the provider's issuer:
/// <c>--Workbench:Authority=https://…/</c>; where each service listens: <c>--Services:applicants=http://…</c>). The
/// gateway routes <c>/workbench/…</c> to it. SIGTERM or Ctrl-C stops it.
/// </summary>
internal static class SingleWorkbench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var app = WorkbenchHost.Build([$"--environment={LaunchEnvironment.Resolve(args)}", "--Logging:LogLevel:Default=Warning", "--Logging:LogLevel:Microsoft.Hosting.Lifetime=Warning", .. args]);
        await app.RunAsync();
        return 0;
    }
}
