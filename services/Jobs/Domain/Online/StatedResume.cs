using Employment.ServiceDefaults.Errors;
using Employment.ServiceDefaults.Validation;

namespace Employment.Jobs.Domain.Online;

/// <summary>One job the person has held, as they state it.</summary>
/// <param name="Until">Null while it continues.</param>
public sealed record WorkExperience(string EmployerName, string JobTitle, DateOnly From, DateOnly? Until, string Duties);

/// <summary>
/// The part of a resume the person writes beyond their matching preferences (which are the seeker's
/// <c>StatedPreferences</c>): experience, when they can start, and an introduction. Checked once: each
/// text plain and bounded, each period in order and not in the future.
/// </summary>
/// <param name="AvailableFrom">到岗时间: the first day they can start; null = at once.</param>
public sealed record StatedResume(IReadOnlyList<WorkExperience> Experience, DateOnly? AvailableFrom, string AvailabilityNote, string Introduction)
{
    public const int MaxExperience = 20;

    public static StatedResume Empty { get; } = new([], null, "", "");

    /// <summary>The resume with its texts trimmed, or a broken rule naming the field (<c>stated.experience[2].from</c>).</summary>
    public StatedResume Checked(DateOnly today)
    {
        if (Experience.Count > MaxExperience)
        {
            throw DomainRuleException.Invalid("stated.experience", $"工作经历最多填写 {MaxExperience} 段，收到 {Experience.Count} 段。");
        }

        var experience = Experience.Select((e, i) => Checked(e, i, today)).ToList();
        return this with
        {
            Experience = experience,
            AvailabilityNote = PlainText.Check(AvailabilityNote, "stated.availability_note", 200, "到岗说明", required: false),
            Introduction = PlainText.Check(Introduction, "stated.introduction", 1000, "自我介绍", required: false),
        };
    }

    private static WorkExperience Checked(WorkExperience e, int i, DateOnly today)
    {
        var at = $"stated.experience[{i}]";
        var name = PlainText.Check(e.EmployerName, at + ".employer_name", 100, $"第 {i + 1} 段经历的单位名称");
        var title = PlainText.Check(e.JobTitle, at + ".job_title", 50, $"第 {i + 1} 段经历的岗位");
        var duties = PlainText.Check(e.Duties, at + ".duties", 500, $"第 {i + 1} 段经历的工作内容", required: false);
        if (e.From > today)
        {
            throw DomainRuleException.Invalid(at + ".from", $"第 {i + 1} 段经历的开始日期 {e.From:yyyy-MM-dd} 晚于今天。");
        }

        if (e.Until is { } until && (until < e.From || until > today))
        {
            throw DomainRuleException.Invalid(at + ".until",
                until < e.From ? $"第 {i + 1} 段经历的结束日期 {until:yyyy-MM-dd} 早于开始日期 {e.From:yyyy-MM-dd}。" : $"第 {i + 1} 段经历的结束日期 {until:yyyy-MM-dd} 晚于今天；仍在职的请不填结束日期。");
        }

        return new WorkExperience(name, title, e.From, e.Until, duties);
    }
}

/// <summary>Who may see a resume beyond the person and the clerks of their office; the default is the narrowest.</summary>
public enum ResumeVisibility
{
    /// <summary>不公开: an employer sees a masked summary even of an application made to it.</summary>
    Nobody = 1,

    /// <summary>投递的单位可见: the employers they apply to.</summary>
    AppliedEmployers = 2,

    /// <summary>平台上所有单位可见.</summary>
    AllEmployers = 3,
}

/// <summary>Whether an employer may read a resume in full (<see cref="ResumeVisibility"/>).</summary>
public static class ResumeAccess
{
    /// <param name="appliedToThem">The resume came to the employer through an application to one of its postings.</param>
    public static bool EmployerSeesWhole(ResumeVisibility visibility, bool appliedToThem) =>
        visibility == ResumeVisibility.AllEmployers || (visibility == ResumeVisibility.AppliedEmployers && appliedToThem);
}
