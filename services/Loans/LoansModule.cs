using Employment.Policy.Api;
using Employment.ServiceDefaults;
using Microsoft.AspNetCore.Builder;

namespace Employment.Loans;

/// <summary>
/// The startup-loans service as a launchable module. So far it publishes the loan measures in force
/// (the policy read API over the "loans" domain); the bank and counter RPCs come next.
/// </summary>
public sealed class LoansModule : IServiceModule
{
    public string Name => "startup-loans";

    public int DefaultPort => 5102;

    public void ConfigureServices(WebApplicationBuilder builder) =>
        builder.Services.AddPolicyCatalog(builder.Configuration, ["loans"], []);

    public void MapEndpoints(WebApplication app) => app.MapGrpcService<PolicyCatalogService>();
}
