namespace Employment.Hiring.Domain.OneOffHires;

/// <summary>
/// The two per-hire subsidies of 焦政办〔2023〕36号 (R9). A rule id met in an explanation
/// (<c>hiring.absorption.contract_min_months</c>) is found here whole, beside the keys its check reads.
/// </summary>
internal static class HireMeasures
{
    /// <summary>一次性吸纳就业补贴 （十一）（十三）: a contract of at least the catalog's years, the three schemes.</summary>
    public static HireMeasure Absorption { get; } = new(
        HireSubsidyKind.Absorption,
        UseCases.OneOffHireClaims.AbsorptionZh,
        HiringPolicyKeys.AbsorptionAmountPerHire,
        HiringPolicyKeys.AbsorptionContractStartDeadline,
        HiringPolicyKeys.AbsorptionMinContractYears,
        HiringPolicyKeys.AbsorptionMinInsuredMonths,
        HiringPolicyKeys.AbsorptionMaxPerPerson,
        HiringPolicyKeys.AbsorptionExclusiveWithExpansion,
        [
            (EmployerKind.Enterprise, HiringPolicyKeys.AbsorptionEmployerEnterprise),
            (EmployerKind.IndividualBusiness, HiringPolicyKeys.AbsorptionEmployerIndividualBusiness),
        ],
        [
            (InsuredScheme.Pension, HiringPolicyKeys.AbsorptionSchemePension),
            (InsuredScheme.Medical, HiringPolicyKeys.AbsorptionSchemeMedical),
            (InsuredScheme.Unemployment, HiringPolicyKeys.AbsorptionSchemeUnemployment),
            (InsuredScheme.WorkInjury, HiringPolicyKeys.AbsorptionSchemeWorkInjury),
        ],
        [
            (TargetGroup.GraduateInGraduationYear, HiringPolicyKeys.AbsorptionGroupGraduateInGraduationYear),
            (TargetGroup.GraduateUnemployed2y, HiringPolicyKeys.AbsorptionGroupGraduateUnemployed2y),
            (TargetGroup.RegisteredUnemployedYouth, HiringPolicyKeys.AbsorptionGroupRegisteredUnemployedYouth),
            (TargetGroup.RegisteredUnemployed6m, HiringPolicyKeys.AbsorptionGroupRegisteredUnemployed6m),
        ],
        new HireRuleIds(
            PolicyInForce: OneOffHireRuleIds.AbsorptionPolicyInForce,
            ContractStartByDeadline: OneOffHireRuleIds.AbsorptionContractStartByDeadline,
            EmployerKind: OneOffHireRuleIds.AbsorptionEmployerKind,
            ContractMinMonths: OneOffHireRuleIds.AbsorptionContractMinMonths,
            InsuredSchemes: OneOffHireRuleIds.AbsorptionInsuredSchemes,
            TargetGroup: OneOffHireRuleIds.AbsorptionTargetGroup,
            OncePerPerson: OneOffHireRuleIds.AbsorptionOncePerPerson,
            NotWithOther: OneOffHireRuleIds.AbsorptionNotWithExpansion));

    /// <summary>一次性扩岗补助 （四）: any labour contract (no length stated), the three schemes.</summary>
    public static HireMeasure Expansion { get; } = new(
        HireSubsidyKind.Expansion,
        UseCases.OneOffHireClaims.ExpansionZh,
        HiringPolicyKeys.ExpansionAmountPerHire,
        HiringPolicyKeys.ExpansionContractStartDeadline,
        MinContractYearsKey: null,
        HiringPolicyKeys.ExpansionMinInsuredMonths,
        HiringPolicyKeys.ExpansionMaxPerPerson,
        HiringPolicyKeys.ExpansionExclusiveWithAbsorption,
        [
            (EmployerKind.Enterprise, HiringPolicyKeys.ExpansionEmployerEnterprise),
            (EmployerKind.IndividualBusiness, HiringPolicyKeys.ExpansionEmployerIndividualBusiness),
        ],
        [
            (InsuredScheme.Pension, HiringPolicyKeys.ExpansionSchemePension),
            (InsuredScheme.Medical, HiringPolicyKeys.ExpansionSchemeMedical),
            (InsuredScheme.Unemployment, HiringPolicyKeys.ExpansionSchemeUnemployment),
            (InsuredScheme.WorkInjury, HiringPolicyKeys.ExpansionSchemeWorkInjury),
        ],
        [
            (TargetGroup.GraduateInGraduationYear, HiringPolicyKeys.ExpansionGroupGraduateInGraduationYear),
            (TargetGroup.GraduateUnemployed2y, HiringPolicyKeys.ExpansionGroupGraduateUnemployed2y),
            (TargetGroup.RegisteredUnemployedYouth, HiringPolicyKeys.ExpansionGroupRegisteredUnemployedYouth),
            (TargetGroup.RegisteredUnemployed6m, HiringPolicyKeys.ExpansionGroupRegisteredUnemployed6m),
        ],
        new HireRuleIds(
            PolicyInForce: OneOffHireRuleIds.ExpansionPolicyInForce,
            ContractStartByDeadline: OneOffHireRuleIds.ExpansionContractStartByDeadline,
            EmployerKind: OneOffHireRuleIds.ExpansionEmployerKind,
            ContractMinMonths: null,
            InsuredSchemes: OneOffHireRuleIds.ExpansionInsuredSchemes,
            TargetGroup: OneOffHireRuleIds.ExpansionTargetGroup,
            OncePerPerson: OneOffHireRuleIds.ExpansionOncePerPerson,
            NotWithOther: OneOffHireRuleIds.ExpansionNotWithAbsorption));

    public static HireMeasure For(HireSubsidyKind kind) => kind switch
    {
        HireSubsidyKind.Absorption => Absorption,
        HireSubsidyKind.Expansion => Expansion,
        _ => throw DomainRuleException.Invalid("kind", $"不是按人发放的一次性招用补贴：{kind}。 (Not a per-hire subsidy: {kind}.)"),
    };
}
