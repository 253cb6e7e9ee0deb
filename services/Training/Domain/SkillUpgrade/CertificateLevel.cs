namespace Employment.Training.Domain.SkillUpgrade;

/// <summary>
/// 职业技能等级 of a certificate. Level 1 (一级/高级技师) is the highest, level 5 (五级/初级工) the lowest;
/// <see cref="Unlevelled"/> is 不分级或未明确分级, 专项职业能力证书 included (R24).
/// </summary>
public enum CertificateLevel
{
    Level1 = 1,
    Level2 = 2,
    Level3 = 3,
    Level4 = 4,
    Level5 = 5,
    Unlevelled = 6,
}

public static class CertificateLevels
{
    /// <summary>Whether <paramref name="level"/> ranks above <paramref name="other"/> (a lower number is higher); unlevelled certificates rank with nothing.</summary>
    public static bool IsHigherThan(this CertificateLevel level, CertificateLevel other) =>
        level != CertificateLevel.Unlevelled && other != CertificateLevel.Unlevelled && (int)level < (int)other;

    /// <summary>How a clerk names the level: 五级（初级工）, 专项职业能力/未分级 …</summary>
    public static string Zh(this CertificateLevel level) => level switch
    {
        CertificateLevel.Level1 => "一级（高级技师）",
        CertificateLevel.Level2 => "二级（技师）",
        CertificateLevel.Level3 => "三级（高级工）",
        CertificateLevel.Level4 => "四级（中级工）",
        CertificateLevel.Level5 => "五级（初级工）",
        _ => "不分级（含专项职业能力证书）",
    };
}
