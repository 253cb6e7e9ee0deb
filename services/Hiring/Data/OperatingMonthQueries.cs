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

    /// <summary>
    /// Every business's standing months in one query, by the business's registry id (the owed-subsidies job:
    /// at most 36 months per incubated business, so the whole set is small).
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<StandingOperatingMonth>>> StandingOperatingMonthsByBusinessAsync(this HiringDbContext db, CancellationToken cancellationToken)
    {
        const string prefix = "operating/";
        var rows = await db.ClaimItems.AsNoTracking()
            .Where(i => i.StandingOnceKey != null && i.StandingOnceKey.StartsWith(prefix))
            .Select(i => new { i.StandingOnceKey, i.AmountFen, i.ClaimId })
            .ToListAsync(cancellationToken);
        return rows
            .Select(r => (Key: r.StandingOnceKey![prefix.Length..], r.AmountFen, r.ClaimId))
            .Select(r => (Business: r.Key[..r.Key.LastIndexOf('/')], Month: new StandingOperatingMonth(r.Key[(r.Key.LastIndexOf('/') + 1)..], r.AmountFen, r.ClaimId)))
            .GroupBy(r => r.Business, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<StandingOperatingMonth>)g.Select(r => r.Month).OrderBy(m => m.Month, StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
    }
}
