using Employment.Hiring.Domain.StartupSubsidies;
using Microsoft.EntityFrameworkCore;

namespace Employment.Hiring.Data;

/// <summary>What a founder was granted before, as R14's once per person reads it.</summary>
public static class PriorStartupQueries
{
    /// <summary>The founder's standing start-up items (submitted, approved or paid), by any business, oldest first.</summary>
    public static async Task<IReadOnlyList<PriorStartupSubsidy>> StandingStartupSubsidiesAsync(this HiringDbContext db, string founderId, CancellationToken cancellationToken)
    {
        var rows = await db.ClaimItems.AsNoTracking()
            .Where(i => i.StandingStartupFounder == founderId)
            .OrderBy(i => i.ClaimId)
            .Select(i => new { i.ClaimId, i.ContractStart })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new PriorStartupSubsidy(r.ClaimId, r.ContractStart)).ToList();
    }
}
