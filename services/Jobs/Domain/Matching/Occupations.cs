namespace Employment.Jobs.Domain.Matching;

/// <summary>职业分类大典 codes as matching compares them: 大类-中类-小类-细类 (6-31-01-03).</summary>
public static class Occupations
{
    /// <summary>The 小类 of a code: its first three segments (a shorter code is its own group).</summary>
    public static string GroupOf(string code)
    {
        var parts = (code ?? "").Split('-');
        return parts.Length > 3 ? string.Join('-', parts.Take(3)) : code ?? "";
    }

    /// <summary>A 细类 (four segments) or a 小类 (three): digit groups joined by '-', first segment one digit.</summary>
    public static bool IsWellFormed(string code)
    {
        var parts = (code ?? "").Split('-');
        return parts.Length is 3 or 4 && parts[0].Length == 1 && parts.All(p => p.Length is >= 1 and <= 2 && p.All(char.IsAsciiDigit));
    }
}
