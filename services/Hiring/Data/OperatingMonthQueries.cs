using Microsoft.EntityFrameworkCore;

namespace Employment.Hiring.Data;

/// <summary>A month of incubator costs a standing 运营补贴 claim of the business subsidises, with its amount.</summary>
public sealed record StandingOperatingMonth(string Month, long AmountFen, string ClaimId);

/// <summary>The months a business's standing 运营补贴 claims hold (one item per month, keyed operating/business/month).</summary>
public static class OperatingMonthQueries
{
    public static async Task<IReadOnlyList<StandingOperatingMonth>> StandingOperatingMonthsAsync(this HiringDbContext db, string employerId, CancellationToken cancellationToken)
    {
        var prefix = $"operating/{employerId}/";
        var rows = await db.ClaimItems.AsNoTracking()
            .Where(i => i.StandingOnceKey != null && i.StandingOnceKey.StartsWith(prefix))
            .Select(i => new { i.StandingOnceKey, i.AmountFen, i.ClaimId })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new StandingOperatingMonth(r.StandingOnceKey![prefix.Length..], r.AmountFen, r.ClaimId)).OrderBy(r => r.Month, StringComparer.Ordinal).ToList();
    }
}
