using Employment.Gateway;
using Employment.TestInfrastructure;
using Grpc.Health.V1;
using Grpc.Net.Client;
using Microsoft.Extensions.Logging;
using Xunit;

namespace Gateway.Tests.Pipeline;

/// <summary>
/// "gRPC readiness and liveness probes against grpc.health.v1": the gateway's `liveness`
/// follows its own process, so a service with no healthy copy (NOT_SERVING under its name) never gets
/// the door restarted or taken out of rotation for every other service (deploy/kubernetes/gateway.yaml).
/// </summary>
public sealed class GatewayLivenessTests
{
    [Fact(Timeout = 240_000)]
    public async Task Liveness_stays_SERVING_while_a_routed_service_has_no_healthy_destination()
    {
        var grpcPort = FreePort.Get();
        // Nothing listens here: the active probe finds the loans cluster's one destination down.
        var nowhere = $"http://127.0.0.1:{FreePort.Get()}";
        await using var gateway = GatewayHost.Build(
            [
                $"--Gateway:GrpcPort={grpcPort}",
                $"--Gateway:HttpPort={FreePort.Get()}",
                $"--ReverseProxy:Clusters:startup-loans:Destinations:startup-loans-1:Address={nowhere}",
                "--ReverseProxy:Clusters:startup-loans:HealthCheck:Active:Interval=00:00:01",
                .. TestCallers.HostArguments,
            ],
            b => b.Logging.ClearProviders());
        await gateway.StartAsync();
        using var channel = GrpcChannel.ForAddress($"http://127.0.0.1:{grpcPort}");
        var health = new Health.HealthClient(channel);

        await Eventually.ReturnsAsync(
            async () => (await health.CheckAsync(new HealthCheckRequest { Service = "employment.loans.v1.StartupLoans" })).Status,
            status => status == HealthCheckResponse.Types.ServingStatus.NotServing,
            "startup-loans NOT_SERVING once its probe fails");
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.NotServing, (await health.CheckAsync(new HealthCheckRequest())).Status);
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, (await health.CheckAsync(new HealthCheckRequest { Service = "liveness" })).Status);
        await gateway.StopAsync();
    }
}
