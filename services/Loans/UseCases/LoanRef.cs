using Employment.Loans.Data;
using Employment.Loans.Domain.Loans;
using Employment.ServiceDefaults.Security;

namespace Employment.Loans.UseCases;

/// <summary>How a request names a loan: by its id, or by its bank's code and contract number.</summary>
internal sealed record LoanRef(string? LoanId, string? BankCode, string? ContractNumber)
{
    public string Shown => LoanId ?? $"{BankCode} / {ContractNumber}";

    /// <summary>
    /// The loan the caller may see: naming another bank's contract is the caller's own mistake
    /// (PERMISSION_DENIED); a loan it may not see is NOT_FOUND, as one that does not exist.
    /// </summary>
    public async Task<Loan> FindAsync(LoanStore loans, Caller caller, bool forChange, CancellationToken cancellationToken)
    {
        Loan? loan;
        if (LoanId is not null)
        {
            loan = await loans.FindAsync(LoanId, forChange, cancellationToken);
        }
        else
        {
            caller.RequireOwnBank(BankCode!);
            loan = await loans.FindByContractAsync(BankCode!, ContractNumber!, forChange, cancellationToken);
        }

        if (loan is null)
        {
            throw DomainRuleException.NotFound("贷款", Shown);
        }

        caller.RequireVisible("贷款", Shown, loan.BankCode, loan.Terms.Region.Code);
        return loan;
    }
}
