using Microsoft.Extensions.Logging;

namespace Employment.Jobs.UseCases;

/// <summary>The job service's log lines (source-generated).</summary>
internal static partial class JobsLog
{
    [LoggerMessage(EventId = 1501, Level = LogLevel.Information, Message = "Posting {PostingId} filed by {Clerk} in {County} (filings {Filings})")]
    public static partial void PostingFiled(ILogger logger, string postingId, string clerk, string county, int filings);

    [LoggerMessage(EventId = 1502, Level = LogLevel.Warning, Message = "R29 screen overridden on posting {PostingId} by {Clerk}: {Findings}; legal reason: {Reason}")]
    public static partial void ScreenOverridden(ILogger logger, string postingId, string clerk, string findings, string reason);

    [LoggerMessage(EventId = 1503, Level = LogLevel.Information, Message = "Posting {PostingId} withdrawn by {Clerk}")]
    public static partial void PostingWithdrawn(ILogger logger, string postingId, string clerk);

    [LoggerMessage(EventId = 1504, Level = LogLevel.Information, Message = "Re-indexed {Count} postings whose index entry predated the search filters (coordinates, education)")]
    public static partial void StalePostingsReindexed(ILogger logger, int count);

    [LoggerMessage(EventId = 1505, Level = LogLevel.Information, Message = "Saved searches: {Searches} due for {Through}, {Messages} with new postings told")]
    public static partial void DigestsSent(ILogger logger, int searches, DateOnly through, int messages);
}
