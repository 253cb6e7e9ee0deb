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

    /// <summary>离校2年内未就业中职中专毕业生: the bound the shared category reads (CategoryPolicyKeys), required here too.</summary>
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

    /// <summary>
    /// Each kind's catalog measure has its own 复核 amount (<c>{measure}.review_from_amount</c>), 办结时限
    /// (<c>{measure}.time_limit_working_days</c>) and offers-without-review switch: configuration (R3; unset,
    /// none). The measures are the listed kinds' own (<see cref="UseCases.ClaimKindList"/>).
    /// </summary>
    private static IReadOnlyList<string> DecidedMeasures => UseCases.ClaimKindList.Kinds.Measures;

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
        .. MeasureKeys,
        .. DecidedMeasures.Select(Employment.Persistence.Reviews.DecisionReviews.KeyOf),
        .. DecidedMeasures.Select(Employment.Persistence.Reviews.DecisionTimeLimits.KeyOf),
        .. DecidedMeasures.Select(UseCases.OffersWithoutReview.KeyOf),
    ];

    // ---- 稳岗返还 and 社会保险补贴 ----

    // 失业保险稳岗返还, 焦政办〔2023〕36号（一） and 〔2024〕15号（二） (R13, R15, R16, R17); the control target is configuration (R3).
    public const string StabilisationRefundPercentSmes = "hiring.stabilisation.refund_percent_smes";
    public const string StabilisationRefundPercentLarge = "hiring.stabilisation.refund_percent_large";
    public const string StabilisationSmallEmployerMaxInsured = "hiring.stabilisation.small_employer_max_insured";
    public const string StabilisationSmallEmployerMaxLayoffPercent = "hiring.stabilisation.small_employer_max_layoff_percent";
    public const string StabilisationMinFullContributionMonths = "hiring.stabilisation.min_full_contribution_months";
    public const string StabilisationNationalControlTargetPercent = "hiring.stabilisation.national_unemployment_control_target_percent";
    public const string StabilisationEmployerEnterprise = "hiring.stabilisation.employer.enterprise";
    public const string StabilisationReferenceSocialGroup = "hiring.stabilisation.reference_type.social_group";
    public const string StabilisationReferenceFoundation = "hiring.stabilisation.reference_type.foundation";
    public const string StabilisationReferenceSocialServiceOrganisation = "hiring.stabilisation.reference_type.social_service_organisation";
    public const string StabilisationReferenceLawFirm = "hiring.stabilisation.reference_type.law_firm";
    public const string StabilisationReferenceAccountingFirm = "hiring.stabilisation.reference_type.accounting_firm";
    public const string StabilisationReferenceIndividualBusiness = "hiring.stabilisation.reference_type.individual_business_insured_as_unit";

    // 社会保险补贴 for hires (R21, R25): Henan D09 cl.35 (中小微企业 new hires; 就业困难人员) and 焦政办〔2024〕15号（三）
    // (小微企业 graduate hires; 公益性岗位), each with its own keys; shares are configuration (R3).
    public const string SiNewHireMaxYears = "hiring.social_insurance_subsidy.new_hire.max_years";
    public const string SiNewHireMinContractYears = "hiring.social_insurance_subsidy.new_hire.min_contract_years";
    public const string SiNewHireSharePercent = "hiring.social_insurance_subsidy.new_hire.share_percent";
    public const string SiNewHireSizeLarge = "hiring.social_insurance_subsidy.new_hire.employer_size.large";
    public const string SiNewHireSizeMedium = "hiring.social_insurance_subsidy.new_hire.employer_size.medium";
    public const string SiNewHireSizeSmall = "hiring.social_insurance_subsidy.new_hire.employer_size.small";
    public const string SiNewHireSizeMicro = "hiring.social_insurance_subsidy.new_hire.employer_size.micro";
    public const string SiNewHireGroupRegisteredUnemployed = "hiring.social_insurance_subsidy.new_hire.group.registered_unemployed";
    public const string SiNewHireGroupGraduateInGraduationYear = "hiring.social_insurance_subsidy.new_hire.group.graduate_in_graduation_year";
    public const string SiNewHireGroupGraduateUnemployed1y = "hiring.social_insurance_subsidy.new_hire.group.graduate_unemployed_1y";
    public const string SiNewHireGroupGraduateUnemployed2y = "hiring.social_insurance_subsidy.new_hire.group.graduate_unemployed_2y";
    public const string SiSmallFirmGraduateMinContractYears = "hiring.social_insurance_subsidy.small_firm_graduate.min_contract_years";
    public const string SiSmallFirmGraduateSizeLarge = "hiring.social_insurance_subsidy.small_firm_graduate.employer_size.large";
    public const string SiSmallFirmGraduateSizeMedium = "hiring.social_insurance_subsidy.small_firm_graduate.employer_size.medium";
    public const string SiSmallFirmGraduateSizeSmall = "hiring.social_insurance_subsidy.small_firm_graduate.employer_size.small";
    public const string SiSmallFirmGraduateSizeMicro = "hiring.social_insurance_subsidy.small_firm_graduate.employer_size.micro";
    public const string SiSmallFirmGraduateGroupRegisteredUnemployed = "hiring.social_insurance_subsidy.small_firm_graduate.group.registered_unemployed";
    public const string SiSmallFirmGraduateGroupGraduateInGraduationYear = "hiring.social_insurance_subsidy.small_firm_graduate.group.graduate_in_graduation_year";
    public const string SiSmallFirmGraduateGroupGraduateUnemployed1y = "hiring.social_insurance_subsidy.small_firm_graduate.group.graduate_unemployed_1y";
    public const string SiSmallFirmGraduateGroupGraduateUnemployed2y = "hiring.social_insurance_subsidy.small_firm_graduate.group.graduate_unemployed_2y";
    public const string SiSmallFirmGraduateRequiresOnTimePayment = "hiring.social_insurance_subsidy.small_firm_graduate.requires_on_time_payment";
    public const string SiHardToEmploySharePercent = "hiring.social_insurance_subsidy.hard_to_employ.share_percent";
    public const string SiHardToEmployGroupEmploymentDifficulty = "hiring.social_insurance_subsidy.hard_to_employ.group.employment_difficulty";
    public const string SiPublicWelfarePostGroupEmploymentDifficulty = "hiring.social_insurance_subsidy.public_welfare_post.group.employment_difficulty";

    // 灵活就业人员社会保险补贴, 焦政办〔2023〕36号（十） (with 29号 cl.4): the person claims; share, durations and schemes are configuration (R3, R25).
    public const string SiFlexibleSharePercent = "hiring.social_insurance_subsidy.flexible.share_percent";
    public const string SiFlexibleGroupEmploymentDifficulty = "hiring.social_insurance_subsidy.flexible.group.employment_difficulty";
    public const string SiFlexibleGroupGraduateUnemployed2y = "hiring.social_insurance_subsidy.flexible.group.graduate_unemployed_2y";
    public const string SiFlexibleMaxMonthsEmploymentDifficulty = "hiring.social_insurance_subsidy.flexible.max_months.employment_difficulty";
    public const string SiFlexibleMaxMonthsGraduateUnemployed2y = "hiring.social_insurance_subsidy.flexible.max_months.graduate_unemployed_2y";
    public const string SiFlexibleSchemePension = "hiring.social_insurance_subsidy.flexible.scheme.pension";
    public const string SiFlexibleSchemeMedical = "hiring.social_insurance_subsidy.flexible.scheme.medical";
    public const string SiFlexibleSchemeUnemployment = "hiring.social_insurance_subsidy.flexible.scheme.unemployment";

    // 一次性交通补助, 焦政办〔2024〕15号（九）, and 职业介绍补贴, 豫政办〔2022〕14号 四、 (R26): amounts and frequency per county are configuration (R3).
    public const string TransportGroupPovertyAlleviated = "hiring.transport_subsidy.group.poverty_alleviated";
    public const string TransportRequiresWorkOutsideProvince = "hiring.transport_subsidy.requires_work_outside_province";
    public const string TransportAmount = "hiring.transport_subsidy.amount";
    public const string TransportMaxPerYear = "hiring.transport_subsidy.max_per_year";
    public const string ReferralRequiresLicensedAgency = "hiring.job_referral.requires_licensed_agency";
    public const string ReferralRequiresFreePlacement = "hiring.job_referral.requires_free_placement";
    public const string ReferralAmountPerPlacement = "hiring.job_referral.amount_per_placement";

    // 创业孵化基地运营补贴, Henan D09 cl.32 second sentence (R14, R23): share, yearly cap, years from entry, groups.
    public const string OperatingSubsidySharePercent = "startup.operating_subsidy.max_cost_share_percent";
    public const string OperatingSubsidyAnnualCap = "startup.operating_subsidy.annual_cap";
    public const string OperatingSubsidyMaxYears = "startup.operating_subsidy.max_years";
    public const string OperatingSubsidyGroupCollegeStudent = "startup.operating_subsidy.group.college_student";
    public const string OperatingSubsidyGroupVeteran = "startup.operating_subsidy.group.veteran";
    public const string OperatingSubsidyGroupUnemployed = "startup.operating_subsidy.group.unemployed";
    public const string OperatingSubsidyGroupReturningMigrantWorker = "startup.operating_subsidy.group.returning_migrant_worker";

    // Expression-bodied so that All (initialised above it) never reads it before it exists.
    private static IReadOnlyList<string> MeasureKeys =>
    [
        StabilisationRefundPercentSmes,
        StabilisationRefundPercentLarge,
        StabilisationSmallEmployerMaxInsured,
        StabilisationSmallEmployerMaxLayoffPercent,
        StabilisationMinFullContributionMonths,
        StabilisationNationalControlTargetPercent,
        StabilisationEmployerEnterprise,
        StabilisationReferenceSocialGroup,
        StabilisationReferenceFoundation,
        StabilisationReferenceSocialServiceOrganisation,
        StabilisationReferenceLawFirm,
        StabilisationReferenceAccountingFirm,
        StabilisationReferenceIndividualBusiness,
        SiNewHireMaxYears,
        SiNewHireMinContractYears,
        SiNewHireSharePercent,
        SiNewHireSizeLarge,
        SiNewHireSizeMedium,
        SiNewHireSizeSmall,
        SiNewHireSizeMicro,
        SiNewHireGroupRegisteredUnemployed,
        SiNewHireGroupGraduateInGraduationYear,
        SiNewHireGroupGraduateUnemployed1y,
        SiNewHireGroupGraduateUnemployed2y,
        SiSmallFirmGraduateMinContractYears,
        SiSmallFirmGraduateSizeLarge,
        SiSmallFirmGraduateSizeMedium,
        SiSmallFirmGraduateSizeSmall,
        SiSmallFirmGraduateSizeMicro,
        SiSmallFirmGraduateGroupRegisteredUnemployed,
        SiSmallFirmGraduateGroupGraduateInGraduationYear,
        SiSmallFirmGraduateGroupGraduateUnemployed1y,
        SiSmallFirmGraduateGroupGraduateUnemployed2y,
        SiSmallFirmGraduateRequiresOnTimePayment,
        SiHardToEmploySharePercent,
        SiHardToEmployGroupEmploymentDifficulty,
        SiPublicWelfarePostGroupEmploymentDifficulty,
        SiFlexibleSharePercent,
        SiFlexibleGroupEmploymentDifficulty,
        SiFlexibleGroupGraduateUnemployed2y,
        SiFlexibleMaxMonthsEmploymentDifficulty,
        SiFlexibleMaxMonthsGraduateUnemployed2y,
        SiFlexibleSchemePension,
        SiFlexibleSchemeMedical,
        SiFlexibleSchemeUnemployment,
        TransportGroupPovertyAlleviated,
        TransportRequiresWorkOutsideProvince,
        TransportAmount,
        TransportMaxPerYear,
        ReferralRequiresLicensedAgency,
        ReferralRequiresFreePlacement,
        ReferralAmountPerPlacement,
        OperatingSubsidySharePercent,
        OperatingSubsidyAnnualCap,
        OperatingSubsidyMaxYears,
        OperatingSubsidyGroupCollegeStudent,
        OperatingSubsidyGroupVeteran,
        OperatingSubsidyGroupUnemployed,
        OperatingSubsidyGroupReturningMigrantWorker,
    ];
}
