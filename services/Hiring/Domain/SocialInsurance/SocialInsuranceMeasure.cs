using Employment.Common.V1;

namespace Employment.Hiring.Domain.SocialInsurance;

/// <summary>
/// What one social-insurance subsidy route reads from the catalog and the literal ids of its checks. The
/// routes differ only in data: which employer sizes (none listed: any 单位, R17), which groups, a contract
/// length or not, on-time payment or not (R18), and which configured share (R3).
/// </summary>
internal sealed record SocialInsuranceMeasure(
    string Id,
    string NameZh,
    string InForceKey,
    string MaxYearsKey,
    string ShareKey,
    string? MinContractYearsKey,
    string? OnTimePaymentKey,
    bool PublicWelfarePostOnly,
    IReadOnlyList<(EnterpriseSize Size, string Key)> SizeKeys,
    IReadOnlyList<(SubsidisedGroup Group, string Key)> GroupKeys,
    SocialInsuranceMeasureRules Rules);

/// <summary>The check ids of one route, in the order the judgement makes them.</summary>
internal sealed record SocialInsuranceMeasureRules(
    string PolicyInForce,
    string EmployerSize,
    string? PublicWelfarePost,
    string? ContractMinMonths,
    string TargetGroup,
    string SubsidisedMonths,
    string Amount);

/// <summary>The four hire routes of R21/R25: two of Henan D09 cl.35, two of 焦政办〔2024〕15号（三）.</summary>
internal static class SocialInsuranceMeasures
{
    /// <summary>D09 cl.35: 中小微企业 hiring 登记失业人员 or graduates (graduation year / 1 year), contract ≥ 1 year.</summary>
    public static SocialInsuranceMeasure HenanNewHire { get; } = new(
        "ha-d09-35-new-hire",
        "中小微企业新招用人员社会保险补贴（河南省《支持中小企业发展若干财税政策》第35条）",
        HiringPolicyKeys.SiNewHireMinContractYears,
        HiringPolicyKeys.SiNewHireMaxYears,
        HiringPolicyKeys.SiNewHireSharePercent,
        HiringPolicyKeys.SiNewHireMinContractYears,
        OnTimePaymentKey: null,
        PublicWelfarePostOnly: false,
        [
            (EnterpriseSize.Large, HiringPolicyKeys.SiNewHireSizeLarge),
            (EnterpriseSize.Medium, HiringPolicyKeys.SiNewHireSizeMedium),
            (EnterpriseSize.Small, HiringPolicyKeys.SiNewHireSizeSmall),
            (EnterpriseSize.Micro, HiringPolicyKeys.SiNewHireSizeMicro),
        ],
        [
            (SubsidisedGroup.RegisteredUnemployed, HiringPolicyKeys.SiNewHireGroupRegisteredUnemployed),
            (SubsidisedGroup.GraduateInGraduationYear, HiringPolicyKeys.SiNewHireGroupGraduateInGraduationYear),
            (SubsidisedGroup.GraduateUnemployed1y, HiringPolicyKeys.SiNewHireGroupGraduateUnemployed1y),
            (SubsidisedGroup.GraduateUnemployed2y, HiringPolicyKeys.SiNewHireGroupGraduateUnemployed2y),
        ],
        new SocialInsuranceMeasureRules(
            PolicyInForce: SocialInsuranceRuleIds.SiNewHirePolicyInForce,
            EmployerSize: SocialInsuranceRuleIds.SiNewHireEmployerSize,
            PublicWelfarePost: null,
            ContractMinMonths: SocialInsuranceRuleIds.SiNewHireContractMinMonths,
            TargetGroup: SocialInsuranceRuleIds.SiNewHireTargetGroup,
            SubsidisedMonths: SocialInsuranceRuleIds.SiNewHireSubsidisedMonths,
            Amount: SocialInsuranceRuleIds.SiNewHireAmount));

    /// <summary>15号（三）: 小微企业 hiring graduates (graduation year / 2 years), contract ≥ 1 year, paid on time; Henan's 1 year (R25).</summary>
    public static SocialInsuranceMeasure JiaozuoSmallFirmGraduate { get; } = new(
        "jz-2024-15-3-small-firm-graduate",
        "小微企业吸纳高校毕业生社会保险补贴（焦政办〔2024〕15号（三））",
        HiringPolicyKeys.SiSmallFirmGraduateMinContractYears,
        HiringPolicyKeys.SiNewHireMaxYears,
        HiringPolicyKeys.SiNewHireSharePercent,
        HiringPolicyKeys.SiSmallFirmGraduateMinContractYears,
        HiringPolicyKeys.SiSmallFirmGraduateRequiresOnTimePayment,
        PublicWelfarePostOnly: false,
        [
            (EnterpriseSize.Large, HiringPolicyKeys.SiSmallFirmGraduateSizeLarge),
            (EnterpriseSize.Medium, HiringPolicyKeys.SiSmallFirmGraduateSizeMedium),
            (EnterpriseSize.Small, HiringPolicyKeys.SiSmallFirmGraduateSizeSmall),
            (EnterpriseSize.Micro, HiringPolicyKeys.SiSmallFirmGraduateSizeMicro),
        ],
        [
            (SubsidisedGroup.RegisteredUnemployed, HiringPolicyKeys.SiSmallFirmGraduateGroupRegisteredUnemployed),
            (SubsidisedGroup.GraduateInGraduationYear, HiringPolicyKeys.SiSmallFirmGraduateGroupGraduateInGraduationYear),
            (SubsidisedGroup.GraduateUnemployed1y, HiringPolicyKeys.SiSmallFirmGraduateGroupGraduateUnemployed1y),
            (SubsidisedGroup.GraduateUnemployed2y, HiringPolicyKeys.SiSmallFirmGraduateGroupGraduateUnemployed2y),
        ],
        new SocialInsuranceMeasureRules(
            PolicyInForce: SocialInsuranceRuleIds.SiSmallFirmGraduatePolicyInForce,
            EmployerSize: SocialInsuranceRuleIds.SiSmallFirmGraduateEmployerSize,
            PublicWelfarePost: null,
            ContractMinMonths: SocialInsuranceRuleIds.SiSmallFirmGraduateContractMinMonths,
            TargetGroup: SocialInsuranceRuleIds.SiSmallFirmGraduateTargetGroup,
            SubsidisedMonths: SocialInsuranceRuleIds.SiSmallFirmGraduateSubsidisedMonths,
            Amount: SocialInsuranceRuleIds.SiSmallFirmGraduateAmount));

    /// <summary>D09 cl.35: any 单位 hiring 就业困难人员, on what it actually paid; the clause's 1 year (R25).</summary>
    public static SocialInsuranceMeasure HenanHardToEmploy { get; } = new(
        "ha-d09-35-hard-to-employ",
        "招用就业困难人员社会保险补贴（河南省《支持中小企业发展若干财税政策》第35条）",
        HiringPolicyKeys.SiHardToEmployGroupEmploymentDifficulty,
        HiringPolicyKeys.SiNewHireMaxYears,
        HiringPolicyKeys.SiHardToEmploySharePercent,
        MinContractYearsKey: null,
        OnTimePaymentKey: null,
        PublicWelfarePostOnly: false,
        [],
        [(SubsidisedGroup.EmploymentDifficulty, HiringPolicyKeys.SiHardToEmployGroupEmploymentDifficulty)],
        new SocialInsuranceMeasureRules(
            PolicyInForce: SocialInsuranceRuleIds.SiHardToEmployPolicyInForce,
            EmployerSize: SocialInsuranceRuleIds.SiHardToEmployEmployerSize,
            PublicWelfarePost: null,
            ContractMinMonths: null,
            TargetGroup: SocialInsuranceRuleIds.SiHardToEmployTargetGroup,
            SubsidisedMonths: SocialInsuranceRuleIds.SiHardToEmploySubsidisedMonths,
            Amount: SocialInsuranceRuleIds.SiHardToEmployAmount));

    /// <summary>15号（三）: any 单位 placing 就业困难人员 on a 公益性岗位; Henan's 1 year (R25).</summary>
    public static SocialInsuranceMeasure JiaozuoPublicWelfarePost { get; } = new(
        "jz-2024-15-3-public-welfare-post",
        "公益性岗位安置就业困难人员社会保险补贴（焦政办〔2024〕15号（三））",
        HiringPolicyKeys.SiPublicWelfarePostGroupEmploymentDifficulty,
        HiringPolicyKeys.SiNewHireMaxYears,
        HiringPolicyKeys.SiHardToEmploySharePercent,
        MinContractYearsKey: null,
        OnTimePaymentKey: null,
        PublicWelfarePostOnly: true,
        [],
        [(SubsidisedGroup.EmploymentDifficulty, HiringPolicyKeys.SiPublicWelfarePostGroupEmploymentDifficulty)],
        new SocialInsuranceMeasureRules(
            PolicyInForce: SocialInsuranceRuleIds.SiPublicWelfarePostPolicyInForce,
            EmployerSize: SocialInsuranceRuleIds.SiPublicWelfarePostEmployerSize,
            PublicWelfarePost: SocialInsuranceRuleIds.SiPublicWelfarePostPlacement,
            ContractMinMonths: null,
            TargetGroup: SocialInsuranceRuleIds.SiPublicWelfarePostTargetGroup,
            SubsidisedMonths: SocialInsuranceRuleIds.SiPublicWelfarePostSubsidisedMonths,
            Amount: SocialInsuranceRuleIds.SiPublicWelfarePostAmount));

    public static IReadOnlyList<SocialInsuranceMeasure> All { get; } =
        [HenanNewHire, JiaozuoSmallFirmGraduate, HenanHardToEmploy, JiaozuoPublicWelfarePost];
}
