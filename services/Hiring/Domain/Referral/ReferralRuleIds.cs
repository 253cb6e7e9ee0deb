namespace Employment.Hiring.Domain.Referral;

/// <summary>
/// The id of every check the rules of 职业介绍补贴 and 一次性交通补助 make, written out whole so that an id a clerk reads
/// in an explanation is found with one search, and from here the line that decides it.
/// </summary>
public static class ReferralRuleIds
{
    public const string ReferralAmount = "hiring.referral.amount";
    public const string ReferralFreePlacement = "hiring.referral.free_placement";
    public const string ReferralLicensedAgency = "hiring.referral.licensed_agency";
    public const string ReferralOncePerPlacement = "hiring.referral.once_per_placement";
    public const string ReferralPolicyInForce = "hiring.referral.policy_in_force";
    public const string TransportAmount = "hiring.transport.amount";
    public const string TransportGroup = "hiring.transport.group";
    public const string TransportOutsideProvince = "hiring.transport.outside_province";
    public const string TransportPerYear = "hiring.transport.per_year";
    public const string TransportPolicyInForce = "hiring.transport.policy_in_force";
}
