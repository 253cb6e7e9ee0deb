using Microsoft.Extensions.Logging;

namespace Employment.Hiring.UseCases;

/// <summary>What the hiring service decided and wrote, one line each; people never appear (refusals are logged by ServiceDefaults).</summary>
internal static partial class HiringLog
{
    [LoggerMessage(EventId = 400, Level = LogLevel.Information, Message = "Hiring claim {ClaimId} submitted by {Actor} for employer {CreditCode}: {Items} items, {TotalFen} fen, region {Region}")]
    public static partial void ClaimSubmitted(ILogger logger, string claimId, string actor, string creditCode, int items, long totalFen, string region);

    [LoggerMessage(EventId = 404, Level = LogLevel.Information, Message = "Hiring claim {ClaimId} entered by {Actor} on {EnteredOn} as received on {ReceivedOn}, receipt {ReceiptNumber}")]
    public static partial void BackDatedClaim(ILogger logger, string claimId, string actor, DateOnly receivedOn, DateOnly enteredOn, string receiptNumber);

    [LoggerMessage(EventId = 401, Level = LogLevel.Information, Message = "Hiring claim {ClaimId} item {ItemNo} decided {Status} by {Actor}")]
    public static partial void ItemDecided(ILogger logger, string claimId, int itemNo, string status, string actor);

    [LoggerMessage(EventId = 405, Level = LogLevel.Information, Message = "Hiring claim {ClaimId} reviewed, now {Status}, by {Actor}")]
    public static partial void DecisionReviewed(ILogger logger, string claimId, string status, string actor);

    [LoggerMessage(EventId = 402, Level = LogLevel.Information, Message = "Hiring claim {ClaimId} paid {AmountFen} fen, recorded by {Actor}")]
    public static partial void ClaimPaid(ILogger logger, string claimId, long amountFen, string actor);

    [LoggerMessage(EventId = 406, Level = LogLevel.Information, Message = "Hiring claim {ClaimId} withdrawn by {Actor}")]
    public static partial void ClaimWithdrawn(ILogger logger, string claimId, string actor);

    [LoggerMessage(EventId = 403, Level = LogLevel.Information, Message = "Owed subsidies listed for region {Region}, contracts {From}..{Until}: {People} people read, {Items} items owed, {TotalFen} fen")]
    public static partial void OwedListed(ILogger logger, string region, DateOnly from, DateOnly until, int people, int items, long totalFen);
}
