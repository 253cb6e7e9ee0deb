using Employment.ServiceDefaults;
using Employment.TestInfrastructure;
using Grpc.Health.V1;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Xunit;

namespace Launcher.Tests;

/// <summary>
/// "gRPC readiness and liveness probes against grpc.health.v1": the Kubernetes liveness probe
/// asks every host for `liveness`, which follows the process only, so a host whose database is away is
/// taken out of rotation by readiness ("", NOT_SERVING) but not restarted by liveness (SERVING).
/// </summary>
public sealed class LivenessHealthTests
{
    [Fact(Timeout = 30_000)]
    public async Task Liveness_is_SERVING_while_a_dependency_check_fails_and_the_whole_server_is_NOT_SERVING()
    {
        await using var service = await ServiceUnderTest.StartAsync<WithAbsentDatabase>();
        var health = service.Client<Health.HealthClient>();

        Assert.Equal(HealthCheckResponse.Types.ServingStatus.NotServing, (await health.CheckAsync(new HealthCheckRequest())).Status);
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, (await health.CheckAsync(new HealthCheckRequest { Service = "liveness" })).Status);
    }

    /// <summary>A host whose one dependency check fails, as a service's database check does while PostgreSQL is down.</summary>
    public sealed class WithAbsentDatabase : IServiceModule
    {
        public string Name => "absent-database";

        public int DefaultPort => 0;

        public void ConfigureServices(WebApplicationBuilder builder) =>
            builder.Services.AddHealthChecks().AddCheck("database", () => HealthCheckResult.Unhealthy("PostgreSQL does not answer."));

        public void MapEndpoints(WebApplication app)
        {
        }
    }
}
