using Grpc.AspNetCore.HealthChecks;
using Grpc.AspNetCore.Server;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Employment.ServiceDefaults.Health;

/// <summary>
/// Gives every gRPC service a host serves its own name in grpc.health.v1, so a probe may ask for
/// <c>employment.loans.v1.StartupLoans</c> as well as for the whole server (""). A service follows
/// the checks tagged with its name and the untagged ones (the process, the database, Redis): a check
/// that belongs to one service never takes down another. <see cref="LivenessHealth.ServiceName"/>
/// follows the process check only.
/// </summary>
internal static class ServedServicesHealth
{
    /// <summary>Call once every service is mapped.</summary>
    public static void MapServedServices(this IEndpointRouteBuilder endpoints)
    {
        var served = endpoints.DataSources
            .SelectMany(d => d.Endpoints)
            .Select(e => e.Metadata.GetMetadata<GrpcMethodMetadata>()?.Method.ServiceName)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<GrpcHealthChecksOptions>>().Value;
        foreach (var service in served)
        {
            options.Services.Map(service, check => check.Tags.Contains(service) || !check.Tags.Any(served.Contains));
        }

        options.Services.Map(LivenessHealth.ServiceName, check => check.Name == LivenessHealth.ProcessCheck);
    }
}
