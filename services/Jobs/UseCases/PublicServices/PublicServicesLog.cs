using Microsoft.Extensions.Logging;

namespace Employment.Jobs.UseCases.PublicServices;

/// <summary>The log lines of events and venues (source-generated; 1520–1539).</summary>
internal static partial class PublicServicesLog
{
    [LoggerMessage(EventId = 1520, Level = LogLevel.Information, Message = "Recruitment event {EventId} recorded by {Clerk} in {County} on {Date}")]
    public static partial void EventRecorded(ILogger logger, string eventId, string clerk, string county, DateOnly date);

    [LoggerMessage(EventId = 1521, Level = LogLevel.Information, Message = "Recruitment event {EventId} results by {Clerk}: {PostingsOffered} postings, {Attendance} attending, {Hires} hired")]
    public static partial void EventResults(ILogger logger, string eventId, string clerk, int postingsOffered, int attendance, int hires);

    [LoggerMessage(EventId = 1525, Level = LogLevel.Information, Message = "Service venue {VenueId} recorded by {Clerk} in {County}")]
    public static partial void VenueRecorded(ILogger logger, string venueId, string clerk, string county);

    [LoggerMessage(EventId = 1526, Level = LogLevel.Information, Message = "Demo venues loaded: {Count} fictional venues")]
    public static partial void DemoVenuesLoaded(ILogger logger, int count);
}
