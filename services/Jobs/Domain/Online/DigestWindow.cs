namespace Employment.Jobs.Domain.Online;

/// <summary>
/// Which days of new postings a saved search's next message covers. A message covers whole days only, so a posting is
/// told of once: on day <c>D</c> it covers every day after the last one covered up to <c>D − 1</c>; a search saved on
/// day <c>C</c> starts with <c>C</c> itself (a posting published that day before the search was saved is told of once
/// more rather than missed). Nothing is due while yesterday is already covered: at most one message a day.
/// </summary>
public readonly record struct DigestWindow(DateOnly From, DateOnly Through)
{
    /// <summary>What a search saved on <paramref name="savedOn"/> has covered before its first message.</summary>
    public static DateOnly CoveredWhenSaved(DateOnly savedOn) => savedOn.AddDays(-1);

    /// <summary>The days due on <paramref name="today"/>, or none when yesterday is already covered.</summary>
    public static DigestWindow? Due(DateOnly sentThrough, DateOnly today)
    {
        var through = today.AddDays(-1);
        return sentThrough < through ? new DigestWindow(sentThrough.AddDays(1), through) : null;
    }
}
