using Employment.Applicants.Data;
using Employment.Applicants.V1;
using Google.Protobuf;
using Employment.ServiceDefaults.Data;

namespace Employment.Applicants.Grpc;

/// <summary>Adds audit entries (who, when, what, before and after) to the same unit of work as the change.</summary>
internal static class AuditTrail
{
    private static readonly JsonFormatter Json = new(JsonFormatter.Settings.Default.WithFormatDefaultValues(false));

    public static void Record(ApplicantsDbContext db, DateTimeOffset at, string subjectType, string subjectId, string actor, AuditAction action,
        IMessage? before, IMessage? after, string reason, long version, string? factId = null) =>
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
