using Employment.Applicants.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Employment.Applicants.Data;

/// <summary>How the registry finds people in its database.</summary>
internal static class PeopleQueries
{
    /// <summary>A person to read, by person id or by (validated) identity number.</summary>
    public static Task<PersonRecord?> PersonToReadAsync(this ApplicantsDbContext db, string? personId, string? idNumber, CancellationToken cancellationToken) =>
        personId is not null
            ? db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == personId, cancellationToken)
            : db.People.AsNoTracking().SingleOrDefaultAsync(p => p.IdNumber == idNumber, cancellationToken);

    /// <summary>A person to change (tracked, so the change and its version check are saved with the unit of work).</summary>
    public static Task<PersonRecord?> PersonToChangeAsync(this ApplicantsDbContext db, string personId, CancellationToken cancellationToken) =>
        db.People.SingleOrDefaultAsync(p => p.Id == personId, cancellationToken);

    /// <summary>The person registered with this identity number, if any: the id and the regions that say which office may see them.</summary>
    public static async Task<(string Id, string HouseholdRegion, string ResidenceRegion)?> RegisteredPersonAsync(this ApplicantsDbContext db, string idNumber, CancellationToken cancellationToken) =>
        await db.People.AsNoTracking().Where(p => p.IdNumber == idNumber).Select(p => new { p.Id, p.HouseholdRegion, p.ResidenceRegion }).FirstOrDefaultAsync(cancellationToken)
            is { } found ? (found.Id, found.HouseholdRegion, found.ResidenceRegion) : null;

    /// <summary>The person holding a staff id (工号) other than <paramref name="exceptPersonId"/>, if any.</summary>
    public static Task<string?> StaffHolderAsync(this ApplicantsDbContext db, string staffId, string exceptPersonId, CancellationToken cancellationToken) =>
        db.People.AsNoTracking().Where(p => p.StaffId == staffId && p.Id != exceptPersonId).Select(p => p.Id).FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// One page of the people matching every criterion given, by name then id, and how many match in
    /// all. <paramref name="regionPrefix"/> (a counter's office) keeps only people whose household or
    /// residence lies within it; empty for callers no region limits.
    /// </summary>
    public static async Task<(int Total, List<PersonRecord> Page)> SearchPeopleAsync(
        this ApplicantsDbContext db, PeopleCriteria criteria, string regionPrefix, int offset, int size, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        var query = db.People.AsNoTracking();
        if (regionPrefix.Length > 0)
        {
            query = query.Where(p => p.HouseholdRegion.StartsWith(regionPrefix) || p.ResidenceRegion.StartsWith(regionPrefix));
        }

        if (criteria.IdNumber is { } idNumber)
        {
            query = query.Where(p => p.IdNumber == idNumber);
        }

        if (criteria.NamePrefix is { } name)
        {
            query = query.Where(p => p.Name.StartsWith(name));
        }

        if (criteria.BirthDate is { } birthDate)
        {
            query = query.Where(p => p.BirthDate == birthDate);
        }

        if (criteria.Phone is { } phone)
        {
            query = query.Where(p => p.Phone == phone);
        }

        if (criteria.ResidenceRegion is { } region)
        {
            query = query.Where(p => p.ResidenceRegion == region);
        }

        var total = await query.CountAsync(cancellationToken);
        var page = await query.OrderBy(p => p.Name).ThenBy(p => p.Id).Skip(offset).Take(size).ToListAsync(cancellationToken);
        return (total, page);
    }
}
