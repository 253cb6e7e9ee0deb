namespace Employment.Hiring.Domain.SocialInsurance;

/// <summary>
/// The id of every check the rules of 社会保险补贴 for hires and for flexible workers make, written out whole so that an id a clerk reads
/// in an explanation is found with one search, and from here the line that decides it.
/// </summary>
public static class SocialInsuranceRuleIds
{
    public const string SiMonthPaidOnce = "hiring.si.month_paid_once";
    public const string SiPaidOnceAtHighest = "hiring.si.paid_once_at_highest";
    public const string SiFlexibleAmount = "hiring.si_flexible.amount";
    public const string SiFlexiblePolicyInForce = "hiring.si_flexible.policy_in_force";
    public const string SiFlexibleSubsidisedMonths = "hiring.si_flexible.subsidised_months";
    public const string SiFlexibleTargetGroup = "hiring.si_flexible.target_group";
    public const string SiHardToEmployAmount = "hiring.si_hard_to_employ.amount";
    public const string SiHardToEmployEmployerSize = "hiring.si_hard_to_employ.employer_size";
    public const string SiHardToEmployPolicyInForce = "hiring.si_hard_to_employ.policy_in_force";
    public const string SiHardToEmploySubsidisedMonths = "hiring.si_hard_to_employ.subsidised_months";
    public const string SiHardToEmployTargetGroup = "hiring.si_hard_to_employ.target_group";
    public const string SiNewHireAmount = "hiring.si_new_hire.amount";
    public const string SiNewHireContractMinMonths = "hiring.si_new_hire.contract_min_months";
    public const string SiNewHireEmployerSize = "hiring.si_new_hire.employer_size";
    public const string SiNewHirePolicyInForce = "hiring.si_new_hire.policy_in_force";
    public const string SiNewHireSubsidisedMonths = "hiring.si_new_hire.subsidised_months";
    public const string SiNewHireTargetGroup = "hiring.si_new_hire.target_group";
    public const string SiPublicWelfarePostAmount = "hiring.si_public_welfare_post.amount";
    public const string SiPublicWelfarePostEmployerSize = "hiring.si_public_welfare_post.employer_size";
    public const string SiPublicWelfarePostPlacement = "hiring.si_public_welfare_post.placement";
    public const string SiPublicWelfarePostPolicyInForce = "hiring.si_public_welfare_post.policy_in_force";
    public const string SiPublicWelfarePostSubsidisedMonths = "hiring.si_public_welfare_post.subsidised_months";
    public const string SiPublicWelfarePostTargetGroup = "hiring.si_public_welfare_post.target_group";
    public const string SiSmallFirmGraduateAmount = "hiring.si_small_firm_graduate.amount";
    public const string SiSmallFirmGraduateContractMinMonths = "hiring.si_small_firm_graduate.contract_min_months";
    public const string SiSmallFirmGraduateEmployerSize = "hiring.si_small_firm_graduate.employer_size";
    public const string SiSmallFirmGraduatePolicyInForce = "hiring.si_small_firm_graduate.policy_in_force";
    public const string SiSmallFirmGraduateSubsidisedMonths = "hiring.si_small_firm_graduate.subsidised_months";
    public const string SiSmallFirmGraduateTargetGroup = "hiring.si_small_firm_graduate.target_group";
}
