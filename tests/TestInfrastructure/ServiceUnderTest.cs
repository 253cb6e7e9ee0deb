using Employment.ServiceDefaults;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Employment.TestInfrastructure;

/// <summary>
/// One service module on a real port as a test meets it: built by <see cref="ServiceHost"/> exactly as
/// its Program and the launcher build it, on a free port (Listen:Port=0), trusting the test key and
/// carrying a service token of its own (<see cref="TestCallers.ServiceHostArguments"/>), its start-up
/// work done (<see cref="IServiceModule.InitializeAsync"/>), then started; quiet unless the test's
/// builder configuration adds a logger (e.g. a <see cref="CapturedLog"/>). Every test project's hosts
/// are made of these, so how a service is started for tests lives in this one file.
/// </summary>
public sealed class ServiceUnderTest : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ServiceUnderTest(WebApplication app)
    {
        _app = app;
        Address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Channel = GrpcChannel.ForAddress(Address);
    }

    /// <summary>The service's gRPC address, e.g. http://127.0.0.1:41234.</summary>
    public string Address { get; }

    public int Port => new Uri(Address).Port;

    /// <summary>The host's container, to inspect what it registered or reach its database.</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>One channel to the service, disposed with it.</summary>
    public GrpcChannel Channel { get; }

    /// <summary>
    /// Starts <paramref name="module"/>. <paramref name="arguments"/> come after the test caller
    /// arguments (so they win); <paramref name="configure"/> runs after the module's own registrations
    /// (so a test's clock or interceptor is the one used).
    /// </summary>
    public static async Task<ServiceUnderTest> StartAsync(IServiceModule module, IEnumerable<string>? arguments = null, Action<WebApplicationBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(module);
        var app = ServiceHost.Build(
            module,
            ["--Listen:Port=0", .. TestCallers.ServiceHostArguments(module.Name), .. arguments ?? []],
            builder =>
            {
                builder.Logging.ClearProviders();
                configure?.Invoke(builder);
            });
        try
        {
            await module.InitializeAsync(app, CancellationToken.None);
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        return new ServiceUnderTest(app);
    }

    /// <inheritdoc cref="StartAsync(IServiceModule, IEnumerable{string}?, Action{WebApplicationBuilder}?)"/>
    public static Task<ServiceUnderTest> StartAsync<TModule>(IEnumerable<string>? arguments = null, Action<WebApplicationBuilder>? configure = null)
        where TModule : IServiceModule, new() =>
        StartAsync(new TModule(), arguments, configure);

    /// <summary>
    /// A generated client (e.g. <c>PolicyCatalog.PolicyCatalogClient</c>) over <see cref="Channel"/>,
    /// whose every refusal is checked for its status details (<see cref="DetailedRefusals"/>).
    /// </summary>
    public TClient Client<TClient>()
        where TClient : ClientBase<TClient> =>
        (TClient)Activator.CreateInstance(typeof(TClient), Channel.Intercept(new DetailedRefusals()))!;

    public async ValueTask DisposeAsync()
    {
        Channel.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
