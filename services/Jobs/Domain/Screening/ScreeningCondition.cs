namespace Employment.Jobs.Domain.Screening;

/// <summary>The conditions R29 forbids a posting to restrict by (the contract's ScreeningCondition numbers).</summary>
public enum ScreeningCondition
{
    Sex = 1,
    HouseholdRegistration = 2,
    UrbanRuralOrigin = 3,
    Ethnicity = 4,
    Identity = 5,
    Disability = 6,
    MaritalStatus = 7,

    /// <summary>年龄: allowed only as the law requires (R29; <see cref="AgeLaw"/>).</summary>
    Age = 8,
}

/// <summary>One restriction found: the condition, where (a request field), and the phrase when in free text.</summary>
public sealed record ScreeningFinding(ScreeningCondition Condition, string Field, string Phrase)
{
    /// <summary>As a clerk reads it: "requirements.sex" or "posting.description：“限男性”".</summary>
    public string Where => Phrase.Length == 0 ? Field : $"{Field}：“{Phrase}”";
}
