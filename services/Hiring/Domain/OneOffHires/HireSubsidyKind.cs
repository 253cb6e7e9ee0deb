namespace Employment.Hiring.Domain.OneOffHires;

/// <summary>The two one-off subsidies per hire of 2023 (R9). An employer's claim names which one it asks for.</summary>
public enum HireSubsidyKind
{
    /// <summary>一次性吸纳就业补贴, 焦政办〔2023〕36号（十一）（十三）.</summary>
    Absorption,

    /// <summary>一次性扩岗补助, 焦政办〔2023〕36号（四）.</summary>
    Expansion,
}
