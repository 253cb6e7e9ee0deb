using Employment.Loans.Data;
using Employment.Loans.Domain.Eligibility;
using Employment.Persistence;
using Employment.Policy.Api;
using Employment.ServiceDefaults;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Employment.Loans;

/// <summary>
/// The startup-loans service as a launchable module. So far it publishes the loan measures in force
/// (the policy read API over the "loans" domain) and keeps its own database (Data/, migrated at
/// start, reported by the health check); the bank and counter RPCs come next.
/// </summary>
public sealed class LoansModule : IServiceModule
{
    public string Name => "startup-loans";

    public int DefaultPort => 5102;

    public void ConfigureServices(WebApplicationBuilder builder)
    {
        builder.Services.AddServiceDatabase<LoansDbContext>(builder.Configuration, "Loans");
        builder.Services.AddPolicyCatalog(builder.Configuration, ["loans"], LoanPolicyKeys.All);
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck<LoansDbContext>>("loans-database");
    }

    public void MapEndpoints(WebApplication app) => app.MapGrpcService<PolicyCatalogService>();

    public Task InitializeAsync(WebApplication app, CancellationToken cancellationToken) =>
        ServiceDatabase.MigrateAsync<LoansDbContext>(app.Services, cancellationToken);
}
