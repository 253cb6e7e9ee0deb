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
internal sealed class WithdrawLoanApplication(LoansDbContext db, ApplicationStore applications, ChinaClock clock, ILogger<WithdrawLoanApplication> logger) : IWithdrawal
{
    /// <summary>What the history says when the borrower withdraws their own.</summary>
    public const string ByBorrowerZh = "借款人撤回";

    /// <summary>Whether it may still be withdrawn: the bank has not lent, nor has it been refused.</summary>
    public static bool Withdrawable(V1.ApplicationState state) => ApplicationStates.CanMove(state, V1.ApplicationState.Withdrawn);

    public Task<ApplicationProgress> WithdrawAsync(WithdrawRequest request, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(caller);
        if (caller.Role is not (CallerRole.Person or CallerRole.Employer or CallerRole.Counter))
        {
            throw ServiceDefaults.Errors.RpcErrors.Denied("贷款申请由借款人本人（企业由其经办人）撤回，或由窗口按其书面申请撤回。 (the borrower's own application)");
        }

        var scope = RegionScope.Of(caller);
        var id = request.Reference.Trim();
        return IdempotentWrite.RunAsync(db, clock.Now, "Withdraw", caller, request.IdempotencyKey, request, ApplicationProgress.Parser, async () =>
        {
            var application = await applications.FindAsync(id, forChange: true, cancellationToken);
            if (application is null || !scope.Shows(applications.OwnerOf(application), application.Region))
            {
                throw DomainRuleException.NotFound(LoanRecusal.What, id);
            }

            var now = clock.Now;
            var from = application.State;
            var reason = caller.Role == CallerRole.Counter ? "窗口代为撤回：" + request.ReasonZh.Trim() : ByBorrowerZh;
            application.MoveTo(V1.ApplicationState.Withdrawn, reason, caller.Subject, now);
            applications.WriteBack(application, caller.Subject, now);
            await db.SaveChangesAsync(cancellationToken);
            LoansLog.ApplicationMoved(logger, application.Id, from.ToString(), V1.ApplicationState.Withdrawn.ToString(), caller.Subject);
            var progress = ProgressAnswers.ToProgress(application, applications.RecordOf(application));
            progress.Amount = new Money { Fen = application.AmountFen };
            return progress;
        }, cancellationToken);
    }
}
