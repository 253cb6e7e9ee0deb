namespace Employment.Policy.Model;

/// <summary>
/// Who measures are for, as people name themselves on the public list (高校毕业生, 退役军人…), and the
/// catalog's groups it gathers (<see cref="GroupOf"/>). From <c>catalog/audiences.yaml</c>.
/// </summary>
public sealed record Audience(string Id, string NameZh, IReadOnlyList<string> Groups)
{
    private const string GroupInfix = ".group.";
    private const string CategoryPrefix = "categories.";
    private const string RecognisedSuffix = ".recognised";

    /// <summary>
    /// The group a key names: "hiring.trainee.group.unemployed_youth" → unemployed_youth (a measure's
    /// 适用人员), "categories.veteran.recognised" → veteran (a group the loans recognise); else null.
    /// </summary>
    public static string? GroupOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var at = key.LastIndexOf(GroupInfix, StringComparison.Ordinal);
        if (at > 0)
        {
            return key[(at + GroupInfix.Length)..];
        }

        return key.StartsWith(CategoryPrefix, StringComparison.Ordinal) && key.EndsWith(RecognisedSuffix, StringComparison.Ordinal)
            && key.Length > CategoryPrefix.Length + RecognisedSuffix.Length
            ? key[CategoryPrefix.Length..^RecognisedSuffix.Length]
            : null;
    }

    /// <summary>True when a value in force names one of this audience's groups and says yes to it.</summary>
    public bool Covers(ParameterValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Unit == PolicyUnit.Boolean && value.Value.Boolean && GroupOf(value.Key) is { } group && Groups.Contains(group, StringComparer.Ordinal);
    }
}
