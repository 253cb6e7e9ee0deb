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

    /// <summary>The standing start-up items of these founders in one query, per founder, oldest first (the owed-subsidies job's page).</summary>
    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<PriorStartupSubsidy>>> StandingStartupSubsidiesAsync(
        this HiringDbContext db, IReadOnlyCollection<string> founderIds, CancellationToken cancellationToken)
    {
        var rows = await db.ClaimItems.AsNoTracking()
            .Where(i => i.StandingStartupFounder != null && founderIds.Contains(i.StandingStartupFounder))
            .OrderBy(i => i.ClaimId)
            .Select(i => new { Founder = i.StandingStartupFounder!, i.ClaimId, i.ContractStart })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.Founder, StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g => (IReadOnlyList<PriorStartupSubsidy>)g.Select(r => new PriorStartupSubsidy(r.ClaimId, r.ContractStart)).ToList(),
            StringComparer.Ordinal);
    }
}
