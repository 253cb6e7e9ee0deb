using Employment.Loans.Domain.Loans;
using Microsoft.EntityFrameworkCore;

namespace Employment.Loans.Data;

/// <summary>A loan of the borrower's that is not settled, with what is still owed on it.</summary>
internal sealed record OutstandingLoanRow(string LoanId, string BankCode, DateOnly IssueDate, long OutstandingFen, bool Subsidised);

/// <summary>A borrower's startup-guarantee loans in this service's records: how many were subsidised (R6), and those outstanding, oldest first.</summary>
internal sealed record BorrowerHistory(int SubsidisedLoans, IReadOnlyList<OutstandingLoanRow> Outstanding)
{
    private static readonly int[] Settled = [(int)LoanStatus.Settled, (int)LoanStatus.SettledEarly];

    private sealed record LoanSummary(string Id, string BankCode, DateOnly IssueDate, long PrincipalFen, long SubsidisedPrincipalFen, int Status);

    public static async Task<BorrowerHistory> LoadAsync(LoansDbContext db, IReadOnlyList<string> borrowerReferences, CancellationToken cancellationToken)
    {
        // Not an EF compiled query: one of those is bound to the first provider that runs it, and a
        // process may hold services on SQLite and PostgreSQL at once (tests do).
        var loans = await db.Loans.AsNoTracking()
            .Where(l => borrowerReferences.Contains(l.BorrowerHash))
            .Select(l => new LoanSummary(l.Id, l.BankCode, l.IssueDate, l.PrincipalFen, l.SubsidisedPrincipalFen, l.Status))
            .ToListAsync(cancellationToken);

        if (loans.Count == 0)
        {
            return new BorrowerHistory(0, []);
        }

        var open = loans.Where(l => !Settled.Contains(l.Status)).Select(l => l.Id).ToList();
        var repaid = await db.Repayments.AsNoTracking()
            .Where(r => open.Contains(r.LoanId))
            .GroupBy(r => r.LoanId)
            .Select(g => new { LoanId = g.Key, Fen = g.Sum(r => r.PrincipalFen) })
            .ToDictionaryAsync(x => x.LoanId, x => x.Fen, cancellationToken);
        var outstanding = loans
            .Where(l => open.Contains(l.Id))
            .OrderBy(l => l.IssueDate)
            .Select(l => new OutstandingLoanRow(l.Id, l.BankCode, l.IssueDate, l.PrincipalFen - repaid.GetValueOrDefault(l.Id), l.SubsidisedPrincipalFen > 0))
            .ToList();
        return new BorrowerHistory(loans.Count(l => l.SubsidisedPrincipalFen > 0), outstanding);
    }
}
