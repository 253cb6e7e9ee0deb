using Microsoft.EntityFrameworkCore;

namespace Employment.Applicants.Data;

/// <summary>The registry's reads for an audit: clerks by staff id, employers by credit code, people by identity number.</summary>
internal static class AuditRelationsQueries
{
    public static Task<List<PersonRecord>> StaffAsync(this ApplicantsDbContext db, IReadOnlyCollection<string> staffIds, CancellationToken cancellationToken) =>
        db.People.AsNoTracking().Where(p => p.StaffId != "" && staffIds.Contains(p.StaffId)).OrderBy(p => p.Id).ToListAsync(cancellationToken);

    public static Task<List<EmployerRecord>> EmployersByCreditCodeAsync(this ApplicantsDbContext db, IReadOnlyCollection<string> creditCodes, CancellationToken cancellationToken) =>
        db.Employers.AsNoTracking().Where(e => creditCodes.Contains(e.CreditCode)).OrderBy(e => e.Id).ToListAsync(cancellationToken);

    /// <summary>The registry id of each identity number registered (numbers upper-case, as stored).</summary>
    public static Task<Dictionary<string, string>> PersonIdsByIdNumberAsync(this ApplicantsDbContext db, IReadOnlyCollection<string> idNumbers, CancellationToken cancellationToken) =>
        db.People.AsNoTracking().Where(p => idNumbers.Contains(p.IdNumber)).ToDictionaryAsync(p => p.IdNumber, p => p.Id, StringComparer.Ordinal, cancellationToken);
}
