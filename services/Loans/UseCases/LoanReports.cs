using Employment.Loans.Data;
using Employment.Loans.Domain.Loans;
using Employment.Persistence.Idempotency;
using Employment.Policy;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Google.Protobuf;
using Microsoft.Extensions.Logging;
using V1 = Employment.Loans.V1;

namespace Employment.Loans.UseCases;

/// <summary>
/// What a bank reports on its loan after issue: repayments, an extension (R8), overdue spells. Each
/// report reads the loan for change, lets the <see cref="Loan"/> apply it, and writes it back in one
/// transaction together with its answer, idempotent on the bank's key.
/// </summary>
internal sealed class LoanReports(LoansDbContext db, LoanStore loans, PolicyCatalog catalog, ChinaClock clock, ILogger<LoanReports> logger)
{
    public Task<V1.Loan> RepayAsync(Caller bank, LoanRef key, LoanChange change, DateOnly paidOn, long principalFen, long interestFen, bool settles, CancellationToken cancellationToken) =>
        ChangeAsync(bank, key, change, "RecordRepayment", loan => loan.Repay(paidOn, principalFen, interestFen, settles), cancellationToken);

    public Task<V1.Loan> ExtendAsync(Caller bank, LoanRef key, LoanChange change, DateOnly requestedOn, DateOnly newMaturity, string reason, CancellationToken cancellationToken) =>
        ChangeAsync(bank, key, change, "RequestExtension", loan => loan.Extend(requestedOn, newMaturity, reason, catalog), cancellationToken);

    public Task<V1.Loan> ReportOverdueAsync(Caller bank, LoanRef key, LoanChange change, DateOnly from, DateOnly? until, CancellationToken cancellationToken) =>
        ChangeAsync(bank, key, change, "RecordOverdue", loan => loan.ReportOverdue(from, until), cancellationToken);

    /// <summary>One bank report on a loan: ownership, version, idempotency, one transaction.</summary>
    private Task<V1.Loan> ChangeAsync(Caller bank, LoanRef key, LoanChange change, string operation, Action<Loan> apply, CancellationToken cancellationToken) =>
        IdempotentWrite.RunAsync(db, clock.Now, operation, bank, change.IdempotencyKey, change.Request, V1.Loan.Parser, async () =>
        {
            var loan = await key.FindAsync(loans, bank, forChange: true, cancellationToken);
            loan.RequireVersion(change.ExpectedVersion);
            apply(loan);
            loans.WriteBack(loan, bank.Subject, clock.Now, change.IdempotencyKey);
            await db.SaveChangesAsync(cancellationToken);
            LoansLog.LoanReported(logger, loan.Id, operation, bank.Subject, loan.Status.ToString());
            return LoanAnswers.ToProto(loan, loans.InfoOf(loan), catalog);
        }, cancellationToken);
}

/// <summary>What every change request carries: the version it read (0: any), its idempotency key, and itself (the key's request).</summary>
internal sealed record LoanChange(long ExpectedVersion, string IdempotencyKey, IMessage Request);
