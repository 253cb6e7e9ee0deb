using Employment.ServiceDefaults;
using Employment.TestInfrastructure;
using Interop.Service;

namespace Interop.Tests;

/// <summary>Our interop server on a free loopback port: TestService, health and reflection on our service host.</summary>
public sealed class InteropServer : IAsyncDisposable
{
    private readonly ServiceUnderTest _host;

    private InteropServer(ServiceUnderTest host) => _host = host;

    public int Port => _host.Port;

    /// <summary>Built by the same <see cref="ServiceHost"/> as every service, on a free port.</summary>
    public static async Task<InteropServer> StartAsync() => new(await ServiceUnderTest.StartAsync<InteropServiceModule>());

    public ValueTask DisposeAsync() => _host.DisposeAsync();
}
