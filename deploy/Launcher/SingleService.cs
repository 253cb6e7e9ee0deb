using Employment.ServiceDefaults;

namespace Employment.Launcher;

/// <summary>
/// <c>Employment.Launcher serve &lt;name&gt; [arguments]</c>: one registered service as its own process,
/// as production runs it (one process per copy; containers and pods run this command). It takes the
/// launcher's defaults and environment, then its arguments; <c>PostgresServer</c> (a connection
/// string without a database, best as a secret file) gives the service its own database on that
/// server (<see cref="PostgresServerModule"/>). SIGTERM or Ctrl-C stops it.
/// </summary>
internal static class SingleService
{
    public static async Task<int> RunAsync(string[] args)
    {
        var module = args.Length > 0 ? RegisteredServices.All.FirstOrDefault(m => m.Name == args[0]) : null;
        if (module is null)
        {
            await Console.Error.WriteLineAsync($"usage: serve <{string.Join('|', RegisteredServices.All.Select(m => m.Name))}> [--Key=value ...]");
            return 2;
        }

        var rest = args[1..];
        IServiceModule served = new PostgresServerModule(module);
        var app = ServiceHost.Build(served, [.. LaunchDefaults.For(LaunchEnvironment.Resolve(rest)), .. rest]);
        await served.InitializeAsync(app, CancellationToken.None);
        await app.RunAsync();
        return 0;
    }
}
