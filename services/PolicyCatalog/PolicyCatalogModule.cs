using Employment.Policy.Api;
using Employment.PolicyCatalog.Grpc;
using Employment.ServiceDefaults;
using Employment.ServiceDefaults.Clients;
using Microsoft.AspNetCore.Builder;

namespace Employment.PolicyCatalog;

/// <summary>
/// The public policy list (政策清单, 焦政办〔2024〕15号（二十）) as a launchable module: the one owner of
/// employment.policy.v1.PolicyCatalog, over every domain of the catalog (loans, training, hiring,
/// start-up, categories). It decides nothing and keeps nothing, so it has no database; the catalog
/// ships beside its binaries, and the launcher's sample configuration values (R3) are read as elsewhere.
/// </summary>
/// <remarks>
/// Its own service rather than a part of one domain service: the list spans every domain, and a
/// domain service serving it would have to load, and answer for, the others' parts of the catalog.
/// </remarks>
public sealed class PolicyCatalogModule : IServiceModule
{
    public string Name => PlatformServices.PolicyCatalog;

    public int DefaultPort => ServiceAddresses.DefaultPorts[Name];

    // Every domain (no scope), and no key required beyond what loading checks: this service reads
    // the catalog as it is and makes no decision with it.
    public void ConfigureServices(WebApplicationBuilder builder) =>
        builder.Services.AddPolicyCatalog(builder.Configuration, requiredKeys: []);

    public void MapEndpoints(WebApplication app) => app.MapGrpcService<PolicyCatalogService>();
}
