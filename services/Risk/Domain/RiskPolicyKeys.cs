namespace Employment.Risk.Domain;

/// <summary>
/// The catalog keys the risk rules read. The thresholds are configuration (R3): the documents ask to find
/// 虚报冒领 and give no figure. The exclusive pairs are catalog data (catalog/exclusions.yaml), read from
/// <c>PolicyCatalog.Exclusions</c>.
/// </summary>
public static class RiskPolicyKeys
{
    /// <summary>A payment account receiving for this many claimants or more is signalled.</summary>
    public const string SharedAccountMinClaimants = "risk.shared_payment_account.min_claimants";

    /// <summary>A claim entered this many days or more after the day it was received is back-dated.</summary>
    public const string BackDatedMinDays = "risk.back_dated.min_days";

    /// <summary>A clerk with this many back-dated claims or more in the period is signalled.</summary>
    public const string BackDatedMinEntriesPerClerk = "risk.back_dated.min_entries_per_clerk";

    public static IReadOnlyList<string> All { get; } = [SharedAccountMinClaimants, BackDatedMinDays, BackDatedMinEntriesPerClerk];
}
