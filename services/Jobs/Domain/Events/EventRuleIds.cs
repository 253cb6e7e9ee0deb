namespace Employment.Jobs.Domain.Events;

/// <summary>The literal rule ids of recruitment events (found with one search from a clerk's message).</summary>
public static class EventRuleIds
{
    /// <summary>An event needs a kind, title, organiser, date and county.</summary>
    public const string Stated = "jobs.event.stated";

    /// <summary>Results are recorded on or after the event's day, never for a cancelled event.</summary>
    public const string ResultsOnceHeld = "jobs.event.results_once_held";

    /// <summary>Postings offered, attendance and hires are counts (0 or more); hires cannot exceed attendance.</summary>
    public const string ResultsAreCounts = "jobs.event.results_are_counts";

    /// <summary>Only a planned event may be cancelled; a held one stays counted.</summary>
    public const string CancelPlannedOnly = "jobs.event.cancel_planned_only";

    /// <summary>Held events of a region's year against the documents' targets for exactly that region (济管〔2023〕19号 80.).</summary>
    public const string AnnualTarget = "jobs.event.annual_target";
}
