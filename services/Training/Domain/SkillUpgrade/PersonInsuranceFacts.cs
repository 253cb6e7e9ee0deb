namespace Employment.Training.Domain.SkillUpgrade;

/// <summary>A span of the person's record, first and last day inclusive; <c>Until</c> null is still in force.</summary>
public readonly record struct DateSpan(DateOnly From, DateOnly? Until)
{
    public bool Covers(DateOnly day) => day >= From && (Until is null || day <= Until);
}

/// <summary>
/// 失业保险缴费: months actually contributed (累计缴费月数) over a span, as the registry records them.
/// </summary>
public sealed record UnemploymentInsuranceSpan(DateSpan Span, int Months, string FactId);

/// <summary>
/// The registry facts a skill-upgrade decision reads about the person, already taken from their
/// profile: unemployment-insurance contributions, unemployment benefit (领取失业保险金) and employment
/// contracts (劳动合同). Superseded facts are not here.
/// </summary>
public sealed record PersonInsuranceFacts(
    IReadOnlyList<UnemploymentInsuranceSpan> Insurance,
    IReadOnlyList<(DateSpan Span, string FactId)> Benefit,
    IReadOnlyList<(DateSpan Span, string FactId)> Contracts)
{
    public static PersonInsuranceFacts None { get; } = new([], [], []);

    /// <summary>
    /// Cumulative unemployment-insurance months up to and including <paramref name="day"/> (R24). A span
    /// that runs past the day counts at most the whole months elapsed from its start to the day (a month
    /// runs from a day to the day before the same day of the next month), never more than it records.
    /// </summary>
    public int InsuredMonthsUpTo(DateOnly day)
    {
        var total = 0;
        foreach (var insurance in Insurance)
        {
            if (insurance.Span.From > day)
            {
                continue;
            }

            var last = insurance.Span.Until is { } until && until < day ? until : day;
            total += Math.Min(Math.Max(insurance.Months, 0), WholeMonths(insurance.Span.From, last));
        }

        return total;
    }

    /// <summary>The benefit fact in force on the day, if any.</summary>
    public string? BenefitInForceOn(DateOnly day) => Benefit.Where(b => b.Span.Covers(day)).Select(b => b.FactId).FirstOrDefault();

    /// <summary>The contract fact in force on the day, if any.</summary>
    public string? ContractInForceOn(DateOnly day) => Contracts.Where(c => c.Span.Covers(day)).Select(c => c.FactId).FirstOrDefault();

    private static int WholeMonths(DateOnly first, DateOnly last)
    {
        var months = 0;
        while (first.AddMonths(months + 1) <= last.AddDays(1))
        {
            months++;
        }

        return months;
    }
}
