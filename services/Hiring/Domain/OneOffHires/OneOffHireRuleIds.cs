namespace Employment.Hiring.Domain.OneOffHires;

/// <summary>
/// The id of every check the rules of 一次性吸纳就业补贴 and 一次性扩岗补助 (and the owed list's one item per person) make, written out whole so that an id a clerk reads
/// in an explanation is found with one search, and from here the line that decides it.
/// </summary>
public static class OneOffHireRuleIds
{
    public const string AbsorptionContractMinMonths = "hiring.absorption.contract_min_months";
    public const string AbsorptionContractStartByDeadline = "hiring.absorption.contract_start_by_deadline";
    public const string AbsorptionEmployerKind = "hiring.absorption.employer_kind";
    public const string AbsorptionInsuredSchemes = "hiring.absorption.insured_schemes";
    public const string AbsorptionNotWithExpansion = "hiring.absorption.not_with_expansion";
    public const string AbsorptionOncePerPerson = "hiring.absorption.once_per_person";
    public const string AbsorptionPolicyInForce = "hiring.absorption.policy_in_force";
    public const string AbsorptionTargetGroup = "hiring.absorption.target_group";
    public const string ExpansionContractStartByDeadline = "hiring.expansion.contract_start_by_deadline";
    public const string ExpansionEmployerKind = "hiring.expansion.employer_kind";
    public const string ExpansionInsuredSchemes = "hiring.expansion.insured_schemes";
    public const string ExpansionNotWithAbsorption = "hiring.expansion.not_with_absorption";
    public const string ExpansionOncePerPerson = "hiring.expansion.once_per_person";
    public const string ExpansionPolicyInForce = "hiring.expansion.policy_in_force";
    public const string ExpansionTargetGroup = "hiring.expansion.target_group";
    public const string OwedOneItemPerPerson = "hiring.owed.one_item_per_person";
}
