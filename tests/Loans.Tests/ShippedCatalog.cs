using Employment.Policy;
using Employment.Policy.Loading;

namespace Loans.Tests;

/// <summary>The policy catalog the service ships, loaded once for the domain tests.</summary>
internal static class ShippedCatalog
{
    private static readonly Lazy<PolicyCatalog> Loaded = new(() => CatalogLoader.Load(Path.Combine(AppContext.BaseDirectory, "policy-catalog")));

    public static PolicyCatalog Catalog => Loaded.Value;
}
