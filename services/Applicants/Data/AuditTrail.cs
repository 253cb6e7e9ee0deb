using Employment.Applicants.V1;
using Employment.ServiceDefaults.Data;
using Google.Protobuf;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Employment.Applicants.Data;

/// <summary>
/// The registry's audit trail: who changed what, when, with the record before and after (identity
/// numbers masked), added to the same unit of work as the change, and read back page by page.
/// </summary>
internal sealed partial class AuditTrail(ApplicantsDbContext db, ILogger<AuditTrail> logger)
{
    private static readonly JsonFormatter Json = new(JsonFormatter.Settings.Default.WithFormatDefaultValues(false));

    /// <summary>Every write of the registry passes here, so it is also where each one is logged (ids only, never a number).</summary>
    public void Record(DateTimeOffset at, string subjectType, string subjectId, string actor, AuditAction action,
        IMessage? before, IMessage? after, string reason, long version, string? factId = null)
    {
        Written(logger, subjectType, subjectId, action, version, factId ?? "-", actor);
        RecordUnlogged(at, subjectType, subjectId, actor, action, before, after, reason, version, factId);
    }

    /// <summary>As <see cref="Record"/> without its log line: for a batch, which logs once per page what it wrote.</summary>
    public void RecordUnlogged(DateTimeOffset at, string subjectType, string subjectId, string actor, AuditAction action,
        IMessage? before, IMessage? after, string reason, long version, string? factId = null)
    {
        db.Audit.Add(new AuditRecord
        {
            Id = RecordIds.New("A"),
            SubjectType = subjectType,
            SubjectId = subjectId,
            At = at,
            Actor = actor,
            Action = (int)action,
            FactId = factId,
            BeforeJson = before is null ? "" : Json.Format(before),
            AfterJson = after is null ? "" : Json.Format(after),
            Reason = reason,
            Version = version,
        });
    }

    /// <summary>One page of a subject's entries in the order of the versions they made, and how many there are.</summary>
    public async Task<(int Total, List<AuditRecord> Page)> ReadAsync(string subjectType, string subjectId, int offset, int size, CancellationToken cancellationToken)
    {
        var query = db.Audit.AsNoTracking().Where(a => a.SubjectType == subjectType && a.SubjectId == subjectId);
        var total = await query.CountAsync(cancellationToken);
        var page = await query.OrderBy(a => a.Version).ThenBy(a => a.Id).Skip(offset).Take(size).ToListAsync(cancellationToken);
        return (total, page);
    }

    [LoggerMessage(EventId = 200, Level = LogLevel.Information, Message = "Registry write: {SubjectType} {SubjectId} {Action} (version {Version}, fact {FactId}) by {Actor}")]
    private static partial void Written(ILogger logger, string subjectType, string subjectId, AuditAction action, long version, string factId, string actor);
}
