using Employment.Common.V1;
using Employment.Policy.Model;
using Employment.Training.Domain.SkillUpgrade;

namespace Employment.Training.Domain.VocationalTraining;

/// <summary>
/// Everything one vocational-training decision reads, besides the catalog: the course, the certificate
/// it led to, the person's registry facts (for the groups the subsidy covers), what the person was
/// granted before, the decision region (R27) and today (a course that has not ended is not completed).
/// </summary>
public sealed record VocationalTrainingCase(
    TrainingCourse Course,
    SkillCertificate Certificate,
    PersonProfile Person,
    PriorSubsidies Prior,
    Region Region,
    DateOnly Today);
