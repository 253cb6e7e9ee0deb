using Microsoft.Extensions.Logging;

namespace Employment.Jobs.UseCases.Matching;

/// <summary>
/// Matching's log lines (source-generated): who changed a seeker, by ids only — no name, no identity
/// number, no preference (what a seeker wants is theirs, and an anonymous description is never logged).
/// </summary>
internal static partial class MatchingLog
{
    [LoggerMessage(EventId = 1521, Level = LogLevel.Information, Message = "Seeker {SeekerId} saved by {Clerk} (home {County}, active {Active})")]
    public static partial void SeekerSaved(ILogger logger, string seekerId, string clerk, string county, bool active);

    [LoggerMessage(EventId = 1522, Level = LogLevel.Information, Message = "Seeker {SeekerId}: tag {TagKind} deleted by {Clerk} (第十七条)")]
    public static partial void SeekerTagDeleted(ILogger logger, string seekerId, string tagKind, string clerk);

    [LoggerMessage(EventId = 1523, Level = LogLevel.Information, Message = "Seeker {SeekerId}: personalised matching set to {Personalised} by {Clerk} (第十七条)")]
    public static partial void MatchingModeSet(ILogger logger, string seekerId, bool personalised, string clerk);
}
