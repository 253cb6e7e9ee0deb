namespace Employment.Jobs.Search;

/// <summary>
/// Pay stated per day or hour, as a month's, so that one filter compares every posting: 21.75 paid
/// days and 174 hours a month (the 月计薪天数 of 劳社部发〔2008〕3号).
/// </summary>
public static class MonthlyPay
{
    public static long Fen(long amountFen, PayPeriod period) => period switch
    {
        PayPeriod.Month => amountFen,
        PayPeriod.Day => amountFen * 2175 / 100,
        PayPeriod.Hour => amountFen * 174,
        _ => throw new ArgumentOutOfRangeException(nameof(period), period, "Unknown pay period."),
    };
}
