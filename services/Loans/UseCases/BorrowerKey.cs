using Employment.IdentityNumbers;
using Employment.Loans.Data;
using Employment.Loans.Domain.Loans;

namespace Employment.Loans.UseCases;

/// <summary>A borrower's key as validated: its kind, the normalised number, its masked form and hash.</summary>
/// <param name="Hash">The reference a new row stores (the current key's).</param>
/// <param name="References">Every reference rows about this borrower may hold (current and previous keys), for lookups.</param>
internal sealed record BorrowerKey(BorrowerKeyKind Kind, string Number, string Masked, string Hash, IReadOnlyList<string> References, Domain.Eligibility.BorrowerKind BorrowerKind)
{
    /// <summary>The borrower as a loan keeps it: masked and hashed, never the number.</summary>
    public LoanBorrower OnLoan => new(BorrowerKind, Kind == BorrowerKeyKind.CreditCode, Masked, Hash);
}

/// <summary>A proposed guarantor (反担保人) as validated; guarantors keep the request's order, which names them in errors.</summary>
internal sealed record ProposedGuarantor(ResidentIdNumber IdNumber, string Name, long MonthlyContributionFen);
