using Employment.ServiceDefaults;
using Employment.TestInfrastructure;
using Grpc.Health.V1;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace TestInfrastructure.Tests;

/// <summary>The one test host: a module on a free port, its start-up work done, configured by the test, gone when disposed.</summary>
public sealed class ServiceUnderTestTests
{
    [Fact(Timeout = 30_000)]
    public async Task A_module_starts_on_a_free_port_after_its_start_up_work_and_answers_health()
    {
        await using var service = await ServiceUnderTest.StartAsync<Recording>();
        Assert.StartsWith("http://127.0.0.1:", service.Address, StringComparison.Ordinal);
        Assert.NotEqual(0, service.Port);
        Assert.True(service.Services.GetRequiredService<Recording.Marks>().Initialized);
        var health = await service.Client<Health.HealthClient>().CheckAsync(new HealthCheckRequest());
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, health.Status);
    }

    [Fact(Timeout = 30_000)]
    public async Task Arguments_and_builder_configuration_reach_the_host_and_logs_are_captured_only_when_asked()
    {
        var log = new CapturedLog(LogLevel.Trace);
        await using var service = await ServiceUnderTest.StartAsync<Recording>(["--Recording:Label=from-arguments"], b => b.Logging.AddProvider(log));
        Assert.Equal("from-arguments", service.Services.GetRequiredService<Recording.Marks>().Label);
        Assert.Contains(log.Lines, l => l.Contains("recording started", StringComparison.Ordinal));
    }

    [Fact(Timeout = 30_000)]
    public async Task After_disposal_nothing_listens_on_the_port()
    {
        var service = await ServiceUnderTest.StartAsync<Recording>();
        var address = service.Address;
        await service.DisposeAsync();
        using var channel = Grpc.Net.Client.GrpcChannel.ForAddress(address);
        var error = await Assert.ThrowsAsync<Grpc.Core.RpcException>(() => new Health.HealthClient(channel).CheckAsync(new HealthCheckRequest()).ResponseAsync);
        Assert.Equal(Grpc.Core.StatusCode.Unavailable, error.StatusCode);
    }

    /// <summary>A module that records its start-up work and one setting.</summary>
    public sealed class Recording : IServiceModule
    {
        public string Name => "recording";

        public int DefaultPort => 0;

        public void ConfigureServices(WebApplicationBuilder builder) =>
            builder.Services.AddSingleton(new Marks { Label = builder.Configuration["Recording:Label"] });

        public void MapEndpoints(WebApplication app)
        {
        }

        public Task InitializeAsync(WebApplication app, CancellationToken cancellationToken)
        {
            app.Services.GetRequiredService<Marks>().Initialized = true;
            app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Recording").LogInformation("recording started");
            return Task.CompletedTask;
        }

        public sealed class Marks
        {
            public string? Label { get; init; }

            public bool Initialized { get; set; }
        }
    }
}
