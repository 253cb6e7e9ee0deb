using Employment.Common.V1;
using Employment.Loans.V1;
using Loans.Tests.Service;

namespace Loans.Tests;

/// <summary>Requests as a bank or counter sends them, with sensible defaults for the tests.</summary>
internal static class LoanRequestsFor
{
    public const string Bank = "TEST-BANK-01";
    public const string OtherBank = "TEST-BANK-02";
    public const long Wan = 1_000_000;

    public static CalendarDate D(int y, int m, int d) => new() { Year = y, Month = m, Day = d };

    public static EligibilityQuery Query(string idNumber, CalendarDate date, long amountFen, BorrowerKind kind = BorrowerKind.Individual) => new()
    {
        BankCode = Bank,
        Borrower = new Borrower { IdNumber = idNumber, Kind = kind },
        Region = new RegionCode { Code = "410802" },
        IntendedIssueDate = date,
        RequestedAmount = new Money { Fen = amountFen },
        ConsentReference = "SQ-" + Guid.NewGuid().ToString("N")[..8],
    };

    /// <summary>Adds a guarantor whose capacity (R7: 40 × monthly contribution from 2023) covers <paramref name="amountFen"/>.</summary>
    public static EligibilityQuery WithCoveringGuarantor(this EligibilityQuery query, long amountFen)
    {
        query.Guarantors.Add(CoveringGuarantor(amountFen));
        return query;
    }

    public static GuarantorInput CoveringGuarantor(long amountFen) => new()
    {
        IdNumber = LoansHost.NewIdNumber(1975),
        Name = "反担保人",
        MonthlyContribution = new Money { Fen = amountFen / 36 + 1 },
    };

    public static RegisterLoanRequest Loan(
        string idNumber,
        string contract,
        CalendarDate issued,
        int months,
        long principalFen,
        long subsidisedFen,
        string product = "individual.subsidised",
        string answerId = "",
        string applicationId = "") => new()
    {
        AnswerId = answerId,
        Terms = new LoanTerms
        {
            Contract = new BankContract { BankCode = Bank, ContractNumber = contract },
            ApplicationId = applicationId,
            Borrower = new Borrower { IdNumber = idNumber, Kind = BorrowerKind.Individual },
            Region = new RegionCode { Code = "410802" },
            ProductId = product,
            Principal = new Money { Fen = principalFen },
            SubsidisedPrincipal = new Money { Fen = subsidisedFen },
            ContractRate = new Ratio { Ppm = 34_500 },
            IssueDate = issued,
            MaturityDate = AddMonths(issued, months),
            RepaymentMethod = RepaymentMethod.InterestOnlyPrincipalAtMaturity,
        },
    };

    public static LoanKey Key(string loanId) => new() { LoanId = loanId };

    private static CalendarDate AddMonths(CalendarDate date, int months)
    {
        var d = new DateOnly(date.Year, date.Month, date.Day).AddMonths(months);
        return D(d.Year, d.Month, d.Day);
    }
}
