using Employment.Policy.Model;
using Employment.Training.Domain.SkillUpgrade;

namespace Employment.Training.Domain.Apprenticeship;

/// <summary>
/// One training year of a 新型学徒制 apprentice, paid to the enterprise (R26). Its start selects the rules (R1).
/// </summary>
/// <param name="TrainingYear">1 for the first year.</param>
/// <param name="Level">The level trained for: level 4 (中级工) or level 3 (高级工), R26.</param>
public sealed record ApprenticeTrainingYear(
    string EnterpriseCreditCode,
    string EnterpriseName,
    string OccupationCode,
    CertificateLevel Level,
    int TrainingYear,
    DateOnly Start,
    DateOnly End);

/// <summary>A 新型学徒制 training year already subsidised for the apprentice (submitted, approved or paid).</summary>
public sealed record PriorApprenticeYear(string ApplicationId, int TrainingYear);

/// <summary>Everything one 新型学徒制 decision reads, besides the catalog.</summary>
public sealed record ApprenticeshipCase(ApprenticeTrainingYear Year, IReadOnlyList<PriorApprenticeYear> Prior, Region Region, DateOnly Today);
