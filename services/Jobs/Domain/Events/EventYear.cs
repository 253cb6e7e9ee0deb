using Employment.Policy;
using Employment.Policy.Model;

namespace Employment.Jobs.Domain.Events;

/// <summary>What a region's held events of one year add up to.</summary>
public sealed record EventTally(int EventsHeld, long PostingsOffered, long Attendance, long Hires, IReadOnlyDictionary<EventKind, int> ByKind);

/// <summary>One target the documents set, and the year's figure against it.</summary>
public sealed record TargetProgress(string Key, string TitleZh, long Target, long Actual, ParameterValue Source)
{
    public bool Met => Actual >= Target;
}

/// <summary>
/// A region's year of recruitment events judged against the targets the catalog holds for exactly that
/// region (jobs.event.annual_target). A target is a figure for the region that set it — Jiyuan's 60
/// events are the whole zone's — so a value inherited from a wider region (a province's total) is never
/// applied to a narrower one, and a city's target is never a county's. The value is the one in force on
/// the year's last day: the targets are "全年" figures.
/// </summary>
public static class EventYear
{
    public const string Rule = EventRuleIds.AnnualTarget;

    private static readonly (string Key, string TitleZh, Func<EventTally, long> Actual)[] Targets =
    [
        (EventPolicyKeys.MinEventsPerYear, "全年举办招聘活动场次", t => t.EventsHeld),
        (EventPolicyKeys.MinPostsOfferedPerYear, "全年招聘活动提供就业岗位数", t => t.PostingsOffered),
    ];

    public static IReadOnlyList<TargetProgress> Judge(PolicyCatalog catalog, string regionCode, int year, EventTally tally)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(tally);
        var region = Region.Parse(regionCode);
        var yearEnd = new DateOnly(year, 12, 31);
        var progress = new List<TargetProgress>();
        foreach (var (key, title, actual) in Targets)
        {
            if (catalog.TryResolve(key, region, yearEnd, out var value) && value.Region == region)
            {
                progress.Add(new TargetProgress(key, title, value.Value.Integer, actual(tally), value));
            }
        }

        return progress;
    }

    /// <summary>A year that has begun (China calendar): a later one has no events held yet.</summary>
    public static int RequireYear(int year, DateOnly today)
    {
        if (year <= 0 || year > today.Year)
        {
            throw new DomainRuleException(DomainRuleKind.InvalidInput, $"年份 {year} 无效：请提供已开始的公历年份（不晚于 {today.Year} 年）。", "year", Rule);
        }

        return year;
    }
}
