namespace Employment.Jobs.Domain.Assistance;

/// <summary>The catalog keys assistance reads; the module requires <see cref="All"/> at start-up.</summary>
public static class AssistancePolicyKeys
{
    /// <summary>零就业家庭至少就业人数（焦政办〔2023〕36号（十三）: "确保零就业家庭至少1人就业"）.</summary>
    public const string MinEmployedPerZeroEmploymentHousehold = "jobs.zero_employment_household.min_employed";

    public static IReadOnlyList<string> All { get; } = [MinEmployedPerZeroEmploymentHousehold];
}
