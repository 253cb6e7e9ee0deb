using Employment.Hiring.Domain.Claims;
using Employment.Hiring.Domain.Traineeships;
using Microsoft.EntityFrameworkCore;
using V1 = Employment.Hiring.V1;

namespace Employment.Hiring.Data;

/// <summary>The traineeships standing claims already subsidise, per person.</summary>
public static class StandingTraineeshipQueries
{
    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<StandingTraineeship>>> StandingTraineeshipsAsync(
        this HiringDbContext db, IReadOnlyCollection<string> personIds, CancellationToken cancellationToken)
    {
        var standing = new[] { (int)ClaimStatus.Submitted, (int)ClaimStatus.Approved, (int)ClaimStatus.Paid };
        var rows = await db.ClaimItems.AsNoTracking()
            .Where(i => i.Kind == (int)V1.SubsidyKind.Traineeship && standing.Contains(i.Status) && personIds.Contains(i.PersonId))
            .Select(i => new { i.PersonId, i.ClaimId, i.ContractStart, i.ContractEnd, i.PaidMonths })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.PersonId, StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g => (IReadOnlyList<StandingTraineeship>)g.Select(r => new StandingTraineeship(r.ClaimId, r.ContractStart, r.ContractEnd ?? r.ContractStart, r.PaidMonths)).ToList(),
            StringComparer.Ordinal);
    }
}
