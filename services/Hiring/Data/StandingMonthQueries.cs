using System.Globalization;
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

/// <summary>A flexible worker's first subsidised month: where the configured duration runs from (R25).</summary>
public static class FlexibleMonthQueries
{
    /// <summary>The first day of the earliest month standing claims of <paramref name="kind"/> subsidise for each of these people; people with none are absent.</summary>
    public static async Task<IReadOnlyDictionary<string, DateOnly>> FirstStandingMonthsAsync(this HiringDbContext db, IReadOnlyCollection<string> personIds, int kind, CancellationToken cancellationToken)
    {
        var rows = await (from m in db.SubsidisedMonths.AsNoTracking()
                          join i in db.ClaimItems.AsNoTracking() on new { m.ClaimId, m.ItemNo } equals new { i.ClaimId, i.ItemNo }
                          where m.StandingPerson != null && personIds.Contains(m.StandingPerson) && i.Kind == kind
                          group m by m.StandingPerson into g
                          select new { Person = g.Key, First = g.Min(m => m.Month) }).ToListAsync(cancellationToken);
        // Months are held as "yyyy-MM".
        return rows.ToDictionary(r => r.Person!, r => DateOnly.ParseExact(r.First + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture), StringComparer.Ordinal);
    }
}
