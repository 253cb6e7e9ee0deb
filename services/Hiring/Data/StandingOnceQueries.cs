using Microsoft.EntityFrameworkCore;

namespace Employment.Hiring.Data;

/// <summary>Which standing claim holds a once-only key (稳岗返还: employer and refund year).</summary>
public static class StandingOnceQueries
{
    /// <summary>The claim whose standing item holds <paramref name="key"/>, or null.</summary>
    public static Task<string?> ClaimHoldingAsync(this HiringDbContext db, string key, CancellationToken cancellationToken) =>
        db.ClaimItems.AsNoTracking()
            .Where(i => i.StandingOnceKey == key)
            .Select(i => i.ClaimId)
            .FirstOrDefaultAsync(cancellationToken);
}

/// <summary>The once-only keys standing claims hold under a prefix, with their claims (a county's places for a person and year).</summary>
public static class StandingOncePrefixQueries
{
    public static async Task<IReadOnlyDictionary<string, string>> KeysHeldUnderAsync(this HiringDbContext db, string prefix, CancellationToken cancellationToken) =>
        await db.ClaimItems.AsNoTracking()
            .Where(i => i.StandingOnceKey != null && i.StandingOnceKey.StartsWith(prefix))
            .ToDictionaryAsync(i => i.StandingOnceKey!, i => i.ClaimId, StringComparer.Ordinal, cancellationToken);

    /// <summary>
    /// The once-only keys standing claims hold for these people (a person's transport places, a job seeker's
    /// placements), with their claims, per person: one query for a page of the owed-subsidies job.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>> KeysHeldForAsync(this HiringDbContext db, IReadOnlyCollection<string> personIds, CancellationToken cancellationToken)
    {
        var rows = await db.ClaimItems.AsNoTracking()
            .Where(i => i.StandingOnceKey != null && personIds.Contains(i.PersonId))
            .Select(i => new { i.PersonId, Key = i.StandingOnceKey!, i.ClaimId })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.PersonId, StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g => (IReadOnlyDictionary<string, string>)g.ToDictionary(r => r.Key, r => r.ClaimId, StringComparer.Ordinal),
            StringComparer.Ordinal);
    }
}
