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

    /// <summary>Where and since when 优亲厚友 is looked for: 焦政办〔2023〕36号（十七）.</summary>
    public const string CloseRelationsInvestigated = "risk.close_relations.investigated";

    /// <summary>Where and since when hires made for the subsidy (骗取套取) are looked for: 焦政办〔2023〕36号（十七）.</summary>
    public const string HiredForSubsidyInvestigated = "risk.hired_for_subsidy.investigated";

    /// <summary>A subsidised hire whose contract or insurance ends within this many days after its qualifying months is signalled.</summary>
    public const string HiredForSubsidyMaxDaysAfter = "risk.hired_for_subsidy.max_days_after";

    public static IReadOnlyList<string> All { get; } =
    [
        SharedAccountMinClaimants, BackDatedMinDays, BackDatedMinEntriesPerClerk,
        CloseRelationsInvestigated, HiredForSubsidyInvestigated, HiredForSubsidyMaxDaysAfter,
    ];
}
