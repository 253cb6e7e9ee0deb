using Employment.Hiring.Domain.SocialInsurance;
using Microsoft.EntityFrameworkCore;

namespace Employment.Hiring.Data;

/// <summary>The social-insurance months standing claims already subsidise, per person.</summary>
public static class StandingMonthQueries
{
    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<StandingMonth>>> StandingMonthsAsync(
        this HiringDbContext db, IReadOnlyCollection<string> personIds, CancellationToken cancellationToken)
    {
        var rows = await db.SubsidisedMonths.AsNoTracking()
            .Where(m => m.StandingPerson != null && personIds.Contains(m.StandingPerson))
            .Select(m => new { m.PersonId, m.Month, m.ClaimId })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.PersonId, StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g => (IReadOnlyList<StandingMonth>)g.Select(r => new StandingMonth(r.Month, r.ClaimId)).ToList(),
            StringComparer.Ordinal);
    }
}
