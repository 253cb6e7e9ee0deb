using Employment.Jobs.Domain.Online;
using Xunit;

namespace Jobs.Tests.Domain;

/// <summary>A saved search's message covers whole days, each once: the days after the last covered up to yesterday.</summary>
public sealed class DigestWindowTests
{
    private static readonly DateOnly Today = new(2026, 3, 10);

    [Fact]
    public void DigestWindow_a_search_saved_today_covers_today_tomorrow_and_nothing_before()
    {
        var covered = DigestWindow.CoveredWhenSaved(Today);
        Assert.Null(DigestWindow.Due(covered, Today));
        Assert.Equal(new DigestWindow(Today, Today), DigestWindow.Due(covered, Today.AddDays(1)));
    }

    [Fact]
    public void DigestWindow_days_missed_while_the_service_was_down_are_covered_together_once()
    {
        Assert.Equal(new DigestWindow(Today.AddDays(-3), Today.AddDays(-1)), DigestWindow.Due(Today.AddDays(-4), Today));
        Assert.Null(DigestWindow.Due(Today.AddDays(-1), Today));
    }
}
