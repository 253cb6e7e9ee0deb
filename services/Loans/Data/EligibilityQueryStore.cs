using Employment.Loans.Domain.Loans;
using Microsoft.EntityFrameworkCore;

namespace Employment.Loans.Data;

/// <summary>Reads of the banks' query records (查询记录), which <see cref="EligibilityQueryLog"/> writes.</summary>
internal sealed class EligibilityQueryStore(LoansDbContext db)
{
    /// <summary>An answer a bank quotes back when it registers a loan.</summary>
    public async Task<RecordedAnswer?> FindAnswerAsync(string answerId, CancellationToken cancellationToken)
    {
        var answer = await db.EligibilityQueries.AsNoTracking().SingleOrDefaultAsync(q => q.Id == answerId, cancellationToken);
        return answer is null
            ? null
            : new RecordedAnswer(answer.Id, answer.BankCode, answer.BorrowerHash, answer.EligibleProductIds.Split(',', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>A page of the queries about a borrower (any of its references), in id order; the caller applies who may see which.</summary>
    public Task<List<EligibilityQueryRecord>> PageAboutAsync(IReadOnlyList<string> borrowerReferences, string after, int fetch, CancellationToken cancellationToken) =>
        db.EligibilityQueries.AsNoTracking()
            .Where(q => borrowerReferences.Contains(q.BorrowerHash) && string.Compare(q.Id, after) > 0)
            .OrderBy(q => q.Id)
            .Take(fetch)
            .ToListAsync(cancellationToken);
}
