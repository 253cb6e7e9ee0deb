using Employment.Hiring.Domain.OneOffHires;
using Microsoft.EntityFrameworkCore;

namespace Employment.Hiring.Data;

/// <summary>What a person was claimed for before, as the R9 rules read it.</summary>
public static class PriorHireClaimQueries
{
    /// <summary>
    /// Each person's standing 吸纳 and 扩岗 items (submitted, approved or paid), by any employer, oldest
    /// first, in one query for the whole claim; a person without one is absent. <paramref name="kindOf"/> names
    /// a stored item's kind as the judge does.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<PriorHireClaim>>> StandingOneOffHiresAsync(
        this HiringDbContext db, IReadOnlyCollection<string> personIds, Func<int, HireSubsidyKind> kindOf, CancellationToken cancellationToken)
    {
        var rows = await db.ClaimItems.AsNoTracking()
            .Where(i => i.StandingOneOffHirePerson != null && personIds.Contains(i.StandingOneOffHirePerson))
            .Join(db.Claims, i => i.ClaimId, c => c.Id, (i, c) => new { i.PersonId, i.ClaimId, i.Kind, c.EmployerCreditCode, i.ContractStart })
            .OrderBy(r => r.ClaimId)
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.PersonId, StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g => (IReadOnlyList<PriorHireClaim>)g.Select(r => new PriorHireClaim(r.ClaimId, kindOf(r.Kind), r.EmployerCreditCode, r.ContractStart)).ToList(),
            StringComparer.Ordinal);
    }

    /// <summary>The first standing claim holding one of <paramref name="personIds"/> under R9, and whom it holds; null when none.</summary>
    public static async Task<(string ClaimId, string PersonId)?> StandingClaimOfAnyAsync(this HiringDbContext db, IReadOnlyCollection<string> personIds, CancellationToken cancellationToken)
    {
        var row = await db.ClaimItems.AsNoTracking()
            .Where(i => i.StandingOneOffHirePerson != null && personIds.Contains(i.StandingOneOffHirePerson))
            .OrderBy(i => i.ClaimId)
            .Select(i => new { i.ClaimId, i.PersonId })
            .FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : (row.ClaimId, row.PersonId);
    }

}
