namespace Employment.Policy.Model;

/// <summary>What a parameter's number means (catalog/README.md, "Units").</summary>
public enum PolicyUnit
{
    /// <summary>CNY fen, an integer (1 元 = 100 fen).</summary>
    Fen,

    /// <summary>A percentage as a plain number (50 means 50%).</summary>
    Percent,

    /// <summary>A multiple (40 means 40 times).</summary>
    Multiple,

    Count,
    Years,
    Months,
    Days,

    /// <summary>An age in whole years.</summary>
    Age,

    Date,
    Boolean,
}

public static class PolicyUnits
{
    private static readonly Dictionary<string, PolicyUnit> ByName = new(StringComparer.Ordinal)
    {
        ["fen"] = PolicyUnit.Fen,
        ["percent"] = PolicyUnit.Percent,
        ["multiple"] = PolicyUnit.Multiple,
        ["count"] = PolicyUnit.Count,
        ["years"] = PolicyUnit.Years,
        ["months"] = PolicyUnit.Months,
        ["days"] = PolicyUnit.Days,
        ["age"] = PolicyUnit.Age,
        ["date"] = PolicyUnit.Date,
        ["boolean"] = PolicyUnit.Boolean,
    };

    public static IEnumerable<string> Names => ByName.Keys;

    public static bool TryParse(string? name, out PolicyUnit unit) => ByName.TryGetValue(name ?? "", out unit);

    public static string Name(this PolicyUnit unit) => ByName.First(p => p.Value == unit).Key;

    /// <summary>Units whose values are whole numbers.</summary>
    public static bool IsInteger(this PolicyUnit unit) =>
        unit is PolicyUnit.Fen or PolicyUnit.Count or PolicyUnit.Years or PolicyUnit.Months or PolicyUnit.Days or PolicyUnit.Age;
}
