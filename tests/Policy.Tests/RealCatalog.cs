using Employment.Policy;
using Employment.Policy.Loading;

namespace Policy.Tests;

/// <summary>The catalog the services ship (services/Policy/catalog), loaded once for the tests.</summary>
internal static class RealCatalog
{
    private static readonly Lazy<PolicyCatalog> Loaded = new(() => CatalogLoader.Load(CatalogPath));

    public static PolicyCatalog Catalog => Loaded.Value;

    public static string CatalogPath => Path.Combine(AppContext.BaseDirectory, "policy-catalog");

    /// <summary>The policy documents' text: ../shared/seeds beside the repository.</summary>
    public static string SeedsPath
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Employment.sln")))
                {
                    return Path.Combine(dir.FullName, "..", "shared", "seeds");
                }
            }

            throw new InvalidOperationException("Employment.sln not found above the test binaries.");
        }
    }
}
