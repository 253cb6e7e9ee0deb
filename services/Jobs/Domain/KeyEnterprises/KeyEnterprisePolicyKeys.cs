namespace Employment.Jobs.Domain.KeyEnterprises;

/// <summary>The catalog keys key enterprises read; the module requires <see cref="All"/> at start-up.</summary>
public static class KeyEnterprisePolicyKeys
{
    /// <summary>Whether a document in force asks the region to keep a key-enterprise list with service officers (36号（六）).</summary>
    public const string ListKept = "jobs.key_enterprise.list_kept";

    public static IReadOnlyList<string> All { get; } = [ListKept];
}
