using Employment.Policy.Loading;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Employment.Policy.Api;

public static class PolicyCatalogServiceExtensions
{
    /// <summary>
    /// Loads and validates the catalog now, so a service with an invalid catalog (or one missing a
    /// key its code reads) fails to start, and registers it. The public read API is the
    /// policy-catalog service's alone (services/PolicyCatalog), over every domain.
    /// </summary>
    /// <param name="requiredKeys">The keys the service's code reads: a catalog without one of them stops the start.</param>
    public static IServiceCollection AddPolicyCatalog(this IServiceCollection services, IConfiguration configuration, IEnumerable<string> requiredKeys)
    {
        var options = new PolicyCatalogOptions();
        configuration.GetSection("Policy").Bind(options);
        var catalog = CatalogLoader.Load(options.CatalogPath, requiredKeys, options.ConfigurationPaths.ToArray());
        services.AddSingleton(catalog);
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(options));
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }
}
