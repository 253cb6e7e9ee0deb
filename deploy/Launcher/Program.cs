using Employment.Launcher;
using Employment.ServiceDefaults;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

// Starts every registered service with embedded defaults, says where each listens, and stops them
// all on Ctrl-C. Arguments are passed to every service host; a service's own settings go under its
// name, e.g. --interop-test:Listen:Port=6000.
var apps = new List<(IServiceModule Module, WebApplication App)>();

// Quiet by default (one listing below says where everything is); later arguments override.
// Development: a local run, with each service's demo data (fictional people and employers).
// Sample values of the R3 configuration parameters (demo-configuration/, each marked sample: true).
string[] defaults =
[
    "--environment=Development", "--DataDirectory=.data", "--Logging:LogLevel:Default=Warning", "--Logging:LogLevel:Microsoft.Hosting.Lifetime=Warning",
    $"--Policy:ConfigurationPaths:0={Path.Combine(AppContext.BaseDirectory, "demo-configuration")}",
];
var stopping = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stopping.Cancel();
};
AppDomain.CurrentDomain.ProcessExit += (_, _) => stopping.Cancel();

try
{
    // Each service is told where the ones started before it listen (--Services:<name>=<address>),
    // so a service finds the registry even when ports are chosen at start (Listen:Port=0).
    var started = new List<string>();
    foreach (var module in RegisteredServices.All)
    {
        var app = ServiceHost.Build(module, [.. defaults, .. started, .. ServiceArguments.For(module, args)]);
        await module.InitializeAsync(app, stopping.Token);
        await app.StartAsync(stopping.Token);
        apps.Add((module, app));
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        if (address is not null)
        {
            started.Add($"--Services:{module.Name}={address}");
        }
    }

    Console.WriteLine($"Employment platform: {apps.Count} service(s) running. Ctrl-C stops them.");
    foreach (var (module, app) in apps)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        Console.WriteLine($"  {module.Name,-16} gRPC (HTTP/2) at {string.Join(", ", addresses)}");
    }

    Console.WriteLine("Each serves grpc.health.v1.Health and server reflection, so any gRPC tool can list and call it.");
    await Task.Delay(Timeout.Infinite, stopping.Token).ContinueWith(_ => { }, TaskScheduler.Default);
}
finally
{
    Console.WriteLine("Stopping...");
    foreach (var (_, app) in Enumerable.Reverse(apps))
    {
        using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await app.StopAsync(grace.Token);
        await app.DisposeAsync();
    }

    Console.WriteLine("Stopped.");
}
