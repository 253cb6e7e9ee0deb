using Employment.Hiring.Domain.Claims;
using Employment.Hiring.Domain.Traineeships;
using Microsoft.EntityFrameworkCore;

namespace Employment.Hiring.Data;

/// <summary>The traineeships standing claims already subsidise, per person.</summary>
public static class StandingTraineeshipQueries
{
    /// <param name="kind">The stored kind of a trainee item (the contract's number), as the kind's class names it.</param>
    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<StandingTraineeship>>> StandingTraineeshipsAsync(
        this HiringDbContext db, int kind, IReadOnlyCollection<string> personIds, CancellationToken cancellationToken)
    {
        var standing = new[] { (int)ClaimStatus.Submitted, (int)ClaimStatus.Approved, (int)ClaimStatus.Paid };
        var rows = await db.ClaimItems.AsNoTracking()
            .Where(i => i.Kind == kind && standing.Contains(i.Status) && personIds.Contains(i.PersonId))
            .Select(i => new { i.PersonId, i.ClaimId, i.ContractStart, i.ContractEnd, i.PaidMonths })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.PersonId, StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g => (IReadOnlyList<StandingTraineeship>)g.Select(r => new StandingTraineeship(r.ClaimId, r.ContractStart, r.ContractEnd ?? r.ContractStart, r.PaidMonths)).ToList(),
            StringComparer.Ordinal);
    }
}
