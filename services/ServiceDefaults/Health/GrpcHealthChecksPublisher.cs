using Grpc.AspNetCore.Server;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using static Grpc.Health.V1.HealthCheckResponse.Types;

namespace Employment.ServiceDefaults.Health;

/// <summary>
/// Turns ASP.NET Core health reports into gRPC serving statuses: the empty service name is the whole
/// server; each mapped service follows the checks tagged with its name, or the whole server when
/// none are.
/// </summary>
public sealed class GrpcHealthChecksPublisher(HealthStatusStore store, GrpcServiceRegistry registry) : IHealthCheckPublisher
{
    public Task PublishAsync(HealthReport report, CancellationToken cancellationToken)
    {
        Apply(report);
        return Task.CompletedTask;
    }

    internal void Apply(HealthReport report)
    {
        var overall = ToServingStatus(report.Entries.Values);
        store.Set("", overall);
        foreach (var service in registry.Services)
        {
            var tagged = report.Entries.Values.Where(e => e.Tags.Contains(service.Name)).ToList();
            store.Set(service.Name, tagged.Count == 0 ? overall : ToServingStatus(tagged));
        }
    }

    private static ServingStatus ToServingStatus(IEnumerable<HealthReportEntry> entries) =>
        entries.Any(e => e.Status == HealthStatus.Unhealthy) ? ServingStatus.NotServing : ServingStatus.Serving;
}
