namespace Employment.Training.Domain.SkillUpgrade;

/// <summary>
/// The id of every check a skill-upgrade decision makes, written out whole so that an id a clerk reads
/// in an explanation is found with one search, and from here the line of <see cref="SkillUpgradeRules"/>
/// that decides it.
/// </summary>
public static class SkillUpgradeRuleIds
{
    /// <summary>A skill-upgrade measure is in force for the region on the issue date (R1, R27).</summary>
    public const string PolicyInForce = "training.skill_upgrade.policy_in_force";

    /// <summary>The certificate's level has an amount (level 2/1: none, R24).</summary>
    public const string LevelHasAmount = "training.skill_upgrade.level_has_amount";

    /// <summary>参加失业保险1年（含）以上, cumulative to the issue date (R24).</summary>
    public const string InsuranceMonthsMin = "training.skill_upgrade.insurance_months_min";

    /// <summary>2024 企业在职职工: a contract in force on the issue date (R24).</summary>
    public const string EmploymentContractInForce = "training.skill_upgrade.employment_contract_in_force";

    /// <summary>领取失业保险金人员: benefit in force on the issue date (R24).</summary>
    public const string BenefitInForce = "training.skill_upgrade.benefit_in_force";

    /// <summary>One subsidy per certificate number, ever (R24).</summary>
    public const string OnePerCertificate = "training.skill_upgrade.one_per_certificate";

    /// <summary>每人每年最多不超过3次, by issue year (R24).</summary>
    public const string MaxPerYear = "training.skill_upgrade.max_per_year";

    /// <summary>2024: 同一职业（工种）同一等级只能申请并享受一次.</summary>
    public const string OnePerOccupationLevel = "training.skill_upgrade.one_per_occupation_level";

    /// <summary>2024: 已享受同一职业（工种）高级别证书技能提升补贴的，不再享受低级别证书补贴.</summary>
    public const string NoLowerLevelAfterHigher = "training.skill_upgrade.no_lower_level_after_higher";

    /// <summary>2024: 技能提升补贴和职业培训补贴不得重复享受 (same occupation and level, course ended by the issue date, R24).</summary>
    public const string NotWithVocationalTraining = "training.skill_upgrade.not_with_vocational_training_subsidy";
}
