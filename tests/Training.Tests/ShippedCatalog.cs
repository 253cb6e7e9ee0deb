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

    /// <summary>The sample 职业培训补贴 per course (an R3 configuration value) set for Jiaozuo from 2023 in <see cref="Configured"/>.</summary>
    public const long SampleAmountPerCourseFen = 80_000;

    /// <summary>The sample number of 新型学徒制 training years paid (R26 configuration), Jiaozuo from 2022.</summary>
    public const int SampleApprenticeshipYears = 2;

    private static readonly Lazy<PolicyCatalog> LoadedConfigured = new(() =>
    {
        var directory = Path.Combine(Path.GetTempPath(), "training-catalog-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "training-sample.yaml"), $"""
            values:
              - key: training.vocational_training.amount_per_course
                value: {SampleAmountPerCourseFen}
                unit: fen
                region: "410800"
                from: 2023-01-01
                source: 示例值，仅供测试 (sample for the training domain tests)
                sample: true
              - key: training.new_apprenticeship.max_training_years
                value: {SampleApprenticeshipYears}
                unit: years
                region: "410800"
                from: 2022-01-01
                source: 示例值，仅供测试 (sample for the training domain tests)
                sample: true
            """);
        return CatalogLoader.Load(Path.Combine(AppContext.BaseDirectory, "policy-catalog"), TrainingPolicyKeys.All, directory);
    });

    /// <summary>The shipped catalog with the sample configuration values a deployment would set (Jiaozuo only).</summary>
    public static PolicyCatalog Configured => LoadedConfigured.Value;

    private static readonly Lazy<PolicyCatalog> LoadedEverywhere = new(() =>
    {
        var directory = Path.Combine(Path.GetTempPath(), "training-catalog-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var values = string.Concat(new[] { "410800", "419001" }.Select(region => $"""
              - key: training.vocational_training.amount_per_course
                value: {SampleAmountPerCourseFen}
                unit: fen
                region: "{region}"
                from: 2022-01-01
                source: 示例值，仅供测试 (sample for the training domain tests)
                sample: true

            """));
        File.WriteAllText(Path.Combine(directory, "training-sample.yaml"), "values:\n" + values);
        return CatalogLoader.Load(Path.Combine(AppContext.BaseDirectory, "policy-catalog"), TrainingPolicyKeys.All, directory);
    });

    /// <summary>
    /// The shipped catalog with a sample amount per course for Jiaozuo and Jiyuan from 2022, so that the
    /// groups (not the amount) decide: which groups apply is the shipped catalog's, region by region.
    /// </summary>
    public static PolicyCatalog ConfiguredEverywhere => LoadedEverywhere.Value;
}
