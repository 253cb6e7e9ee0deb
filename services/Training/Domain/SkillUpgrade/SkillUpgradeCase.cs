using Employment.Policy.Model;

namespace Employment.Training.Domain.SkillUpgrade;

/// <summary>
/// Everything one skill-upgrade decision reads, besides the catalog: the certificate, the person's
/// insurance facts, what they were granted before, the decision region — where the unemployment
/// insurance or benefit is paid on the issue date (R27) — and today (a certificate is not from the future).
/// </summary>
public sealed record SkillUpgradeCase(
    SkillCertificate Certificate,
    PersonInsuranceFacts Person,
    PriorSubsidies Prior,
    Region Region,
    DateOnly Today);
