namespace Employment.Jobs.Domain.Matching;

/// <summary>学历层次, lowest to highest (the registry's EducationLevel numbers).</summary>
public enum EducationLevel
{
    None = 0,
    BelowSecondary = 1,
    Secondary = 2,
    JuniorCollege = 3,
    Bachelor = 4,
    Postgraduate = 5,
}

/// <summary>
/// A certificate a seeker holds or a posting asks for: a 职业分类大典 code and a 职业技能等级 — 1 (一级/高级技师)
/// is the highest, 5 (五级/初级工) the lowest, <see cref="Unlevelled"/> for 专项职业能力 and other
/// certificates without a level (the registry's SkillLevel numbers).
/// </summary>
public readonly record struct Certificate(string OccupationCode, int Level, string NameZh)
{
    public const int Unlevelled = 6;

    /// <summary>
    /// Whether a held certificate meets this requirement: the same occupation, and a level at least
    /// the one asked for (a lower number); a requirement without a level is met by any level.
    /// </summary>
    public bool IsMetBy(Certificate held) =>
        string.Equals(held.OccupationCode, OccupationCode, StringComparison.Ordinal)
        && (Level == Unlevelled || (held.Level != Unlevelled && held.Level <= Level));
}

/// <summary>How the documents' terms read in a reason.</summary>
public static class QualificationText
{
    public static string Education(EducationLevel level) => level switch
    {
        EducationLevel.BelowSecondary => "初中及以下",
        EducationLevel.Secondary => "高中/中专/技校",
        EducationLevel.JuniorCollege => "大专",
        EducationLevel.Bachelor => "本科",
        EducationLevel.Postgraduate => "研究生",
        _ => "未记录",
    };

    public static string Level(int level) => level switch
    {
        1 => "一级/高级技师",
        2 => "二级/技师",
        3 => "三级/高级工",
        4 => "四级/中级工",
        5 => "五级/初级工",
        _ => "不分级",
    };

    public static string Certificate(Certificate certificate) =>
        $"{(string.IsNullOrEmpty(certificate.NameZh) ? certificate.OccupationCode : certificate.NameZh)}（{Level(certificate.Level)}）";
}
