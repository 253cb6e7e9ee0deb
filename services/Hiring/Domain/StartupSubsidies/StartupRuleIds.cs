namespace Employment.Hiring.Domain.StartupSubsidies;

/// <summary>
/// The id of every check the rules of 一次性创业补贴 and 创业孵化基地运营补贴 make, written out whole so that an id a clerk reads
/// in an explanation is found with one search, and from here the line that decides it.
/// </summary>
public static class StartupRuleIds
{
    public const string BusinessFormRegisteredKind = "startup.business_form.registered_kind";
    public const string FirstSelfEmploymentSubsidyBusinessForm = "startup.first_self_employment_subsidy.business_form";
    public const string FirstSelfEmploymentSubsidyEntitledByClaimDate = "startup.first_self_employment_subsidy.entitled_by_claim_date";
    public const string FirstSelfEmploymentSubsidyFirstBusiness = "startup.first_self_employment_subsidy.first_business";
    public const string FirstSelfEmploymentSubsidyFounderGroup = "startup.first_self_employment_subsidy.founder_group";
    public const string FirstSelfEmploymentSubsidyOncePerPerson = "startup.first_self_employment_subsidy.once_per_person";
    public const string FirstSelfEmploymentSubsidyOperatedMinYears = "startup.first_self_employment_subsidy.operated_min_years";
    public const string FirstSelfEmploymentSubsidyPolicyInForce = "startup.first_self_employment_subsidy.policy_in_force";
    public const string GroupPoorFamilyLabour = "startup.group.poor_family_labour";
    public const string OpeningSubsidyBusinessForm = "startup.opening_subsidy.business_form";
    public const string OpeningSubsidyEntitledByClaimDate = "startup.opening_subsidy.entitled_by_claim_date";
    public const string OpeningSubsidyFirstBusiness = "startup.opening_subsidy.first_business";
    public const string OpeningSubsidyFounderGroup = "startup.opening_subsidy.founder_group";
    public const string OpeningSubsidyOncePerPerson = "startup.opening_subsidy.once_per_person";
    public const string OpeningSubsidyOperatedMinYears = "startup.opening_subsidy.operated_min_years";
    public const string OpeningSubsidyPolicyInForce = "startup.opening_subsidy.policy_in_force";
    public const string OperatingSubsidyAmount = "startup.operating_subsidy.amount";
    public const string OperatingSubsidyFounderGroup = "startup.operating_subsidy.founder_group";
    public const string OperatingSubsidyPolicyInForce = "startup.operating_subsidy.policy_in_force";
    public const string OperatingSubsidyWithinYears = "startup.operating_subsidy.within_years";
    public const string PaidOnceAtHighest = "startup.paid_once_at_highest";
}
