namespace Employment.Hiring.Domain.StartupSubsidies;

/// <summary>The founders' groups the start-up measures name; which measure covers which is catalog data.</summary>
internal enum FounderGroup
{
    /// <summary>大中专学生（含毕业5年内毕业生及在校学生、留学回国人员）.</summary>
    CollegeStudent,

    /// <summary>就业困难人员.</summary>
    EmploymentDifficulty,

    /// <summary>贫困家庭劳动力.</summary>
    PoorFamilyLabour,

    /// <summary>返乡农民工.</summary>
    ReturningMigrantWorker,

    /// <summary>退役军人.</summary>
    Veteran,

    /// <summary>失业人员 (运营补贴 only): registered unemployed on the day judged.</summary>
    Unemployed,
}

/// <summary>What one start-up measure reads from the catalog and the literal ids of its checks.</summary>
internal sealed record StartupMeasure(
    string NameZh,
    string AmountKey,
    string MinOperatingYearsKey,
    string MaxPerPersonKey,
    IReadOnlyList<(BusinessForm Form, string Key)> BusinessKeys,
    IReadOnlyList<(FounderGroup Group, string Key)> GroupKeys,
    StartupMeasureRules Rules);

internal sealed record StartupMeasureRules(
    string PolicyInForce,
    string BusinessForm,
    string FirstBusiness,
    string OperatedMinYears,
    string FounderGroup,
    string OncePerPerson,
    string EntitledByClaimDate);

/// <summary>The two measures of R21: Henan's 开业补贴 and Jiaozuo's 一次性创业补贴.</summary>
internal static class StartupMeasures
{
    /// <summary>一次性开业补贴, Henan D09 cl.32 (R14).</summary>
    public static StartupMeasure HenanOpeningSubsidy { get; } = new(
        "一次性开业补贴（河南省《支持中小企业发展若干财税政策》第32条）",
        HiringPolicyKeys.OpeningSubsidyAmount,
        HiringPolicyKeys.OpeningSubsidyMinOperatingYears,
        HiringPolicyKeys.OpeningSubsidyMaxPerPerson,
        [
            (BusinessForm.Enterprise, HiringPolicyKeys.OpeningSubsidyBusinessEnterprise),
            (BusinessForm.IndividualBusiness, HiringPolicyKeys.OpeningSubsidyBusinessIndividualBusiness),
        ],
        [
            (FounderGroup.CollegeStudent, HiringPolicyKeys.OpeningSubsidyGroupCollegeStudent),
            (FounderGroup.EmploymentDifficulty, HiringPolicyKeys.OpeningSubsidyGroupEmploymentDifficulty),
            (FounderGroup.PoorFamilyLabour, HiringPolicyKeys.OpeningSubsidyGroupPoorFamilyLabour),
            (FounderGroup.ReturningMigrantWorker, HiringPolicyKeys.OpeningSubsidyGroupReturningMigrantWorker),
            (FounderGroup.Veteran, HiringPolicyKeys.OpeningSubsidyGroupVeteran),
        ],
        new StartupMeasureRules(
            PolicyInForce: StartupRuleIds.OpeningSubsidyPolicyInForce,
            BusinessForm: StartupRuleIds.OpeningSubsidyBusinessForm,
            FirstBusiness: StartupRuleIds.OpeningSubsidyFirstBusiness,
            OperatedMinYears: StartupRuleIds.OpeningSubsidyOperatedMinYears,
            FounderGroup: StartupRuleIds.OpeningSubsidyFounderGroup,
            OncePerPerson: StartupRuleIds.OpeningSubsidyOncePerPerson,
            EntitledByClaimDate: StartupRuleIds.OpeningSubsidyEntitledByClaimDate));

    /// <summary>一次性创业补贴, 焦政办〔2023〕29号 cl.21.</summary>
    public static StartupMeasure JiaozuoFirstSelfEmployment { get; } = new(
        "一次性创业补贴（焦政办〔2023〕29号 第21条）",
        HiringPolicyKeys.FirstSelfEmploymentAmount,
        HiringPolicyKeys.FirstSelfEmploymentMinOperatingYears,
        HiringPolicyKeys.FirstSelfEmploymentMaxPerPerson,
        [
            (BusinessForm.Enterprise, HiringPolicyKeys.FirstSelfEmploymentBusinessEnterprise),
            (BusinessForm.IndividualBusiness, HiringPolicyKeys.FirstSelfEmploymentBusinessIndividualBusiness),
        ],
        [
            (FounderGroup.CollegeStudent, HiringPolicyKeys.FirstSelfEmploymentGroupCollegeStudent),
            (FounderGroup.EmploymentDifficulty, HiringPolicyKeys.FirstSelfEmploymentGroupEmploymentDifficulty),
            (FounderGroup.PoorFamilyLabour, HiringPolicyKeys.FirstSelfEmploymentGroupPoorFamilyLabour),
            (FounderGroup.ReturningMigrantWorker, HiringPolicyKeys.FirstSelfEmploymentGroupReturningMigrantWorker),
            (FounderGroup.Veteran, HiringPolicyKeys.FirstSelfEmploymentGroupVeteran),
        ],
        new StartupMeasureRules(
            PolicyInForce: StartupRuleIds.FirstSelfEmploymentSubsidyPolicyInForce,
            BusinessForm: StartupRuleIds.FirstSelfEmploymentSubsidyBusinessForm,
            FirstBusiness: StartupRuleIds.FirstSelfEmploymentSubsidyFirstBusiness,
            OperatedMinYears: StartupRuleIds.FirstSelfEmploymentSubsidyOperatedMinYears,
            FounderGroup: StartupRuleIds.FirstSelfEmploymentSubsidyFounderGroup,
            OncePerPerson: StartupRuleIds.FirstSelfEmploymentSubsidyOncePerPerson,
            EntitledByClaimDate: StartupRuleIds.FirstSelfEmploymentSubsidyEntitledByClaimDate));

    public static IReadOnlyList<StartupMeasure> All { get; } = [HenanOpeningSubsidy, JiaozuoFirstSelfEmployment];
}
