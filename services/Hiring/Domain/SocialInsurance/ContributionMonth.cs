namespace Employment.Hiring.Domain.SocialInsurance;

/// <summary>
/// One month of social insurance the claimant paid for the hired person: the amount it actually paid
/// (单位缴纳部分, in fen) and whether it was paid by the statutory due date (按时缴纳, R18).
/// </summary>
public sealed record ContributionMonth(int Year, int Month, long PaidFen, bool PaidOnTime = true)
{
    public DateOnly FirstDay => new(Year, Month, 1);

    /// <summary>Months from the contract-start month: 0 is that month itself.</summary>
    public int IndexFrom(DateOnly contractStart) => (Year * 12 + Month) - (contractStart.Year * 12 + contractStart.Month);

    public string Display => $"{Year:D4}-{Month:D2}";
}
