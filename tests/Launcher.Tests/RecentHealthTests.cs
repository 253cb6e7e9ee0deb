using Employment.ServiceDefaults;
using Employment.TestInfrastructure;
using Grpc.Health.V1;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Xunit;
using ServingStatus = Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus;

namespace Launcher.Tests;

/// <summary>
/// A grpc.health.v1 probe is answered from one recent run of the host's checks (at most a second old),
/// not by running every check, and the database round trip with it, for each probe; a caller asking for
/// the whole report (/healthz, an operator) still gets the checks run afresh.
/// </summary>
public sealed class RecentHealthTests
{
    [Fact(Timeout = 60_000)]
    public async Task Probes_are_answered_from_a_shared_recent_run_of_the_checks_not_one_run_each()
    {
        await using var service = await ServiceUnderTest.StartAsync<WithSwitchableCheck>();
        var health = service.Client<Health.HealthClient>();
        var check = service.Services.GetRequiredService<SwitchableCheck>();

        const int probes = 20;
        for (var i = 0; i < probes; i++)
        {
            var asked = new HealthCheckRequest { Service = i % 2 == 0 ? "" : "liveness" };
            Assert.Equal(ServingStatus.Serving, (await health.CheckAsync(asked)).Status);
        }

        // One run serves every probe within a second of it: fewer runs than probes however slow the machine.
        Assert.InRange(check.Runs, 1, probes - 1);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_failing_check_reaches_the_whole_report_at_once_and_the_probes_once_their_report_is_stale()
    {
        await using var service = await ServiceUnderTest.StartAsync<WithSwitchableCheck>();
        var health = service.Client<Health.HealthClient>();
        var check = service.Services.GetRequiredService<SwitchableCheck>();
        Assert.Equal(ServingStatus.Serving, (await health.CheckAsync(new HealthCheckRequest())).Status);

        check.Healthy = false;

        var whole = await service.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();
        Assert.Equal(HealthStatus.Unhealthy, whole.Entries["database"].Status);
        await Eventually.ReturnsAsync(
            async () => (await health.CheckAsync(new HealthCheckRequest())).Status,
            status => status == ServingStatus.NotServing,
            "the whole server NOT_SERVING once the probes' report is renewed");
        Assert.Equal(ServingStatus.Serving, (await health.CheckAsync(new HealthCheckRequest { Service = "liveness" })).Status);
    }

    /// <summary>A dependency check whose answer the test sets, counting how often it runs.</summary>
    public sealed class SwitchableCheck : IHealthCheck
    {
        private int _runs;

        public volatile bool Healthy = true;

        public int Runs => Volatile.Read(ref _runs);

        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _runs);
            return Task.FromResult(Healthy ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("PostgreSQL does not answer."));
        }
    }

    public sealed class WithSwitchableCheck : IServiceModule
    {
        public string Name => "switchable-database";

        public int DefaultPort => 0;

        public void ConfigureServices(WebApplicationBuilder builder)
        {
            builder.Services.AddSingleton<SwitchableCheck>();
            builder.Services.AddHealthChecks().AddCheck<SwitchableCheck>("database");
        }

        public void MapEndpoints(WebApplication app)
        {
        }
    }
}
