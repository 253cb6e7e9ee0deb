using Employment.ServiceDefaults;
using Interop.Service;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Interop.Tests;

/// <summary>Our interop server on a free loopback port: TestService, health and reflection on our service host.</summary>
public sealed class InteropServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private InteropServer(WebApplication app, int port)
    {
        _app = app;
        Port = port;
    }

    public int Port { get; }

    /// <summary>Built by the same <see cref="ServiceHost"/> as every service, on a free port.</summary>
    public static async Task<InteropServer> StartAsync()
    {
        var app = ServiceHost.Build(new InteropServiceModule(), ["--Listen:Port=0", .. Employment.TestInfrastructure.TestCallers.HostArguments], b => b.Logging.ClearProviders());
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new InteropServer(app, new Uri(address).Port);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
