using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Employment.Loans.Data;

/// <summary>The loans service serves only while its database answers (reported by grpc.health.v1).</summary>
public sealed class DatabaseHealthCheck(LoansDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("The loans database does not answer.");
}
