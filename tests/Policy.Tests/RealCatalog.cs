using Employment.Policy;
using Employment.Policy.Loading;
using Employment.TestInfrastructure;

namespace Policy.Tests;

/// <summary>The catalog the services ship (services/Policy/catalog), loaded once for the tests.</summary>
internal static class RealCatalog
{
    private static readonly Lazy<PolicyCatalog> Loaded = new(() => CatalogLoader.Load(CatalogPath));

    public static PolicyCatalog Catalog => Loaded.Value;

    public static string CatalogPath => Path.Combine(AppContext.BaseDirectory, "policy-catalog");

    /// <summary>The policy documents' text, kept in the repository beside the catalog that cites it.</summary>
    public static string TextsPath => Path.Combine(RepositoryPaths.Root, "services", "Policy", "catalog", "texts");
}
