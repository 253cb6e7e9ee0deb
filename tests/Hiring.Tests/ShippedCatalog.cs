using Employment.Hiring.Domain;
using Employment.Policy;
using Employment.Policy.Categories;
using Employment.Policy.Loading;

namespace Hiring.Tests;

/// <summary>
/// The policy catalog the service ships, loaded once for the domain tests, requiring every key the
/// hiring domain and the categories read (as the service will at start-up).
/// </summary>
internal static class ShippedCatalog
{
    private static readonly Lazy<PolicyCatalog> Loaded = new(() => CatalogLoader.Load(
        Path.Combine(AppContext.BaseDirectory, "policy-catalog"),
        HiringPolicyKeys.All.Concat(CategoryPolicyKeys.All)));

    private static readonly Lazy<PolicyCatalog> WithSamples = new(() => CatalogLoader.Load(
        Path.Combine(AppContext.BaseDirectory, "policy-catalog"),
        HiringPolicyKeys.All.Concat(CategoryPolicyKeys.All),
        Path.Combine(AppContext.BaseDirectory, "sample-configuration")));

    /// <summary>As shipped: configuration values (R3) unset.</summary>
    public static PolicyCatalog Catalog => Loaded.Value;

    /// <summary>As shipped plus the sample minimum wages of <c>sample-configuration/</c> (marked samples).</summary>
    public static PolicyCatalog WithSampleMinimumWage => WithSamples.Value;

    /// <summary>As shipped plus every sample of <c>sample-configuration/</c>: minimum wages, shares, control target, county values (all marked samples).</summary>
    public static PolicyCatalog WithSampleConfiguration => WithSamples.Value;
}
