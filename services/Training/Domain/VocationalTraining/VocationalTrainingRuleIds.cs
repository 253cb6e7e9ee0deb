namespace Employment.Training.Domain.VocationalTraining;

/// <summary>
/// The id of every check a vocational-training decision makes, written out whole so that an id a clerk
/// reads in an explanation is found with one search, and from here the line of
/// <see cref="VocationalTrainingRules"/> that decides it.
/// </summary>
public static class VocationalTrainingRuleIds
{
    /// <summary>职业培训补贴 per completed course: the configured amount for the region on the course's end date (R3).</summary>
    public const string AmountPerCourse = "training.vocational_training.amount_per_course";

    /// <summary>One subsidy per course and person; one per certificate the course led to.</summary>
    public const string OnePerCourse = "training.vocational_training.one_per_course";

    /// <summary>2024: 技能提升补贴和职业培训补贴不得重复享受 (same occupation and level, certificate issued on or after the course's end, R24).</summary>
    public const string NotWithSkillUpgrade = "training.vocational_training.not_with_skill_upgrade_subsidy";
}
