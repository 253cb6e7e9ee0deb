using Microsoft.Extensions.Logging;

namespace Employment.Training.UseCases;

/// <summary>What the training service decided and wrote, one line each; people appear masked only (refusals are logged by ServiceDefaults).</summary>
internal static partial class TrainingLog
{
    [LoggerMessage(EventId = 300, Level = LogLevel.Information, Message = "Skill-upgrade application {ApplicationId} submitted by {Actor} for {PersonMasked}: {AmountFen} fen, region {Region}")]
    public static partial void ApplicationSubmitted(ILogger logger, string applicationId, string actor, string personMasked, long amountFen, string region);

    [LoggerMessage(EventId = 301, Level = LogLevel.Information, Message = "Application {ApplicationId} decided {Status} by {Actor}")]
    public static partial void ApplicationDecided(ILogger logger, string applicationId, string status, string actor);

    [LoggerMessage(EventId = 307, Level = LogLevel.Information, Message = "Application {ApplicationId} withdrawn by its applicant")]
    public static partial void ApplicationWithdrawn(ILogger logger, string applicationId);

    [LoggerMessage(EventId = 306, Level = LogLevel.Information, Message = "Application {ApplicationId} reviewed, now {Status}, by {Actor}")]
    public static partial void DecisionReviewed(ILogger logger, string applicationId, string status, string actor);

    [LoggerMessage(EventId = 302, Level = LogLevel.Information, Message = "Application {ApplicationId} paid {AmountFen} fen, recorded by {Actor}")]
    public static partial void ApplicationPaid(ILogger logger, string applicationId, long amountFen, string actor);
}
