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

    /// <summary>
    /// The person belongs to one of the groups the catalog has in force for the region on the course's end
    /// date (each group's own id is its catalog key, <c>training.vocational_training.group.*</c>).
    /// </summary>
    public const string Group = "training.vocational_training.group";

    /// <summary>Henan D09 cl.35: newly hired on a contract of at least the configured years, the course begun within the configured years of it.</summary>
    public const string NewHireContract = "training.new_hire_vocational.contract";

    /// <summary>离校未就业高校毕业生: a 大专 or higher graduation on or before the course's start (no limit on the years since).</summary>
    public const string GraduateLeftSchool = "training.vocational_training.graduate_left_school";

    /// <summary>离校未就业: a college graduate who had left school, with no labour contract in force on the course's start.</summary>
    public const string NotEmployedOnCourseStart = "training.vocational_training.not_employed_on_course_start";

    /// <summary>A group the catalog names that the registry records no fact for: reported, never passed.</summary>
    public const string GroupNotEstablished = "training.vocational_training.group_not_established";

    /// <summary>One subsidy per course and person; one per certificate the course led to.</summary>
    public const string OnePerCourse = "training.vocational_training.one_per_course";

    /// <summary>2024: 技能提升补贴和职业培训补贴不得重复享受 (same occupation and level, certificate issued on or after the course's end, R24).</summary>
    public const string NotWithSkillUpgrade = "training.vocational_training.not_with_skill_upgrade_subsidy";
}
