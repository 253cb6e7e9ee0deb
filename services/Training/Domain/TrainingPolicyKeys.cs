namespace Employment.Training.Domain;

/// <summary>
/// Every catalog key the training domain reads. No amount, count or period is typed in code: each is
/// resolved by these keys for the decision region (R27) on the certificate's issue date (R1).
/// <see cref="All"/> is what the service requires at start-up, so a catalog without one of them
/// refuses to load.
/// </summary>
public static class TrainingPolicyKeys
{
    // 技能提升补贴 (焦政办〔2023〕36号（三）, 焦政办〔2024〕15号（十二）): one amount per level that has one.
    // Level 2 and 1 (技师/高级技师) have no key: the documents give no amount, so there is no policy (R24).
    public const string SkillUpgradeAmountLevel5 = "training.skill_upgrade.amount_level5";
    public const string SkillUpgradeAmountLevel4 = "training.skill_upgrade.amount_level4";
    public const string SkillUpgradeAmountLevel3 = "training.skill_upgrade.amount_level3";

    /// <summary>不分级或未明确分级, 专项职业能力证书 included (R24).</summary>
    public const string SkillUpgradeAmountUnlevelled = "training.skill_upgrade.amount_unlevelled";

    /// <summary>参加失业保险1年（含）以上: cumulative months up to the issue date (R24).</summary>
    public const string SkillUpgradeMinInsuredMonths = "training.skill_upgrade.min_insured_months";

    /// <summary>每人每年最多不超过3次, counted by issue year (R24). Its presence is also "the measure is in force".</summary>
    public const string SkillUpgradeMaxPerYear = "training.skill_upgrade.max_per_year";

    /// <summary>2024: 企业在职职工 — the insurance route needs a contract in force on the issue date (R24).</summary>
    public const string SkillUpgradeRequiresEmploymentContract = "training.skill_upgrade.requires_employment_contract";

    /// <summary>2024: 同一职业（工种）同一等级只能申请并享受一次.</summary>
    public const string SkillUpgradeOnePerOccupationLevel = "training.skill_upgrade.one_per_occupation_level";

    /// <summary>2024: 技能提升补贴和职业培训补贴不得重复享受 (same training: R24).</summary>
    public const string SkillUpgradeNotWithVocationalTraining = "training.skill_upgrade.not_with_vocational_training_subsidy_same_training";

    /// <summary>2024: 已享受同一职业（工种）高级别证书技能提升补贴的，不再享受低级别证书补贴.</summary>
    public const string SkillUpgradeNoLowerLevelAfterHigher = "training.skill_upgrade.no_lower_level_after_higher";

    /// <summary>职业培训补贴 per completed course: configuration (R3), no value shipped.</summary>
    public const string VocationalTrainingAmountPerCourse = "training.vocational_training.amount_per_course";

    /// <summary>
    /// Every key under this prefix is one group the 职业培训补贴 covers where and when the catalog has it
    /// in force (a boolean). The rule reads which groups from the catalog; code only knows how to
    /// establish each one from registry facts (<see cref="VocationalTraining.VocationalTrainingGroups"/>).
    /// </summary>
    public const string VocationalTrainingGroupPrefix = "training.vocational_training.group.";

    // The groups code knows how to establish (a group the catalog adds without code is reported as not established).
    public const string VocationalGroupGraduateLeftSchoolUnemployed = VocationalTrainingGroupPrefix + "graduate_left_school_unemployed";
    public const string VocationalGroupUrbanUnemployed = VocationalTrainingGroupPrefix + "urban_unemployed";
    public const string VocationalGroupNewHirePoorFamilyChild = VocationalTrainingGroupPrefix + "new_hire_poor_family_child";
    public const string VocationalGroupNewHireGraduationYearGraduate = VocationalTrainingGroupPrefix + "new_hire_graduation_year_graduate";
    public const string VocationalGroupNewHireSchoolLeaver = VocationalTrainingGroupPrefix + "new_hire_school_leaver";
    public const string VocationalGroupNewHireRuralMigrantWorker = VocationalTrainingGroupPrefix + "new_hire_rural_migrant_worker";
    public const string VocationalGroupNewHireRegisteredUnemployed = VocationalTrainingGroupPrefix + "new_hire_registered_unemployed";

    /// <summary>Henan D09 cl.35: 与企业签订1年以上期限劳动合同.</summary>
    public const string NewHireVocationalMinContractYears = "training.new_hire_vocational.min_contract_years";

    /// <summary>Henan D09 cl.35: 于签订劳动合同之日起1年内参加……岗位技能培训.</summary>
    public const string NewHireVocationalTrainingWithinYears = "training.new_hire_vocational.training_within_years_of_contract";

    // 企业新型学徒制 (豫政办〔2022〕14号 四、): 中级工 = level 4, 高级工 = level 3 (R26).
    public const string ApprenticeshipAmountPerYearIntermediate = "training.new_apprenticeship.amount_per_year_intermediate";
    public const string ApprenticeshipAmountPerYearSenior = "training.new_apprenticeship.amount_per_year_senior";

    /// <summary>How many training years are paid per apprentice: configuration (R26, R3).</summary>
    public const string ApprenticeshipMaxTrainingYears = "training.new_apprenticeship.max_training_years";

    /// <summary>公示期: days a payment batch is on public notice before it is paid: configuration (R3).</summary>
    public const string PaymentPublicNoticeDays = "training.payment.public_notice_days";

    /// <summary>
    /// Each kind's catalog measure has its own 复核 amount (<c>{measure}.review_from_amount</c>) and 办结时限
    /// (<c>{measure}.time_limit_working_days</c>): configuration (R3). The measures are the listed kinds' own
    /// (<see cref="UseCases.ApplicationKindList"/>).
    /// </summary>
    private static IReadOnlyList<string> DecidedMeasures => UseCases.ApplicationKindList.Kinds.Measures;

    public static IReadOnlyList<string> All { get; } =
    [
        SkillUpgradeAmountLevel5,
        SkillUpgradeAmountLevel4,
        SkillUpgradeAmountLevel3,
        SkillUpgradeAmountUnlevelled,
        SkillUpgradeMinInsuredMonths,
        SkillUpgradeMaxPerYear,
        SkillUpgradeRequiresEmploymentContract,
        SkillUpgradeOnePerOccupationLevel,
        SkillUpgradeNotWithVocationalTraining,
        SkillUpgradeNoLowerLevelAfterHigher,
        VocationalTrainingAmountPerCourse,
        VocationalGroupGraduateLeftSchoolUnemployed,
        VocationalGroupUrbanUnemployed,
        VocationalGroupNewHirePoorFamilyChild,
        VocationalGroupNewHireGraduationYearGraduate,
        VocationalGroupNewHireSchoolLeaver,
        VocationalGroupNewHireRuralMigrantWorker,
        VocationalGroupNewHireRegisteredUnemployed,
        NewHireVocationalMinContractYears,
        NewHireVocationalTrainingWithinYears,
        ApprenticeshipAmountPerYearIntermediate,
        ApprenticeshipAmountPerYearSenior,
        ApprenticeshipMaxTrainingYears,
        PaymentPublicNoticeDays,
        .. DecidedMeasures.Select(Employment.Persistence.Reviews.DecisionReviews.KeyOf),
        .. DecidedMeasures.Select(Employment.Persistence.Reviews.DecisionTimeLimits.KeyOf),
    ];
}
