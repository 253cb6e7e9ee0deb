namespace Employment.Training.Domain.SkillUpgrade;

/// <summary>
/// The certificate an application is for: 职业资格证书, 职业技能等级证书 or 专项职业能力证书. Its issue date
/// selects the rules (R1); its number may be subsidised once, ever (R24).
/// </summary>
/// <param name="OccupationCode">职业编码 (国家职业分类大典), e.g. 6-18-01-01: "the same occupation" of the 2024 rules.</param>
public sealed record SkillCertificate(
    string CertificateNumber,
    string OccupationCode,
    string OccupationName,
    CertificateLevel Level,
    DateOnly IssueDate);
