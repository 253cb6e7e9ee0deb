using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Employment.Applicants.Data;

/// <summary>The registry serves only while its database answers (reported by grpc.health.v1).</summary>
public sealed class DatabaseHealthCheck(ApplicantsDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("The applicants database does not answer.");
}
