using Employment.Loans.Data;
using Employment.Persistence.Payments;
using Employment.Loans.Domain.Ledger;
using Employment.Loans.Domain.Loans;
using Employment.Persistence;
using Employment.Policy;
using Employment.ServiceDefaults.Security;
using Employment.ServiceDefaults.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using V1 = Employment.Loans.V1;

namespace Employment.Loans.UseCases;

/// <summary>What a bank reports when it registers an issued loan, as validated.</summary>
internal sealed record LoanToRegister(
    BorrowerKey Borrower,
    string ProductId,
    LoanTerms Terms,
    string? ApplicationId,
    string? AnswerId);

/// <summary>
/// The bank registers an issued loan (<see cref="LoanRegistration"/> holds the rules). Idempotent on
/// bank code + contract number, also when the same contract arrives twice at once; the application it
/// answers moves to 已放款 in the same transaction.
/// </summary>
internal sealed class LoanRegistrations(
    LoansDbContext db,
    LoanStore loans,
    ApplicationStore applications,
    EligibilityQueryStore answers,
    BorrowerAssessment assessment,
    PolicyCatalog catalog,
    ChinaClock clock,
    ILogger<LoanRegistrations> logger)
{
    /// <summary>
    /// The registration as one unit a transient database failure runs again (<see cref="TransientRetry"/>):
    /// it looks for the contract first, so a registration that did commit is answered as a resend.
    /// </summary>
    public Task<V1.Loan> RegisterAsync(Caller bank, LoanToRegister request, CancellationToken cancellationToken) =>
        TransientRetry.RunAsync(db, () => RegisterOnceAsync(bank, request, cancellationToken));

    private async Task<V1.Loan> RegisterOnceAsync(Caller bank, LoanToRegister request, CancellationToken cancellationToken)
    {
        var terms = request.Terms;
        var candidate = Loan.Issue(Ids.New(Ids.Loan), request.ApplicationId, request.Borrower.OnLoan, request.ProductId, terms);
        var existing = await loans.FindByContractAsync(terms.BankCode, terms.ContractNumber, forChange: false, cancellationToken);
        if (existing is not null)
        {
            return SameLoan(existing, candidate);
        }

        var application = await RestsOnAsync(candidate, request.AnswerId, cancellationToken);
        var judged = await assessment.AssessAsync(db,
            new AssessmentRequest(bank, request.Borrower, terms.Region, terms.IssueDate, terms.PrincipalFen, [], null, "loans.registration"), cancellationToken);
        LoanRegistration.ShareAtIssue(candidate, judged.Offers);

        var now = clock.Now;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        loans.Add(candidate, (judged.PersonId, judged.NameMasked), bank.Subject, now);
        if (application is not null)
        {
            application.MarkIssued(candidate.Id, candidate.ContractNumber, bank.Subject, now);
            applications.WriteBack(application, bank.Subject, now);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            // The same contract registered concurrently: answer as for a resend.
            await transaction.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            var raced = await loans.FindByContractAsync(terms.BankCode, terms.ContractNumber, forChange: false, CancellationToken.None);
            return SameLoan(raced!, candidate);
        }
        catch (DbUpdateConcurrencyException)
        {
            // The application moved (withdrawn, or another loan registered on it) since it was read.
            throw new DomainRuleException(DomainRuleKind.StaleVersion, "记录已被他人同时修改，请刷新后重新提交。 (Concurrent update: reload and retry.)");
        }

        LoansLog.LoanRegistered(logger, candidate.Id, candidate.BankCode, candidate.ContractNumber, candidate.Borrower.Masked, candidate.ProductId);
        return LoanAnswers.ToProto(candidate, loans.InfoOf(candidate), catalog);
    }

    private V1.Loan SameLoan(Loan registered, Loan candidate)
    {
        LoanRegistration.RequireSameAs(registered, candidate);
        return LoanAnswers.ToProto(registered, loans.InfoOf(registered), catalog);
    }

    /// <summary>The application (read for change) or the answer the loan rests on; the application is returned to be marked issued.</summary>
    private async Task<Domain.Applications.LoanApplication?> RestsOnAsync(Loan candidate, string? answerId, CancellationToken cancellationToken)
    {
        if (candidate.ApplicationId is { } applicationId)
        {
            var application = await applications.FindAsync(applicationId, forChange: true, cancellationToken)
                ?? throw DomainRuleException.NotFound("贷款申请", applicationId);
            LoanRegistration.RequireBasis(application, candidate);
            await db.RequireNotHeldForOutsiderAsync(ApplicationPaymentHolds.What, application.Id, ApplicationPaymentHolds.WhomToAsk(application.Region), cancellationToken);
            return application;
        }

        if (answerId is not null)
        {
            var answer = await answers.FindAnswerAsync(answerId, cancellationToken)
                ?? throw DomainRuleException.NotFound("资格查询结果", answerId);
            LoanRegistration.RequireBasis(answer, candidate);
            return null;
        }

        throw LoanRegistration.NoBasis();
    }
}
