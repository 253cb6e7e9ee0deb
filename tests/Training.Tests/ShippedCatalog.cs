using Employment.Policy;
using Employment.Policy.Loading;
using Employment.Training.Domain;

namespace Training.Tests;

/// <summary>The policy catalog the service ships, loaded once with the keys the training domain reads.</summary>
internal static class ShippedCatalog
{
    private static readonly Lazy<PolicyCatalog> Loaded = new(() =>
        CatalogLoader.Load(Path.Combine(AppContext.BaseDirectory, "policy-catalog"), TrainingPolicyKeys.All));

    public static PolicyCatalog Catalog => Loaded.Value;
}
