using Microsoft.Extensions.Logging;

namespace Employment.Loans.UseCases;

/// <summary>
/// What the loans service decided and wrote, one line each (refusals are logged for every service by
/// ServiceDefaults' CallOutcomeLogging). Borrowers appear masked only; the trace id is in the log
/// scope of the request.
/// </summary>
internal static partial class LoansLog
{
    // Debug: the durable query record is the account of every bank query, and this is the hot path.
    [LoggerMessage(EventId = 100, Level = LogLevel.Debug, Message = "Eligibility answered {AnswerId} for bank {BankCode}, borrower {BorrowerMasked}: eligible products [{EligibleProducts}]")]
    public static partial void EligibilityAnswered(ILogger logger, string answerId, string bankCode, string borrowerMasked, string eligibleProducts);

    [LoggerMessage(EventId = 101, Level = LogLevel.Information, Message = "Loan {LoanId} registered by bank {BankCode}, contract {ContractNumber}, borrower {BorrowerMasked}, product {ProductId}")]
    public static partial void LoanRegistered(ILogger logger, string loanId, string bankCode, string contractNumber, string borrowerMasked, string productId);

    [LoggerMessage(EventId = 102, Level = LogLevel.Information, Message = "Application {ApplicationId} moved {From} -> {To} by {Actor}")]
    public static partial void ApplicationMoved(ILogger logger, string applicationId, string from, string to, string actor);

    [LoggerMessage(EventId = 103, Level = LogLevel.Information, Message = "Application {ApplicationId} taken by {Actor} for bank {BankCode}, borrower {BorrowerMasked}, product {ProductId}: eligible {Eligible}")]
    public static partial void ApplicationTaken(ILogger logger, string applicationId, string actor, string bankCode, string borrowerMasked, string productId, bool eligible);

    [LoggerMessage(EventId = 104, Level = LogLevel.Information, Message = "Loan {LoanId}: {Report} recorded by {Actor}, status now {Status}")]
    public static partial void LoanReported(ILogger logger, string loanId, string report, string actor, string status);

    [LoggerMessage(EventId = 105, Level = LogLevel.Information, Message = "Claim {ClaimId} submitted by bank {BankCode} for {Year} Q{Quarter}: {TotalFen} fen")]
    public static partial void ClaimSubmitted(ILogger logger, string claimId, string bankCode, int year, int quarter, long totalFen);

    [LoggerMessage(EventId = 106, Level = LogLevel.Information, Message = "Claim {ClaimId} decided {State} by {Actor}")]
    public static partial void ClaimDecided(ILogger logger, string claimId, string state, string actor);
}
