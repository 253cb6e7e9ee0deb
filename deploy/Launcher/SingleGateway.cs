using Employment.Gateway;

namespace Employment.Launcher;

/// <summary>
/// <c>Employment.Launcher gateway [arguments]</c>: the gateway as its own process, in the launcher's
/// environment, with gateway.json's defaults overridden by its arguments (each copy of a service is a
/// destination of its cluster: <c>--ReverseProxy:Clusters:startup-loans:Destinations:startup-loans-2:Address=…</c>).
/// SIGTERM or Ctrl-C stops it.
/// </summary>
internal static class SingleGateway
{
    public static async Task<int> RunAsync(string[] args)
    {
        var app = GatewayHost.Build([$"--environment={LaunchEnvironment.Resolve(args)}", "--Logging:LogLevel:Default=Warning", "--Logging:LogLevel:Microsoft.Hosting.Lifetime=Warning", .. args]);
        await app.RunAsync();
        return 0;
    }
}
