using Employment.Policy.Model;

namespace Employment.Loans.Domain.Ledger;

/// <summary>How the contract repays principal (还款方式).</summary>
public enum RepaymentMethod
{
    /// <summary>等额本息: equal monthly instalments of principal and interest.</summary>
    EqualInstalments,

    /// <summary>按月付息到期还本: interest monthly, the whole principal with the last instalment.</summary>
    InterestOnlyPrincipalAtMaturity,
}

/// <summary>
/// What the bank reports when it issues a loan (maps onto employment.loans.v1.LoanTerms). Amounts in
/// fen; <see cref="ContractRatePercent"/> is the annual contract rate as a percent (3.45 means 3.45%
/// a year). <see cref="DayCountBasis"/> is the contract's interest year when it states one; null means
/// the catalog's <c>loans.interest.day_count_basis</c> (360, ruling R6).
/// </summary>
public sealed record LoanTerms(
    string BankCode,
    string ContractNumber,
    Region Region,
    long PrincipalFen,
    long SubsidisedPrincipalFen,
    decimal ContractRatePercent,
    DateOnly IssueDate,
    int TermMonths,
    RepaymentMethod Method,
    int? DayCountBasis = null)
{
    /// <summary>
    /// 到期日: the issue date plus the term in months (DateOnly.AddMonths: the same day of the month,
    /// or the month's last day when that month is shorter). Interest runs up to, not including, it.
    /// </summary>
    public DateOnly MaturityDate => IssueDate.AddMonths(TermMonths);

    /// <summary>Throws <see cref="ArgumentException"/> when the terms cannot describe a loan.</summary>
    public void Validate()
    {
        if (PrincipalFen <= 0)
        {
            throw new ArgumentException($"Loan {ContractNumber}: the principal must be positive, not {PrincipalFen} fen.");
        }

        if (SubsidisedPrincipalFen < 0 || SubsidisedPrincipalFen > PrincipalFen)
        {
            throw new ArgumentException(
                $"Loan {ContractNumber}: the subsidised principal ({SubsidisedPrincipalFen} fen) must be between 0 and the principal ({PrincipalFen} fen).");
        }

        if (ContractRatePercent < 0)
        {
            throw new ArgumentException($"Loan {ContractNumber}: the contract rate must not be negative ({ContractRatePercent}%).");
        }

        if (TermMonths <= 0)
        {
            throw new ArgumentException($"Loan {ContractNumber}: the term must be at least one month, not {TermMonths}.");
        }

        if (DayCountBasis is <= 0)
        {
            throw new ArgumentException($"Loan {ContractNumber}: the day-count basis must be positive, not {DayCountBasis}.");
        }
    }
}

/// <summary>An inclusive run of days (maps onto employment.common.v1.DatePeriod); <see cref="Until"/> null = still open.</summary>
public sealed record DatePeriod(DateOnly From, DateOnly? Until)
{
    public bool Contains(DateOnly date) => date >= From && (Until is null || date <= Until.Value);
}

/// <summary>A repayment the bank reports (maps onto employment.loans.v1.Repayment). Amounts in fen.</summary>
public sealed record Repayment(DateOnly PaidOn, long PrincipalFen, long InterestFen);

/// <summary>
/// A granted extension (展期, ruling R8; maps onto employment.loans.v1.LoanExtension). The period runs
/// from the original maturity date to the day before the new maturity date, both inclusive; its days
/// carry no subsidy while the catalog's <c>loans.interest.subsidised_during_extension</c> is false (R6).
/// </summary>
public sealed record LoanExtension(DatePeriod Period, DateOnly RequestedOn, string ReasonZh);
