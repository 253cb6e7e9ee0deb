using Employment.Training.Domain.SkillUpgrade;

namespace Employment.Training.Domain.VocationalTraining;

/// <summary>
/// A completed training course (培训项目) of a 培训机构, for the vocational training subsidy: its end date
/// selects the rules (R1), its occupation and level are "the same training" of the 2024 no-stacking rule (R24).
/// </summary>
/// <param name="OccupationCode">职业编码 (国家职业分类大典) of the course; the certificate it led to has the same.</param>
public sealed record TrainingCourse(
    string CourseId,
    string InstitutionName,
    string InstitutionCreditCode,
    string OccupationCode,
    CertificateLevel Level,
    DateOnly Start,
    DateOnly End,
    int Hours);
