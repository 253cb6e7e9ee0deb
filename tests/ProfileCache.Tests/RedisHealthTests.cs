using Employment.ProfileCache;
using Employment.ServiceDefaults;
using Employment.TestInfrastructure;
using Grpc.Health.V1;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using ServingStatus = Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus;

using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ProfileCache.Tests;

/// <summary>A service host with the profile cache: its health report follows Redis.</summary>
public sealed class RedisHealthTests
{
    [Fact(Timeout = 120_000)]
    public async Task Redis_down_is_reported_degraded_while_the_host_keeps_serving_and_healthy_again_when_it_is_back()
    {
        await using var redis = await RedisServer.StartNewAsync();
        await using var host = await CacheHost.StartAsync(redis.Configuration);
        var health = new Health.HealthClient(host.Channel);
        Assert.Equal(ServingStatus.Serving, (await health.CheckAsync(new HealthCheckRequest())).Status);
        Assert.Equal(ServingStatus.Serving, (await health.CheckAsync(new HealthCheckRequest { Service = Health.Descriptor.FullName })).Status);

        await redis.StopAsync();

        // Reads go through to the registry without Redis: still SERVING, for the whole server and each
        // service, while the report names Redis degraded.
        var checks = host.Services.GetRequiredService<HealthCheckService>();
        Assert.Equal(HealthStatus.Degraded, (await checks.CheckHealthAsync()).Entries["redis"].Status);
        Assert.Equal(ServingStatus.Serving, (await health.CheckAsync(new HealthCheckRequest())).Status);
        Assert.Equal(ServingStatus.Serving, (await health.CheckAsync(new HealthCheckRequest { Service = Health.Descriptor.FullName })).Status);

        await redis.StartAsync();

        await Eventually.ReturnsAsync(
            async () => (await checks.CheckHealthAsync()).Entries["redis"].Status, status => status == HealthStatus.Healthy, "the Redis check back with Redis");
    }

    [Fact(Timeout = 120_000)]
    public async Task Without_redis_configured_there_is_no_redis_check_and_the_host_serves()
    {
        await using var host = await CacheHost.StartAsync(redis: "");
        var health = new Health.HealthClient(host.Channel);

        Assert.Equal(ServingStatus.Serving, (await health.CheckAsync(new HealthCheckRequest())).Status);
        var checks = host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckServiceOptions>>().Value;
        Assert.DoesNotContain(checks.Registrations, r => r.Name == "redis");
    }

    /// <summary>A service host whose only module is the profile cache (the registry is never called).</summary>
    private static class CacheHost
    {
        public static Task<ServiceUnderTest> StartAsync(string redis) =>
            ServiceUnderTest.StartAsync(new Module(), [$"--ConnectionStrings:Redis={redis}", "--ProfileCache:RegistryAddress=http://127.0.0.1:9", "--ProfileCache:CallerService=health-test"]);

        private sealed class Module : IServiceModule
        {
            public string Name => "profile-cache-host";

            public int DefaultPort => 0;

            public void ConfigureServices(WebApplicationBuilder builder) => builder.Services.AddProfileCache(builder.Configuration);

            public void MapEndpoints(WebApplication app)
            {
            }
        }
    }
}
