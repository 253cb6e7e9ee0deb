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
    SocialInsuranceRuleIds Rules);

/// <summary>The check ids of one route, in the order the judgement makes them.</summary>
internal sealed record SocialInsuranceRuleIds(
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
        new SocialInsuranceRuleIds(
            PolicyInForce: "hiring.si_new_hire.policy_in_force",
            EmployerSize: "hiring.si_new_hire.employer_size",
            PublicWelfarePost: null,
            ContractMinMonths: "hiring.si_new_hire.contract_min_months",
            TargetGroup: "hiring.si_new_hire.target_group",
            SubsidisedMonths: "hiring.si_new_hire.subsidised_months",
            Amount: "hiring.si_new_hire.amount"));

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
        new SocialInsuranceRuleIds(
            PolicyInForce: "hiring.si_small_firm_graduate.policy_in_force",
            EmployerSize: "hiring.si_small_firm_graduate.employer_size",
            PublicWelfarePost: null,
            ContractMinMonths: "hiring.si_small_firm_graduate.contract_min_months",
            TargetGroup: "hiring.si_small_firm_graduate.target_group",
            SubsidisedMonths: "hiring.si_small_firm_graduate.subsidised_months",
            Amount: "hiring.si_small_firm_graduate.amount"));

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
        new SocialInsuranceRuleIds(
            PolicyInForce: "hiring.si_hard_to_employ.policy_in_force",
            EmployerSize: "hiring.si_hard_to_employ.employer_size",
            PublicWelfarePost: null,
            ContractMinMonths: null,
            TargetGroup: "hiring.si_hard_to_employ.target_group",
            SubsidisedMonths: "hiring.si_hard_to_employ.subsidised_months",
            Amount: "hiring.si_hard_to_employ.amount"));

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
        new SocialInsuranceRuleIds(
            PolicyInForce: "hiring.si_public_welfare_post.policy_in_force",
            EmployerSize: "hiring.si_public_welfare_post.employer_size",
            PublicWelfarePost: "hiring.si_public_welfare_post.placement",
            ContractMinMonths: null,
            TargetGroup: "hiring.si_public_welfare_post.target_group",
            SubsidisedMonths: "hiring.si_public_welfare_post.subsidised_months",
            Amount: "hiring.si_public_welfare_post.amount"));

    public static IReadOnlyList<SocialInsuranceMeasure> All { get; } =
        [HenanNewHire, JiaozuoSmallFirmGraduate, HenanHardToEmploy, JiaozuoPublicWelfarePost];
}
