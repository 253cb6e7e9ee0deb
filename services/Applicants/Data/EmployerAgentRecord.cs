using Microsoft.EntityFrameworkCore;

namespace Employment.Applicants.Data;

/// <summary>
/// One grant of 经办人: a registered person may act for an employer from <see cref="ValidFrom"/> to
/// <see cref="ValidUntil"/> (inclusive; null until revoked). Never deleted: a revocation is stamped on the
/// row, so who could act for whom on any day stays answerable.
/// </summary>
public sealed class EmployerAgentRecord
{
    public required string Id { get; set; }

    public required string EmployerId { get; set; }

    public required string PersonId { get; set; }

    public DateOnly ValidFrom { get; set; }

    public DateOnly? ValidUntil { get; set; }

    /// <summary>The contract's AgentGrantedBy.</summary>
    public int GrantedBy { get; set; }

    /// <summary>The letter of authorisation's number, for a clerk's grant.</summary>
    public string LetterReference { get; set; } = "";

    public required string RecordedBy { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    public string RevokedBy { get; set; } = "";

    public string RevocationReason { get; set; } = "";

    /// <summary>Whether the grant lets its person act on <paramref name="day"/>.</summary>
    public bool InForceOn(DateOnly day) => RevokedAt is null && ValidFrom <= day && (ValidUntil is null || day <= ValidUntil);
}

/// <summary>Reading the grants of 经办人.</summary>
internal static class EmployerAgentQueries
{
    /// <summary>An employer's grants, the latest first (ids are time-ordered; SQLite cannot order by a DateTimeOffset).</summary>
    public static Task<List<EmployerAgentRecord>> AgentsOfAsync(this ApplicantsDbContext db, string employerId, CancellationToken cancellationToken) =>
        db.EmployerAgents.AsNoTracking().Where(a => a.EmployerId == employerId).OrderByDescending(a => a.Id).ToListAsync(cancellationToken);

    /// <summary>The grants a person holds that are not revoked, whatever their period.</summary>
    public static Task<List<EmployerAgentRecord>> UnrevokedGrantsOfAsync(this ApplicantsDbContext db, string personId, CancellationToken cancellationToken) =>
        db.EmployerAgents.AsNoTracking().Where(a => a.PersonId == personId && a.RevokedAt == null).ToListAsync(cancellationToken);

    /// <summary>A grant to revoke (tracked, so the revocation is saved with the unit of work).</summary>
    public static Task<EmployerAgentRecord?> GrantToChangeAsync(this ApplicantsDbContext db, string employerId, string grantId, CancellationToken cancellationToken) =>
        db.EmployerAgents.SingleOrDefaultAsync(a => a.Id == grantId && a.EmployerId == employerId, cancellationToken);
}
