using Employment.Common.V1;
using Employment.Loans.Data;
using Employment.Loans.Domain.Applications;
using Employment.Persistence.Idempotency;
using Employment.Persistence.Lifecycle;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Microsoft.Extensions.Logging;
using V1 = Employment.Loans.V1;

namespace Employment.Loans.UseCases;

/// <summary>
/// 撤回 of a loan application (the lifecycle's shared step): the borrower withdraws their own while the bank has not lent,
/// or a counter of its region does on the borrower's written request, with the reason; the application's own history keeps
/// who withdrew it and why. Another's application and no application look the same.
/// </summary>
internal sealed class WithdrawLoanApplication(LoansDbContext db, ApplicationStore applications, ChinaClock clock, ILogger<WithdrawLoanApplication> logger)
    : OwnWithdrawal<LoanApplication>(db, clock)
{
    /// <summary>What the history says when the borrower withdraws their own.</summary>
    public const string ByBorrowerZh = "借款人撤回";

    /// <summary>Whether it may still be withdrawn: the bank has not lent, nor has it been refused.</summary>
    public static bool Withdrawable(V1.ApplicationState state) => ApplicationStates.CanMove(state, V1.ApplicationState.Withdrawn);

    protected override string WhatZh => LoanRecusal.What;

    protected override string WhoMayZh => "贷款申请由借款人本人（企业由其经办人）撤回，或由窗口按其书面申请撤回。";

    protected override Task<LoanApplication?> FindAsync(string reference, CancellationToken cancellationToken) =>
        applications.FindAsync(reference, forChange: true, cancellationToken);

    protected override (RecordOwner Owner, string Region) WhoseIs(LoanApplication record) => (applications.OwnerOf(record), record.Region);

    protected override async Task<ApplicationProgress> WithdrawAsync(LoanApplication record, WithdrawRequest request, Caller caller, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var from = record.State;
        var reason = caller.Role == CallerRole.Counter ? WithdrawnBy.CounterZh + request.ReasonZh.Trim() : ByBorrowerZh;
        record.MoveTo(V1.ApplicationState.Withdrawn, reason, caller.Subject, at);
        applications.WriteBack(record, caller.Subject, at);
        await db.SaveChangesAsync(cancellationToken);
        LoansLog.ApplicationMoved(logger, record.Id, from.ToString(), V1.ApplicationState.Withdrawn.ToString(), caller.Subject);
        var progress = ProgressAnswers.ToProgress(record, applications.RecordOf(record));
        progress.Amount = new Money { Fen = record.AmountFen };
        return progress;
    }
}
