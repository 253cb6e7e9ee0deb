namespace Employment.Risk.Domain;

/// <summary>The risk rules' ids, as an auditor and the logs name them.</summary>
public static class RiskRuleIds
{
    public const string ExclusiveMeasures = "risk.exclusive_measures";
    public const string SharedPaymentAccount = "risk.shared_payment_account";
    public const string BackDatedEntries = "risk.back_dated_entries";
    public const string CloseRelations = "risk.close_relations";
    public const string HiredForSubsidy = "risk.hired_for_subsidy";

    public const string Review = "risk.signal_review";
}
