namespace Employment.Policy.Model;

/// <summary>What two exclusive measures may not both pay for ("不能重复享受").</summary>
public enum ExclusionScope
{
    /// <summary>The same person, whoever claims (R9).</summary>
    Person,

    /// <summary>The same person and month (R21, R25).</summary>
    PersonMonth,

    /// <summary>The same person, occupation and level (R24's "same training").</summary>
    SameTraining,
}

/// <summary>
/// Two measures that may not both pay for the same person, month or training. Where and when the rule is
/// in force, and the clause it rests on, are the values of <see cref="Key"/> (a boolean: true where the
/// documents forbid the pair); the measures are named by the prefix of their keys (hiring.expansion).
/// </summary>
public sealed record MeasureExclusion(string Key, string First, string Second, ExclusionScope Per, CatalogLocation Location)
{
    /// <summary>Whether the measure a record was paid under (hiring.social_insurance_subsidy.flexible) is <paramref name="prefix"/> or one of its parts.</summary>
    public static bool IsUnder(string measure, string prefix) =>
        measure == prefix || (measure.StartsWith(prefix, StringComparison.Ordinal) && measure.Length > prefix.Length && measure[prefix.Length] == '.');

    /// <summary>Whether records of the two measures are the pair this exclusion forbids, in either order.</summary>
    public bool Pairs(string a, string b) =>
        (IsUnder(a, First) && IsUnder(b, Second)) || (IsUnder(a, Second) && IsUnder(b, First));

    /// <summary>Whether a record of the measure is one side of the pair.</summary>
    public bool Names(string measure) => IsUnder(measure, First) || IsUnder(measure, Second);
}
