namespace Employment.Hiring.Domain;

/// <summary>
/// Every catalog key the hiring domain reads. No amount, count, window, group list or employer list
/// is typed in code: each is one of these keys, resolved in the employer's region on the contract
/// start (R1, R27). <see cref="All"/> is what the service requires at start-up, so a catalog that lacks
/// one stops it from starting.
/// </summary>
public static class HiringPolicyKeys
{
    // 一次性吸纳就业补贴, 焦政办〔2023〕36号（十一）（十三） (R9).
    public const string AbsorptionAmountPerHire = "hiring.absorption.amount_per_hire";
    public const string AbsorptionContractStartDeadline = "hiring.absorption.contract_start_deadline";
    public const string AbsorptionMinContractYears = "hiring.absorption.min_contract_years";
    public const string AbsorptionMinInsuredMonths = "hiring.absorption.min_insured_months";
    public const string AbsorptionMaxPerPerson = "hiring.absorption.max_per_person";
    public const string AbsorptionExclusiveWithExpansion = "hiring.absorption.exclusive_with_expansion";
    public const string AbsorptionEmployerEnterprise = "hiring.absorption.employer.enterprise";
    public const string AbsorptionEmployerIndividualBusiness = "hiring.absorption.employer.individual_business";
    public const string AbsorptionSchemePension = "hiring.absorption.scheme.pension";
    public const string AbsorptionSchemeMedical = "hiring.absorption.scheme.medical";
    public const string AbsorptionSchemeUnemployment = "hiring.absorption.scheme.unemployment";
    public const string AbsorptionSchemeWorkInjury = "hiring.absorption.scheme.work_injury";
    public const string AbsorptionGroupGraduateInGraduationYear = "hiring.absorption.group.graduate_in_graduation_year";
    public const string AbsorptionGroupGraduateUnemployed2y = "hiring.absorption.group.graduate_unemployed_2y";
    public const string AbsorptionGroupRegisteredUnemployedYouth = "hiring.absorption.group.registered_unemployed_youth";
    public const string AbsorptionGroupRegisteredUnemployed6m = "hiring.absorption.group.registered_unemployed_6m";

    // 一次性扩岗补助, 焦政办〔2023〕36号（四） (R9).
    public const string ExpansionAmountPerHire = "hiring.expansion.amount_per_hire";
    public const string ExpansionContractStartDeadline = "hiring.expansion.contract_start_deadline";
    public const string ExpansionMinInsuredMonths = "hiring.expansion.min_insured_months";
    public const string ExpansionMaxPerPerson = "hiring.expansion.max_per_person";
    public const string ExpansionExclusiveWithAbsorption = "hiring.expansion.exclusive_with_absorption";
    public const string ExpansionEmployerEnterprise = "hiring.expansion.employer.enterprise";
    public const string ExpansionEmployerIndividualBusiness = "hiring.expansion.employer.individual_business";
    public const string ExpansionSchemePension = "hiring.expansion.scheme.pension";
    public const string ExpansionSchemeMedical = "hiring.expansion.scheme.medical";
    public const string ExpansionSchemeUnemployment = "hiring.expansion.scheme.unemployment";
    public const string ExpansionSchemeWorkInjury = "hiring.expansion.scheme.work_injury";
    public const string ExpansionGroupGraduateInGraduationYear = "hiring.expansion.group.graduate_in_graduation_year";
    public const string ExpansionGroupGraduateUnemployed2y = "hiring.expansion.group.graduate_unemployed_2y";
    public const string ExpansionGroupRegisteredUnemployedYouth = "hiring.expansion.group.registered_unemployed_youth";
    public const string ExpansionGroupRegisteredUnemployed6m = "hiring.expansion.group.registered_unemployed_6m";

    // 以单位形式参保且有雇工的个体工商户 as employers, 36号（十七） with 焦政办〔2023〕29号 cl.4 (R17).
    public const string IndividualBusinessRequiresUnitInsurance = "hiring.individual_business.requires_unit_insurance";
    public const string IndividualBusinessRequiresEmployees = "hiring.individual_business.requires_employees";

    // 就业见习补贴, Henan D09 cl.37 and Jiaozuo D12 cl.6 (R11, R22); the minimum wage is configuration (R3).
    public const string TraineeSubsidyPercentOfMinWage = "hiring.trainee.subsidy_percent_of_min_wage";
    public const string TraineeRetentionSubsidyPercent = "hiring.trainee.retention_subsidy_percent";
    public const string TraineeRetentionThresholdPercent = "hiring.trainee.retention_threshold_percent";
    public const string TraineeMaxMonths = "hiring.trainee.max_months";
    public const string TraineeRemainingMonthsPaidOnEarlyHire = "hiring.trainee.remaining_months_paid_on_early_hire";
    public const string TraineeEarlyHireRequiresSocialInsurance = "hiring.trainee.early_hire_requires_social_insurance";
    public const string TraineeLocalMinWageMonthly = "hiring.trainee.local_min_wage_monthly";
    public const string TraineeRequiresRecognisedHost = "hiring.trainee.requires_recognised_host";
    public const string TraineeRequiresRealNameRegistration = "hiring.trainee.requires_real_name_registration";
    public const string TraineeGroupGraduateUnemployed2y = "hiring.trainee.group.graduate_unemployed_2y";
    public const string TraineeGroupSecondaryVocationalUnemployed2y = "hiring.trainee.group.secondary_vocational_unemployed_2y";
    public const string TraineeGroupUnemployedYouth = "hiring.trainee.group.unemployed_youth";

    /// <summary>离校2年内未就业中职中专毕业生: a category bound the shared categories do not read yet.</summary>
    public const string SecondaryVocationalUnemployed2yMaxYearsSinceLeaving = "categories.secondary_vocational_unemployed_2y.max_years_since_leaving";

    // 一次性开业补贴, Henan D09 cl.32 (R14), and 一次性创业补贴, 焦政办〔2023〕29号 cl.21: two measures in
    // force together in Jiaozuo, each judged on its own (R21, R23).
    public const string OpeningSubsidyAmount = "startup.opening_subsidy.amount";
    public const string OpeningSubsidyMinOperatingYears = "startup.opening_subsidy.min_operating_years";
    public const string OpeningSubsidyMaxPerPerson = "startup.opening_subsidy.max_per_person";
    public const string OpeningSubsidyGroupCollegeStudent = "startup.opening_subsidy.group.college_student";
    public const string OpeningSubsidyGroupEmploymentDifficulty = "startup.opening_subsidy.group.employment_difficulty";
    public const string OpeningSubsidyGroupPoorFamilyLabour = "startup.opening_subsidy.group.poor_family_labour";
    public const string OpeningSubsidyGroupReturningMigrantWorker = "startup.opening_subsidy.group.returning_migrant_worker";
    public const string OpeningSubsidyGroupVeteran = "startup.opening_subsidy.group.veteran";
    public const string OpeningSubsidyBusinessEnterprise = "startup.opening_subsidy.business.enterprise";
    public const string OpeningSubsidyBusinessIndividualBusiness = "startup.opening_subsidy.business.individual_business";
    public const string FirstSelfEmploymentAmount = "startup.first_self_employment_subsidy.amount";
    public const string FirstSelfEmploymentMinOperatingYears = "startup.first_self_employment_subsidy.min_operating_years";
    public const string FirstSelfEmploymentMaxPerPerson = "startup.first_self_employment_subsidy.max_per_person";
    public const string FirstSelfEmploymentGroupCollegeStudent = "startup.first_self_employment_subsidy.group.college_student";
    public const string FirstSelfEmploymentGroupEmploymentDifficulty = "startup.first_self_employment_subsidy.group.employment_difficulty";
    public const string FirstSelfEmploymentGroupPoorFamilyLabour = "startup.first_self_employment_subsidy.group.poor_family_labour";
    public const string FirstSelfEmploymentGroupReturningMigrantWorker = "startup.first_self_employment_subsidy.group.returning_migrant_worker";
    public const string FirstSelfEmploymentGroupVeteran = "startup.first_self_employment_subsidy.group.veteran";
    public const string FirstSelfEmploymentBusinessEnterprise = "startup.first_self_employment_subsidy.business.enterprise";
    public const string FirstSelfEmploymentBusinessIndividualBusiness = "startup.first_self_employment_subsidy.business.individual_business";

    /// <summary>公示期 of hiring-subsidy payments (R3): configuration, no document gives it.</summary>
    public const string PaymentPublicNoticeDays = "hiring.payment.public_notice_days";

    public static IReadOnlyList<string> All { get; } =
    [
        AbsorptionAmountPerHire,
        AbsorptionContractStartDeadline,
        AbsorptionMinContractYears,
        AbsorptionMinInsuredMonths,
        AbsorptionMaxPerPerson,
        AbsorptionExclusiveWithExpansion,
        AbsorptionEmployerEnterprise,
        AbsorptionEmployerIndividualBusiness,
        AbsorptionSchemePension,
        AbsorptionSchemeMedical,
        AbsorptionSchemeUnemployment,
        AbsorptionSchemeWorkInjury,
        AbsorptionGroupGraduateInGraduationYear,
        AbsorptionGroupGraduateUnemployed2y,
        AbsorptionGroupRegisteredUnemployedYouth,
        AbsorptionGroupRegisteredUnemployed6m,
        ExpansionAmountPerHire,
        ExpansionContractStartDeadline,
        ExpansionMinInsuredMonths,
        ExpansionMaxPerPerson,
        ExpansionExclusiveWithAbsorption,
        ExpansionEmployerEnterprise,
        ExpansionEmployerIndividualBusiness,
        ExpansionSchemePension,
        ExpansionSchemeMedical,
        ExpansionSchemeUnemployment,
        ExpansionSchemeWorkInjury,
        ExpansionGroupGraduateInGraduationYear,
        ExpansionGroupGraduateUnemployed2y,
        ExpansionGroupRegisteredUnemployedYouth,
        ExpansionGroupRegisteredUnemployed6m,
        IndividualBusinessRequiresUnitInsurance,
        IndividualBusinessRequiresEmployees,
        TraineeSubsidyPercentOfMinWage,
        TraineeRetentionSubsidyPercent,
        TraineeRetentionThresholdPercent,
        TraineeMaxMonths,
        TraineeRemainingMonthsPaidOnEarlyHire,
        TraineeEarlyHireRequiresSocialInsurance,
        TraineeLocalMinWageMonthly,
        TraineeRequiresRecognisedHost,
        TraineeRequiresRealNameRegistration,
        TraineeGroupGraduateUnemployed2y,
        TraineeGroupSecondaryVocationalUnemployed2y,
        TraineeGroupUnemployedYouth,
        SecondaryVocationalUnemployed2yMaxYearsSinceLeaving,
        OpeningSubsidyAmount,
        OpeningSubsidyMinOperatingYears,
        OpeningSubsidyMaxPerPerson,
        OpeningSubsidyGroupCollegeStudent,
        OpeningSubsidyGroupEmploymentDifficulty,
        OpeningSubsidyGroupPoorFamilyLabour,
        OpeningSubsidyGroupReturningMigrantWorker,
        OpeningSubsidyGroupVeteran,
        OpeningSubsidyBusinessEnterprise,
        OpeningSubsidyBusinessIndividualBusiness,
        FirstSelfEmploymentAmount,
        FirstSelfEmploymentMinOperatingYears,
        FirstSelfEmploymentMaxPerPerson,
        FirstSelfEmploymentGroupCollegeStudent,
        FirstSelfEmploymentGroupEmploymentDifficulty,
        FirstSelfEmploymentGroupPoorFamilyLabour,
        FirstSelfEmploymentGroupReturningMigrantWorker,
        FirstSelfEmploymentGroupVeteran,
        FirstSelfEmploymentBusinessEnterprise,
        FirstSelfEmploymentBusinessIndividualBusiness,
        PaymentPublicNoticeDays,
    ];
}
