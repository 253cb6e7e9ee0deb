using Employment.Common.V1;

namespace Employment.Training.Domain.VocationalTraining;

/// <summary>
/// The answer for one completed course: whether it is paid, how much (zero when not), and the explanation
/// every answer carries. <see cref="DuplicateOf"/> names the application that already holds the course.
/// </summary>
public sealed record VocationalTrainingJudgement(
    bool Eligible,
    long AmountFen,
    Explanation Explanation,
    IReadOnlyList<string> FailedRules,
    string? DuplicateOf)
{
    /// <summary>
    /// At submission a broken rule is a refusal, not a stored application: ALREADY_EXISTS naming the first
    /// application for a course subsidised before, FAILED_PRECONDITION naming the first failed rule otherwise.
    /// </summary>
    public void EnsureGranted(string courseId)
    {
        if (DuplicateOf is { } first)
        {
            throw new DomainRuleException(DomainRuleKind.AlreadyExists,
                $"培训项目 {courseId} 已申请过职业培训补贴，申请编号 {first}；同一培训只能享受一次。 " +
                $"(field: course.course_id; first application: {first})",
                field: "course.course_id", ruleId: VocationalTrainingRuleIds.OnePerCourse);
        }

        if (!Eligible)
        {
            var failed = Explanation.Checks.Where(c => !c.Passed).Select(c => c.DescriptionZh);
            throw DomainRuleException.NotAllowed($"不符合职业培训补贴条件：{string.Join("；", failed)}", FailedRules.FirstOrDefault());
        }
    }
}
