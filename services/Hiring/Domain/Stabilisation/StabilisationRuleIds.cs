namespace Employment.Hiring.Domain.Stabilisation;

/// <summary>
/// The id of every check the rules of 失业保险稳岗返还 make, written out whole so that an id a clerk reads
/// in an explanation is found with one search, and from here the line that decides it.
/// </summary>
public static class StabilisationRuleIds
{
    public const string StabilisationClaimant = "hiring.stabilisation.claimant";
    public const string StabilisationFullContributionMonths = "hiring.stabilisation.full_contribution_months";
    public const string StabilisationLayoffRate = "hiring.stabilisation.layoff_rate";
    public const string StabilisationOncePerRefundYear = "hiring.stabilisation.once_per_refund_year";
    public const string StabilisationPolicyInForce = "hiring.stabilisation.policy_in_force";
    public const string StabilisationRefundAmount = "hiring.stabilisation.refund_amount";
    public const string StabilisationRefundRate = "hiring.stabilisation.refund_rate";
}
