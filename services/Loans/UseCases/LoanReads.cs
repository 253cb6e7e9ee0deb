using Employment.Common.V1;
using Employment.Loans.Data;
using Employment.Loans.Domain.Loans;
using Employment.Policy;
using Employment.ServiceDefaults.Paging;
using Employment.ServiceDefaults.Security;
using V1 = Employment.Loans.V1;

namespace Employment.Loans.UseCases;

/// <summary>A bank's own loans, a counter's region's: one loan, a page of them, a loan's subsidy ledger.</summary>
internal sealed class LoanReads(LoanStore loans, PolicyCatalog catalog)
{
    public async Task<V1.Loan> GetAsync(Caller caller, LoanRef key, CancellationToken cancellationToken)
    {
        var loan = await key.FindAsync(loans, caller, forChange: false, cancellationToken);
        return LoanAnswers.ToProto(loan, loans.InfoOf(loan), catalog);
    }

    /// <summary>Loans in id order (registration order), a page at a time; a bank lists only its own bank code's.</summary>
    public async Task<V1.ListLoansResponse> ListAsync(Caller caller, LoanFilter filter, PageRequest? page, CancellationToken cancellationToken)
    {
        if (caller.Role == CallerRole.Bank)
        {
            caller.RequireOwnBank(filter.BankCode ?? "");
        }

        var size = Pages.Size(page);
        var rows = await loans.PageAsync(filter, Pages.After(page), Pages.FetchCount(size), cancellationToken);
        var scope = RegionScope.Of(caller);
        var (shown, next) = Pages.Take(rows.ToList(), size, l => scope.Covers(l.Terms.Region.Code), l => l.Id);
        var response = new V1.ListLoansResponse { Page = next };
        response.Loans.AddRange(shown.Select(l => LoanAnswers.ToProto(l, loans.InfoOf(l), catalog)));
        return response;
    }

    /// <summary>A loan's ledger day by day (R6), with the total a claim for the period would make.</summary>
    public async Task<V1.LoanSubsidyLedger> LedgerAsync(Caller caller, LoanRef key, DateOnly from, DateOnly until, CancellationToken cancellationToken)
    {
        var loan = await key.FindAsync(loans, caller, forChange: false, cancellationToken);
        return LedgerAnswers.ToProto(loan, from, until, loan.LedgerDays(from, until, catalog));
    }
}
