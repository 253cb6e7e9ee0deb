using System.Net;
using System.Security.Cryptography.X509Certificates;
using Grpc.AspNetCore.Server;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Transport.Tests.V1;

namespace Transport.Tests.Infrastructure;

/// <summary>How a <see cref="TestServer"/> is set up; every part is optional.</summary>
public sealed class TestServerOptions
{
    public Action<GrpcServiceOptions>? Grpc { get; init; }

    public Action<KestrelServerOptions>? Kestrel { get; init; }

    public HttpProtocols Protocols { get; init; } = HttpProtocols.Http2;

    /// <summary>Serve TLS with this certificate (ALPN picks h2).</summary>
    public X509Certificate2? Certificate { get; init; }

    public Action<IServiceCollection>? Services { get; init; }
}

/// <summary>
/// The test service on Kestrel at 127.0.0.1 on a free port, with its logs captured, plus clients
/// for it: generated ones over <see cref="GrpcChannel"/> and a raw HTTP/2 one for malformed input.
/// </summary>
public sealed class TestServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly List<IDisposable> _disposables = new();
    private RawGrpcClient? _raw;

    private TestServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
        Probe = app.Services.GetRequiredService<ServerProbe>();
        Logs = app.Services.GetRequiredService<LogCapture>();
    }

    public Uri Address { get; }

    public ServerProbe Probe { get; }

    public LogCapture Logs { get; }

    public RawGrpcClient Raw => _raw ??= Track(new RawGrpcClient(Address));

    public static async Task<TestServer> StartAsync(TestServerOptions? options = null)
    {
        options ??= new TestServerOptions();
        var logs = new LogCapture();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Debug);
        builder.Logging.AddProvider(logs);
        builder.Services.AddSingleton(logs);
        builder.Services.AddSingleton<ServerProbe>();
        // A handler that ignores cancellation must not hold a test's teardown for long.
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(5));
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0, listen =>
            {
                listen.Protocols = options.Protocols;
                if (options.Certificate is { } certificate)
                {
                    listen.UseHttps(certificate);
                }
            });
            options.Kestrel?.Invoke(kestrel);
        });
        builder.Services.AddGrpc(o => options.Grpc?.Invoke(o));
        options.Services?.Invoke(builder.Services);

        var app = builder.Build();
        app.MapGrpcService<TestServiceImpl>();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new TestServer(app, new Uri(address));
    }

    public GrpcChannel CreateChannel(GrpcChannelOptions? options = null) => Track(GrpcChannel.ForAddress(Address, options));

    public TransportTest.TransportTestClient CreateClient(GrpcChannelOptions? options = null) => new(CreateChannel(options));

    /// <summary>Proves the server still serves: a plain echo call through a fresh channel.</summary>
    public async Task AssertServesNormalCallAsync()
    {
        var client = CreateClient();
        var reply = await client.UnaryAsync(new Request { Text = "still alive" }, deadline: DateTime.UtcNow.AddSeconds(20));
        Assert.Equal("still alive", reply.Text);
    }

    private T Track<T>(T disposable)
        where T : IDisposable
    {
        lock (_disposables)
        {
            _disposables.Add(disposable);
        }

        return disposable;
    }

    public async ValueTask DisposeAsync()
    {
        lock (_disposables)
        {
            foreach (var disposable in _disposables)
            {
                disposable.Dispose();
            }
        }

        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
