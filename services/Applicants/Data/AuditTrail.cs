using Employment.Applicants.Data;
using Employment.Applicants.V1;
using Google.Protobuf;
using Microsoft.Extensions.Logging;
using Employment.ServiceDefaults.Data;

namespace Employment.Applicants.Grpc;

/// <summary>Adds audit entries (who, when, what, before and after) to the same unit of work as the change.</summary>
internal static partial class AuditTrail
{
    private static readonly JsonFormatter Json = new(JsonFormatter.Settings.Default.WithFormatDefaultValues(false));

    /// <summary>Every write of the registry passes here, so it is also where each one is logged (ids only, never a number).</summary>
    public static void Record(ApplicantsDbContext db, ILogger logger, DateTimeOffset at, string subjectType, string subjectId, string actor, AuditAction action,
        IMessage? before, IMessage? after, string reason, long version, string? factId = null)
    {
        Written(logger, subjectType, subjectId, action, version, factId ?? "-", actor);
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

    [LoggerMessage(EventId = 200, Level = LogLevel.Information, Message = "Registry write: {SubjectType} {SubjectId} {Action} (version {Version}, fact {FactId}) by {Actor}")]
    private static partial void Written(ILogger logger, string subjectType, string subjectId, AuditAction action, long version, string factId, string actor);

    public static AuditEntry ToProto(AuditRecord record) => new()
    {
        EntryId = record.Id,
        At = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(record.At),
        Actor = record.Actor,
        Action = (AuditAction)record.Action,
        FactId = record.FactId ?? "",
        BeforeJson = record.BeforeJson,
        AfterJson = record.AfterJson,
        ReasonZh = record.Reason,
        Version = record.Version,
    };
}
