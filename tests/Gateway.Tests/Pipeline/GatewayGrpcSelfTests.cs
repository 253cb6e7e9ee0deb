using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Reflection.V1Alpha;
using Employment.TestInfrastructure;
using Xunit;

namespace Gateway.Tests.Pipeline;

/// <summary>
/// "The gateway speaks gRPC about itself": grpc.health.v1 on the gateway's gRPC port
/// (overall and per routed service), server reflection listing every routed service, and
/// UNIMPLEMENTED for an unknown service or method, as a new gRPC client would meet them.
/// </summary>
[Collection(nameof(GatewayCollection))]
public sealed class GatewayGrpcSelfTests(PlatformUnderTest platform)
{
    [Fact(Timeout = 240_000)]
    public async Task Health_answers_SERVING_overall_and_for_each_routed_service_and_NOT_FOUND_for_another()
    {
        var health = new Health.HealthClient(platform.Invoker);
        foreach (var service in new[] { "", "employment.applicants.v1.Applicants", "employment.loans.v1.StartupLoans", "employment.policy.v1.PolicyCatalog", "employment.jobs.v1.JobMatching" })
        {
            // The clusters' active probes run every second: wait for the first to report.
            await Eventually.ReturnsAsync(
                async () => (await health.CheckAsync(new HealthCheckRequest { Service = service })).Status,
                status => status == HealthCheckResponse.Types.ServingStatus.Serving,
                $"'{service}' SERVING");
        }

        var unknown = await Assert.ThrowsAsync<RpcException>(() => health.CheckAsync(new HealthCheckRequest { Service = "employment.nothing.v1.Nothing" }).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, unknown.StatusCode);
    }

    [Fact(Timeout = 30_000)]
    public async Task Reflection_lists_every_routed_service()
    {
        using var call = new ServerReflection.ServerReflectionClient(platform.Invoker).ServerReflectionInfo();
        await call.RequestStream.WriteAsync(new ServerReflectionRequest { ListServices = "" });
        await call.RequestStream.CompleteAsync();
        Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));
        var listed = call.ResponseStream.Current.ListServicesResponse.Service.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        Assert.Superset(
            new HashSet<string>(["employment.applicants.v1.Applicants", "employment.loans.v1.StartupLoans", "employment.policy.v1.PolicyCatalog", "employment.jobs.v1.JobMatching", "employment.jobs.v1.PublicEmploymentServices", "grpc.health.v1.Health"], StringComparer.Ordinal),
            listed);
    }

    [Theory(Timeout = 30_000)]
    [InlineData("/employment.nothing.v1.Nothing/Do")]
    [InlineData("/some.Other/Thing")]
    [InlineData("/employment.loans.v1.StartupLoans/NoSuchMethod")]
    public async Task An_unknown_service_or_method_is_UNIMPLEMENTED(string path)
    {
        Assert.Equal(StatusCode.Unimplemented, await RawCalls.StatusOfAsync(platform.Channel, path, TestCallers.Counter()));
    }
}
