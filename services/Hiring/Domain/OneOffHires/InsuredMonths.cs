namespace Employment.Hiring.Domain.OneOffHires;

/// <summary>险种 a hire subsidy may require (R18).</summary>
public enum InsuredScheme
{
    /// <summary>职工养老保险.</summary>
    Pension,

    /// <summary>医疗保险.</summary>
    Medical,

    /// <summary>失业保险.</summary>
    Unemployment,

    /// <summary>工伤保险.</summary>
    WorkInjury,
}

/// <summary>
/// Months of contributions the claimant itself paid for the hired person from the contract start, per
/// scheme (R18: another employer's or the person's own flexible-worker months do not count). The
/// service reads them from the social-insurance facts; a scheme not listed has 0 months.
/// </summary>
public sealed class InsuredMonths(IReadOnlyDictionary<InsuredScheme, int> months)
{
    public static InsuredMonths None { get; } = new(new Dictionary<InsuredScheme, int>());

    public int Of(InsuredScheme scheme) => months.TryGetValue(scheme, out var m) ? m : 0;
}
