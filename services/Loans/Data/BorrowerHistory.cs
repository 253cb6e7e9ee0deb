using Employment.Loans.Domain.Loans;

namespace Employment.Loans.Data;

/// <summary>A loan of the borrower's that is not settled, with what is still owed on it.</summary>
internal sealed record OutstandingLoanRow(string LoanId, string BankCode, DateOnly IssueDate, long OutstandingFen, bool Subsidised);

/// <summary>A borrower's startup-guarantee loans in this service's records: how many were subsidised (R6), and those outstanding, oldest first.</summary>
internal sealed record BorrowerHistory(int SubsidisedLoans, IReadOnlyList<OutstandingLoanRow> Outstanding)
{
    private static readonly int[] Settled = [(int)LoanStatus.Settled, (int)LoanStatus.SettledEarly];

    public static async Task<BorrowerHistory> LoadAsync(LoansDbContext db, IReadOnlyList<string> borrowerReferences, CancellationToken cancellationToken)
    {
        var references = borrowerReferences as string[] ?? [.. borrowerReferences];
        var loans = new List<LoanSummary>();
        await foreach (var loan in BorrowerHistoryQueries.Loans(db, references).WithCancellation(cancellationToken))
        {
            loans.Add(loan);
        }

        return await OfAsync(db, loans, cancellationToken);
    }

    /// <summary>The history of loans already read: what is repaid on the open ones is read only when there are some.</summary>
    public static async Task<BorrowerHistory> OfAsync(LoansDbContext db, IReadOnlyList<LoanSummary> loans, CancellationToken cancellationToken)
    {
        if (loans.Count == 0)
        {
            return new BorrowerHistory(0, []);
        }

        var open = loans.Where(l => !Settled.Contains(l.Status)).Select(l => l.Id).ToArray();
        var repaid = new Dictionary<string, long>(StringComparer.Ordinal);
        await foreach (var sum in BorrowerHistoryQueries.Repaid(db, open).WithCancellation(cancellationToken))
        {
            repaid[sum.LoanId] = sum.Fen;
        }

        var outstanding = loans
            .Where(l => open.Contains(l.Id))
            .OrderBy(l => l.IssueDate)
            .Select(l => new OutstandingLoanRow(l.Id, l.BankCode, l.IssueDate, l.PrincipalFen - repaid.GetValueOrDefault(l.Id), l.SubsidisedPrincipalFen > 0))
            .ToList();
        return new BorrowerHistory(loans.Count(l => l.SubsidisedPrincipalFen > 0), outstanding);
    }
}
