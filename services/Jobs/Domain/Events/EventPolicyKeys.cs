namespace Employment.Jobs.Domain.Events;

/// <summary>
/// The catalog keys of the recruitment-event targets. The module requires <see cref="All"/> at start-up,
/// so a catalog without them stops the service.
/// </summary>
public static class EventPolicyKeys
{
    /// <summary>全年举办招聘活动场次（济管〔2023〕19号 80.: "60 场以上"）.</summary>
    public const string MinEventsPerYear = "jobs.recruitment_events.min_events_per_year";

    /// <summary>全年招聘活动提供就业岗位数（济管〔2023〕19号 80.: "3.5万个以上"）.</summary>
    public const string MinPostsOfferedPerYear = "jobs.recruitment_events.min_posts_offered_per_year";

    public static IReadOnlyList<string> All { get; } = [MinEventsPerYear, MinPostsOfferedPerYear];
}
