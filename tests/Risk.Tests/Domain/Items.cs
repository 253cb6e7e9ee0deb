using Employment.Policy;
using Employment.Policy.Loading;
using Employment.Policy.Model;
using Employment.Risk.Domain;

namespace Risk.Tests.Domain;

/// <summary>Exported items as the rules read them, and the catalog the services ship.</summary>
internal static class Items
{
    private static readonly Lazy<PolicyCatalog> Loaded = new(() => CatalogLoader.Load(Path.Combine(AppContext.BaseDirectory, "policy-catalog")));

    public static PolicyCatalog Catalog => Loaded.Value;

    private static int _next;

    public static PaidItem Item(
        string measure,
        string person = "P1",
        ItemStatus status = ItemStatus.Approved,
        DateOnly? eventDate = null,
        string[]? months = null,
        string occupationLevel = "",
        string region = "410802",
        string employer = "",
        string account = "",
        DateOnly? receivedOn = null,
        DateOnly? enteredOn = null,
        string enteredBy = "clerk-1",
        string reference = "",
        string decidedBy = "",
        DateOnly? contractEnd = null)
    {
        var n = Interlocked.Increment(ref _next);
        var entered = enteredOn ?? new DateOnly(2024, 6, 10);
        return new PaidItem(
            measure.StartsWith("training", StringComparison.Ordinal) ? "training-subsidies" : "hiring-subsidies",
            reference.Length > 0 ? reference : $"X{n:D6}",
            1,
            measure,
            measure,
            status,
            person,
            "张*明",
            employer,
            employer.Length > 0 ? "焦作示例有限公司" + employer : "",
            Region.Parse(region),
            100_000,
            eventDate ?? new DateOnly(2024, 5, 1),
            months ?? [],
            occupationLevel,
            receivedOn ?? entered,
            entered,
            enteredBy,
            decidedBy,
            account,
            "",
            contractEnd);
    }

    /// <summary>A configured value (R3) as a deployment would give it, for the thresholds.</summary>
    public static ParameterValue Configured(string key, PolicyUnit unit, decimal value) =>
        new(key, PolicyValue.Number(unit, value), Region.Jiaozuo, new DateOnly(2020, 1, 1), null,
            new PolicySource("示例配置", "", "", "", Region.Jiaozuo, null, null, null, null, "R3", IsConfiguration: true), IsSample: true, null, default);
}
