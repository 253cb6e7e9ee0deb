namespace Employment.Jobs.Domain.Events;

/// <summary>
/// A recruitment event (招聘活动) the public employment service runs: announced (planned), then either
/// held with its results recorded — and only then counted toward its region's year — or cancelled.
/// </summary>
public sealed class RecruitmentEvent
{
    private RecruitmentEvent(string id, EventDetails details, EventStatus status, EventResults results, string cancellationReason)
    {
        Id = id;
        Details = details;
        Status = status;
        Results = results;
        CancellationReason = cancellationReason;
    }

    public string Id { get; }

    public EventDetails Details { get; }

    public EventStatus Status { get; private set; }

    public EventResults Results { get; private set; }

    public string CancellationReason { get; private set; }

    /// <summary>Whether it counts toward its year: held, with its results recorded.</summary>
    public bool Counts => Status == EventStatus.Held;

    /// <summary>Whether the public sees it among upcoming events on <paramref name="today"/>.</summary>
    public bool IsUpcoming(DateOnly today) => Status == EventStatus.Planned && Details.Date >= today;

    public static RecruitmentEvent Announce(string id, EventDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        if (details.Kind == EventKind.None)
        {
            throw Invalid("details.kind", "请选择招聘活动形式（现场、直播带岗、电视送岗或校园招聘）");
        }

        return new RecruitmentEvent(id, details, EventStatus.Planned, EventResults.None, "");
    }

    public static RecruitmentEvent Restore(string id, EventDetails details, EventStatus status, EventResults results, string cancellationReason) =>
        new(id, details, status, results, cancellationReason);

    /// <summary>Records what the event produced (again, to correct a count); from its day on, never once cancelled.</summary>
    public void RecordResults(EventResults results, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(results);
        if (Status == EventStatus.Cancelled)
        {
            throw new DomainRuleException(DomainRuleKind.NotAllowedNow,
                $"招聘活动 {Id} 已取消，不能登记成效（{EventRuleIds.ResultsOnceHeld}）。", "event_id", EventRuleIds.ResultsOnceHeld);
        }

        if (Details.Date > today)
        {
            throw new DomainRuleException(DomainRuleKind.NotAllowedNow,
                $"招聘活动 {Id} 定于 {Details.Date:yyyy-MM-dd} 举办，举办当日起才能登记成效（{EventRuleIds.ResultsOnceHeld}）。", "event_id", EventRuleIds.ResultsOnceHeld);
        }

        RequireCount("postings_offered", results.PostingsOffered, "提供岗位数");
        RequireCount("attendance", results.Attendance, "参会（观看）人数");
        RequireCount("hires", results.Hires, "达成就业人数");
        if (results.Hires > results.Attendance)
        {
            throw new DomainRuleException(DomainRuleKind.InvalidInput,
                $"达成就业人数（{results.Hires}）不能多于参会（观看）人数（{results.Attendance}）（{EventRuleIds.ResultsAreCounts}）。", "hires", EventRuleIds.ResultsAreCounts);
        }

        Results = results;
        Status = EventStatus.Held;
    }

    public void Cancel(string reason)
    {
        if (Status != EventStatus.Planned)
        {
            throw new DomainRuleException(DomainRuleKind.NotAllowedNow,
                $"招聘活动 {Id} 已{(Status == EventStatus.Held ? "登记成效" : "取消")}，只能取消尚未举办的活动（{EventRuleIds.CancelPlannedOnly}）。", "event_id", EventRuleIds.CancelPlannedOnly);
        }

        Status = EventStatus.Cancelled;
        CancellationReason = reason;
    }

    private static void RequireCount(string field, int value, string labelZh)
    {
        if (value < 0)
        {
            throw new DomainRuleException(DomainRuleKind.InvalidInput, $"{labelZh}不能为负数（{EventRuleIds.ResultsAreCounts}）。", field, EventRuleIds.ResultsAreCounts);
        }
    }

    private static DomainRuleException Invalid(string field, string messageZh) =>
        new(DomainRuleKind.InvalidInput, $"{messageZh}（{EventRuleIds.Stated}）。", field, EventRuleIds.Stated);
}
