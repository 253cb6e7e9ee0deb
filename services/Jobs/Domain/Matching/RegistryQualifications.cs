namespace Employment.Jobs.Domain.Matching;

/// <summary>
/// What the registry profile says that matching uses, read on the match date: certificates, highest
/// education, priority groups, and whether the seeker is a certified 就业困难人员 (R10: facts in force on the date).
/// </summary>
public sealed record RegistryQualifications(
    IReadOnlyList<Certificate> Certificates,
    EducationLevel Education,
    IReadOnlyList<PriorityGroup> Priority,
    bool CertifiedEmploymentDifficulty)
{
    /// <summary>Nothing known: the non-personalised mode, or a profile with no such facts.</summary>
    public static RegistryQualifications None { get; } = new([], EducationLevel.None, [], false);
}
