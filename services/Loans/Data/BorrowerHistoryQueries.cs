using Microsoft.EntityFrameworkCore;

namespace Employment.Loans.Data;

/// <summary>A loan as the history needs it.</summary>
internal sealed record LoanSummary(string Id, string BankCode, DateOnly IssueDate, long PrincipalFen, long SubsidisedPrincipalFen, int Status);

/// <summary>Principal repaid on one loan.</summary>
internal sealed record RepaidSum(string LoanId, long Fen);

/// <summary>
/// The history's two reads as EF compiled queries: every bank eligibility query, application and
/// registration runs them, and building and looking up the LINQ query each time was a quarter of the
/// eligibility query's CPU in the profile. A compiled query binds to the provider of the first
/// context that runs it, and a process may hold services on SQLite and PostgreSQL at once (tests do),
/// so each provider's context type has its own (<see cref="ProviderContexts"/>).
/// </summary>
internal static class BorrowerHistoryQueries
{
    public static IAsyncEnumerable<LoanSummary> Loans(LoansDbContext db, string[] references) => db switch
    {
        PostgresLoansDbContext postgres => For<PostgresLoansDbContext>.Loans(postgres, references),
        SqliteLoansDbContext sqlite => For<SqliteLoansDbContext>.Loans(sqlite, references),
        _ => throw new InvalidOperationException($"No compiled history query for {db.GetType().Name}."),
    };

    public static IAsyncEnumerable<RepaidSum> Repaid(LoansDbContext db, string[] loanIds) => db switch
    {
        PostgresLoansDbContext postgres => For<PostgresLoansDbContext>.Repaid(postgres, loanIds),
        SqliteLoansDbContext sqlite => For<SqliteLoansDbContext>.Repaid(sqlite, loanIds),
        _ => throw new InvalidOperationException($"No compiled history query for {db.GetType().Name}."),
    };

    private static class For<TContext>
        where TContext : LoansDbContext
    {
        public static readonly Func<TContext, string[], IAsyncEnumerable<LoanSummary>> Loans = EF.CompileAsyncQuery(
            (TContext db, string[] references) => db.Loans.AsNoTracking()
                .Where(l => references.Contains(l.BorrowerHash))
                .Select(l => new LoanSummary(l.Id, l.BankCode, l.IssueDate, l.PrincipalFen, l.SubsidisedPrincipalFen, l.Status)));

        public static readonly Func<TContext, string[], IAsyncEnumerable<RepaidSum>> Repaid = EF.CompileAsyncQuery(
            (TContext db, string[] loanIds) => db.Repayments.AsNoTracking()
                .Where(r => loanIds.Contains(r.LoanId))
                .GroupBy(r => r.LoanId)
                .Select(g => new RepaidSum(g.Key, g.Sum(r => r.PrincipalFen))));
    }
}
