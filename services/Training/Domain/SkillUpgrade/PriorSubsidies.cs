namespace Employment.Training.Domain.SkillUpgrade;

/// <summary>A skill-upgrade subsidy the person already has (submitted, approved or paid; a rejected one is not one).</summary>
public sealed record PriorSkillUpgrade(string ApplicationId, string CertificateNumber, string OccupationCode, CertificateLevel Level, DateOnly IssueDate);

/// <summary>
/// A vocational training subsidy (职业培训补贴) the person already has, for a course that ended on <c>CourseEnd</c>;
/// <c>CourseId</c> and <c>CertificateNumber</c> (the certificate it led to) are empty when only stated (self-check).
/// </summary>
public sealed record PriorVocationalTraining(string ApplicationId, string OccupationCode, CertificateLevel Level, DateOnly CourseEnd, string CourseId = "", string CertificateNumber = "");

/// <summary>What the person has been granted before, every year included (the 2024 rules look back at 2023, R24).</summary>
public sealed record PriorSubsidies(IReadOnlyList<PriorSkillUpgrade> SkillUpgrades, IReadOnlyList<PriorVocationalTraining> VocationalTrainings)
{
    public static PriorSubsidies None { get; } = new([], []);
}
